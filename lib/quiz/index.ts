/**
 * The question engine: quizzes generated from an article's structured facts.
 * Pure TypeScript with no React, Next or storage in it, so the pages, the
 * CLI (scripts/quiz.ts) and the tests all use the very same code.
 *
 * Overgenerate, criticise, rank: each question kind (kinds/) makes every
 * question the facts support, the critic (critic.ts) scores each one and
 * throws away the poor ones, and the draw (draw.ts) takes the best while
 * keeping the quiz balanced.
 *
 * Deterministic: the same article and seed always give the same questions,
 * in the same order, with the same option order, byte for byte.
 *
 * @example
 * import { generateQuiz, gradeResponse, evidenceText } from "@/lib/quiz";
 *
 * const quiz = generateQuiz(article, { seed: 42, count: 10 });
 * const first = quiz.questions[0]!;
 * gradeResponse(first, { kind: "choice", index: 2 });   // true or false
 * evidenceText(article, first.evidence[0]!);            // the sentence proving the answer
 * first.level;                                          // "inference", "literal", "gist", "vocabulary" or "scan"
 *
 * @example
 * // Typed answers are matched forgivingly:
 * isAcceptedAnswer("fifty thousand", ["50,000"]);       // true
 */
import type { Article } from "../article";
import { buildPoolReport } from "./pool";
import type { Question } from "./types";

/**
 * Every sound question the article supports, each with the critic's score,
 * in a fixed order by kind. Options are shuffled by `seed`; ids do not
 * depend on it.
 */
export function buildPool(article: Article, seed: number): Question[] {
  return buildPoolReport(article, seed).questions;
}

export { buildPoolReport, unaskedFacts, type PoolReport, type UnaskedFact } from "./pool";
export {
  generateQuiz,
  drawQuestions,
  isAboveRecall,
  DEFAULT_COUNT,
  UNDERSTANDING,
  type QuizOptions,
  type Understanding,
} from "./draw";
export { critique, RULES, type Critique, type Rule } from "./critic";
export { KINDS, kindOf, questionSchema, GENERATED_TYPES, ALL_TYPES, type QuestionKind } from "./kinds";
export { responseSchema } from "./kinds/schema";
export {
  correctResponse,
  isComplete,
  gradeResponse,
  reshuffleQuestion,
  responseKindFor,
  describeAnswer,
  describeResponse,
} from "./grade";
export { evidenceText } from "./text";
export { isAcceptedAnswer, normalizeAnswer } from "./match";
export { formatDigits, hashString, numberToWords, parseNumber } from "../text";
export { questionProblems } from "./invariants";
export { MIN_CHOICE_OPTIONS } from "./choice";
export { createRng, shuffle, rngFor, type Rng } from "./random";
export type {
  Question,
  QuestionOf,
  QuestionType,
  Response,
  Quiz,
  Skill,
  Level,
  ChoiceType,
  ChoiceQuestion,
  FillBlankQuestion,
  NumericQuestion,
  MatchingQuestion,
  OrderingQuestion,
} from "./types";
export type { Article, Span } from "../article";
export { askedFacts } from "./asked-facts";
export { ASKED_FROM_CERTAINTY } from "../facts";
export { eligibleQuestions } from "./draw";
export { SKILL_VALUES } from "./kinds/schema";
export { PLACE_NAMES, nearbyNumbers } from "./pools";
export { asSentence, contentWords, wordSimilarity } from "./text";
export type { GeneratedQuestionType } from "./types";
