/**
 * What every question kind provides. A kind is one module in this folder:
 * how its questions are made from an article's facts, graded, shown as a
 * right answer, reshuffled for a retry, checked, and validated when they
 * travel in a link. A new kind is one module here, one entry in index.ts,
 * and one answer control in components/quiz/answer-controls.tsx.
 */
import type { z } from "../../schema";
import type { Article, Span } from "../../article";
import type { ArticleIndex } from "../article-index";
import type { Rng } from "../random";
import type { Level, Question, Response } from "../types";

/** What every generator receives. */
export interface GeneratorContext {
  article: Article;
  index: ArticleIndex;
  seed: number;
  /** The random stream of one question, keyed by its id (see random.ts for why). */
  rngFor(questionId: string): Rng;
  /** A fact's span widened to its sentence: evidence a student can read. */
  sentence(span: Span): Span;
  /** Index of the paragraph an offset falls in. */
  paragraphOf(offset: number): number;
}

export interface QuestionKind<Q extends Question = Question> {
  type: Q["type"];
  /** What the student gives back, and so which answer control the page shows. */
  response: Response["kind"];
  /** What the kind tests unless a question says otherwise (every question carries its own `level`). */
  level: Level;
  /**
   * Part of a quiz drawn with no types chosen. The scanning kinds (a copied
   * sentence with a blank, "which of these is mentioned") are not: a
   * teacher may still pick them.
   */
  inDefaultDraw: boolean;
  /** At most this share of a quiz (default 0.3): ten questions are not four word meanings. */
  maxShare?: number;
  /** Every question of this kind the article supports. Absent for kinds only teachers write. */
  generate?(context: GeneratorContext): Q[];
  /** Whether a response says enough to be checked (an option chosen, every pair matched, some text typed). */
  isComplete(question: Q, response: Response): boolean;
  grade(question: Q, response: Response): boolean;
  /** What a student who is right sends. */
  correctResponse(question: Q): Response;
  /** The same question with its options (or items) in a new order, for "retry the ones I missed". */
  reshuffle(question: Q, seed: number): Q;
  /** The right answer as lines of text: feedback, the review, the answer key, the CLI. */
  describeAnswer(question: Q): string[];
  /** The options (if any) and the answer as Markdown lines, for the CLI and anyone reading a quiz as text. */
  markdown(question: Q): string[];
  /** A student's response as lines of text. */
  describeResponse(question: Q, response: Response): string[];
  /** What is wrong with the question's own shape (the common checks are in invariants.ts); empty when sound. */
  problems(question: Q): string[];
  /** What the question must look like when it arrives in a quiz link (format 3, lib/share). */
  schema: z.Schema<Q>;
}

/** Results of a generator that skips facts it cannot ask about. */
export function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
