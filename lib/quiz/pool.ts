/**
 * The pool: every question an article supports, for one seed, each read by
 * the critic. Overgenerate, criticise, rank: generators make every question
 * they can, the invariants and the critic throw away what is broken or
 * poor, and the draw (draw.ts) picks the best of the rest.
 */
import type { Article, Span } from "../article";
import { indexArticle } from "./article-index";
import { withAskedFacts } from "./asked-facts";
import { critique } from "./critic";
import { questionProblems } from "./invariants";
import { GENERATED_TYPES, kindOf, type GeneratorContext } from "./kinds";
import { rngFor } from "./random";
import { sentenceAround } from "../text";
import type { Question } from "./types";

export interface PoolReport {
  /** Sound questions, each with the critic's `score`, in pool order (by kind, then as generated). */
  questions: Question[];
  /** Questions made but thrown away, with why: broken (the invariants) or poor (the critic's rejecting rules). */
  rejected: { question: Question; by: "invariants" | "critic"; reasons: string[] }[];
  /** The critic's remarks on the questions kept, by id (empty list: nothing to remark). */
  remarks: Record<string, string[]>;
}

export function createContext(written: Article, seed: number): GeneratorContext {
  const article = withAskedFacts(written);
  // Many facts share a sentence, and several questions ask about each fact:
  // widen each span once. Keyed by numbers, not strings, as it is hot.
  const sentences = new Map<number, Map<number, Span>>();
  const sentence = (span: Span) => {
    let byEnd = sentences.get(span.start);
    if (!byEnd) sentences.set(span.start, (byEnd = new Map()));
    let widened = byEnd.get(span.end);
    if (!widened) byEnd.set(span.end, (widened = sentenceAround(article.body, span)));
    return widened;
  };
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const p of article.paragraphs) {
    paragraphStarts.push(offset);
    offset += p.length + 2;
  }
  const paragraphOf = (at: number) => {
    let p = 0;
    while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1]! <= at) p++;
    return p;
  };
  return {
    article,
    index: indexArticle(article),
    seed,
    rngFor: (questionId) => rngFor(seed, questionId),
    sentence,
    paragraphOf,
  };
}

/** Builds the pool and says what was thrown away and why (for the draw, tests, `content:check` and `eval:corpus`). */
export function buildPoolReport(article: Article, seed: number): PoolReport {
  const context = createContext(article, seed);
  const questions: Question[] = [];
  const rejected: PoolReport["rejected"] = [];
  const remarks: PoolReport["remarks"] = {};
  const seen = new Set<string>();
  for (const type of GENERATED_TYPES) {
    for (const question of kindOf(type).generate!(context)) {
      const problems = questionProblems(question, article.body.length);
      if (seen.has(question.id)) problems.push("duplicate id");
      if (problems.length > 0) {
        rejected.push({ question, by: "invariants", reasons: problems });
        continue;
      }
      const span = question.evidence[0]!;
      const verdict = critique(question, { index: context.index, evidence: article.body.slice(span.start, span.end) });
      if (verdict.rejected) {
        rejected.push({ question, by: "critic", reasons: verdict.reasons });
        continue;
      }
      seen.add(question.id);
      remarks[question.id] = verdict.reasons;
      questions.push({ ...question, score: verdict.score });
    }
  }
  return { questions, rejected, remarks };
}

/** The hand-written facts that exist only to be asked about: a question on each is the point of writing them. */
const UNDERSTANDING_SECTIONS = ["causes", "positions", "vocabulary"] as const;

export interface UnaskedFact {
  section: (typeof UNDERSTANDING_SECTIONS)[number];
  id: string;
  /** Why every question made from it was thrown away (empty: no generator made one). */
  reasons: string[];
}

/**
 * The causes, positions and words of an article that no kept question asks about. An author who writes a cause
 * whose options all start with "It" would otherwise never learn that the critic drops it (`content:check` fails).
 */
export function unaskedFacts(article: Article, seed = 1): UnaskedFact[] {
  const report = buildPoolReport(article, seed);
  const asked = new Set(report.questions.flatMap((q) => q.facts ?? []));
  const unasked: UnaskedFact[] = [];
  for (const section of UNDERSTANDING_SECTIONS) {
    for (const fact of article.facts[section] ?? []) {
      if (asked.has(fact.id)) continue;
      const reasons = report.rejected.filter((r) => r.question.facts?.includes(fact.id)).flatMap((r) => r.reasons);
      unasked.push({ section, id: fact.id, reasons: [...new Set(reasons)] });
    }
  }
  return unasked;
}
