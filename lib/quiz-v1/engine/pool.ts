/** The pool: every question an article supports, for one seed. */
import type { Article } from "./article-types";
import { indexArticle } from "./article-index";
import { createContext, type Generator } from "./generators/context";
import { fillBlank } from "./generators/fill-blank";
import { inArticle } from "./generators/in-article";
import { mainIdea } from "./generators/main-idea";
import { matching } from "./generators/matching";
import { multipleChoice } from "./generators/multiple-choice";
import { numeric } from "./generators/numeric";
import { ordering } from "./generators/ordering";
import { quoteAttribution } from "./generators/quote-attribution";
import { trueFalse } from "./generators/true-false";
import { questionProblems } from "./invariants";
import type { GeneratedQuestionType, Question } from "./types";

/**
 * One generator per question type, in the order types are listed in a pool.
 * "short-answer" has none: only teachers write those (lib/share).
 */
export const GENERATORS: Record<GeneratedQuestionType, Generator> = {
  "multiple-choice": multipleChoice,
  "quote-attribution": quoteAttribution,
  "true-false": trueFalse,
  "fill-blank": fillBlank,
  numeric,
  matching,
  ordering,
  "main-idea": mainIdea,
  "in-article": inArticle,
};

/** The types the engine generates (not "short-answer"), in pool order. */
export const QUESTION_TYPES = Object.keys(GENERATORS) as GeneratedQuestionType[];

export interface PoolReport {
  questions: Question[];
  /** Questions a generator made but the invariants refused, with why. Empty for good content. */
  rejected: { id: string; problems: string[] }[];
}

/** Builds the pool and says what was refused and why (for tests and `content:check`). */
export function buildPoolReport(article: Article, seed: number): PoolReport {
  const context = createContext(article, indexArticle(article), seed);
  const questions: Question[] = [];
  const rejected: PoolReport["rejected"] = [];
  const seen = new Set<string>();
  for (const type of QUESTION_TYPES) {
    for (const question of GENERATORS[type](context)) {
      const problems = questionProblems(question, article.body.length);
      if (seen.has(question.id)) problems.push("duplicate id");
      if (problems.length > 0) rejected.push({ id: question.id, problems });
      else {
        seen.add(question.id);
        questions.push(question);
      }
    }
  }
  return { questions, rejected };
}
