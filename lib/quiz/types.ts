/**
 * Questions as the engine produces them and the UI, the CLI and share links
 * consume them. Everything here is plain JSON data.
 */
import type { Span } from "../article";

export type QuestionType =
  | "multiple-choice"
  | "quote-attribution"
  | "true-false"
  | "fill-blank"
  | "numeric"
  | "matching"
  | "ordering"
  | "main-idea"
  | "in-article"
  | "cause-effect"
  | "speaker-position"
  | "vocabulary"
  /** Written by a teacher, never generated: a question answered in a few typed words. */
  | "short-answer";

/** The types the engine makes from facts; the rest are only ever written by a teacher. */
export type GeneratedQuestionType = Exclude<QuestionType, "short-answer">;

export type Skill =
  | "key-details"
  | "people-roles"
  | "quotations"
  | "numbers"
  | "sequence"
  | "claims"
  | "main-idea"
  | "cause-effect"
  | "viewpoints"
  | "vocabulary";

/**
 * What answering takes (the rubric's cognitive levels, ../shared/quality):
 * finding a matching string ("scan"), a fact stated in the text but asked
 * in other words ("literal"), combining sentences or reading between the
 * lines ("inference": cause, purpose, a speaker's position, sequence),
 * the main idea ("gist"), or a word's meaning in context ("vocabulary").
 */
export type Level = "scan" | "literal" | "inference" | "gist" | "vocabulary";

interface QuestionBase {
  /** Stable across seeds: the same fact asked the same way keeps its id. */
  id: string;
  type: QuestionType;
  skill: Skill;
  level: Level;
  prompt: string;
  /** One line shown after answering: why the answer is right. */
  explanation: string;
  /** Where the article proves the answer (first span is the main one). */
  evidence: Span[];
  /**
   * Ids of the article facts the question asks about, so a quiz never asks
   * one fact twice. Absent on a teacher's own questions.
   */
  facts?: string[];
  /** The critic's judgement, 0..1 (generated questions only; see critic.ts). */
  score?: number;
}

export type ChoiceType =
  | "multiple-choice"
  | "quote-attribution"
  | "true-false"
  | "main-idea"
  | "in-article"
  | "cause-effect"
  | "speaker-position"
  | "vocabulary";

/** Pick one option. */
export interface ChoiceQuestion extends QuestionBase {
  type: ChoiceType;
  options: string[];
  /** Index into `options`. */
  answer: number;
}

/**
 * A typed answer: the missing words of an evidence sentence ("fill-blank",
 * generated) or a teacher's own question ("short-answer"). Both are graded
 * the same way, so they share one shape.
 */
export interface FillBlankQuestion extends QuestionBase {
  type: "fill-blank" | "short-answer";
  answer: string;
  /** Other answers that count as right (short names, aliases, number words). */
  accepted: string[];
  /**
   * A word bank to choose from, the answer among words of its kind: the
   * student recognises the word the sentence needs rather than guessing
   * which of several right words the key holds. Generated blanks only.
   */
  bank?: string[];
}

export interface NumericQuestion extends QuestionBase {
  type: "numeric";
  answer: number;
  /** What the number counts, shown beside the input: "young Americans". */
  unit?: string;
}

/** Match each item on the left with one on the right. */
export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  left: string[];
  right: string[];
  /** answer[i] is the index in `right` that matches `left[i]`. */
  answer: number[];
}

/** Put items in the order they happened. */
export interface OrderingQuestion extends QuestionBase {
  type: "ordering";
  /** Shown in this (shuffled) order. */
  items: string[];
  /** Indices into `items`, earliest first. */
  answer: number[];
}

export type Question = ChoiceQuestion | FillBlankQuestion | NumericQuestion | MatchingQuestion | OrderingQuestion;

/** The question shape of a type: "cause-effect" → ChoiceQuestion. */
export type QuestionOf<T extends QuestionType> = Question extends infer Q
  ? Q extends Question
    ? T extends Q["type"]
      ? Q
      : never
    : never
  : never;

/** What a student gives back, by question shape. */
export type Response =
  | { kind: "choice"; index: number }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "matching"; pairs: number[] }
  | { kind: "ordering"; order: number[] };

export interface Quiz {
  articleSlug: string;
  seed: number;
  questions: Question[];
}
