/**
 * The question engine: quizzes generated from an article's structured facts.
 * Pure TypeScript with no React, Next or storage in it, so the pages, the
 * CLI (scripts/quiz.ts) and the tests all use the very same code.
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
 *
 * @example
 * // Typed answers are matched forgivingly:
 * isAcceptedAnswer("fifty thousand", ["50,000"]);       // true
 */
import type { Article } from "../article/types";
import { buildPoolReport } from "./pool";
import type { Question } from "./types";

/**
 * Every question the article supports, in a fixed order by type. Options
 * are shuffled by `seed`; ids do not depend on it. Questions that would
 * break an invariant (see invariants.ts) are left out.
 */
export function buildPool(article: Article, seed: number): Question[] {
  return buildPoolReport(article, seed).questions;
}

export { buildPoolReport, QUESTION_TYPES, type PoolReport } from "./pool";
export { generateQuiz, drawQuestions, DEFAULT_COUNT, type QuizOptions } from "./draw";
export { correctResponse, gradeResponse, reshuffleQuestion, responseKindFor } from "./grade";
export { evidenceText, sentenceAround } from "./text";
export { isAcceptedAnswer, normalizeAnswer, parseNumber, numberToWords, formatDigits } from "./match";
export { questionProblems } from "./invariants";
export { createRng, hashString, shuffle, type Rng } from "./random";
export type { Question, QuestionType, GeneratedQuestionType, Response, Quiz, Skill, ChoiceQuestion, FillBlankQuestion, NumericQuestion, MatchingQuestion, OrderingQuestion } from "./types";
export type { Article, Span } from "../article/types";
