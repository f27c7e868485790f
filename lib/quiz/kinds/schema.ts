/**
 * Building blocks of the schemas questions must pass when they arrive in a
 * quiz link (lib/share): every string capped and one line, every list
 * bounded, every number finite. A link may have been typed by hand, cut off
 * by a chat app, or written by someone testing us.
 */
import { z } from "../../schema";
import type { Level, Response, Skill } from "../types";

export const QUESTION_LIMITS = {
  /** Longest article body a span may point into (the real check is against the article). */
  offset: 1_000_000,
  questionId: 300,
  prompt: 2_000,
  explanation: 1_000,
  option: 1_000,
  options: 8,
  accepted: 20,
  evidenceSpans: 20,
  facts: 20,
  listItems: 20,
  /** A typed answer (short answer, fill in the blank). */
  textAnswer: 500,
} as const;

export const SKILL_VALUES = [
  "key-details",
  "people-roles",
  "quotations",
  "numbers",
  "sequence",
  "claims",
  "main-idea",
  "cause-effect",
  "viewpoints",
  "vocabulary",
] as const satisfies readonly Skill[];

export const LEVEL_VALUES = ["scan", "literal", "inference", "gist", "vocabulary"] as const satisfies readonly Level[];

const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
/** One line of visible text, at most `max` characters. */
export const line = (max: number) =>
  z
    .string()
    .check(z.maxLength(max), z.regex(/\S/, "must not be empty"), z.regex(NO_CONTROL, "must be one line of text"));
const offset = z.int().check(z.minimum(0), z.maximum(QUESTION_LIMITS.offset));
const span = z.strictObject({ start: offset, end: offset });
const id = z
  .string()
  .check(z.maxLength(QUESTION_LIMITS.questionId), z.regex(/^[a-z0-9][a-z0-9:._,+-]*$/i, "is not a question id"));

/** The fields every question has. */
export const baseShape = {
  id,
  skill: z.enum(SKILL_VALUES),
  level: z.enum(LEVEL_VALUES),
  prompt: line(QUESTION_LIMITS.prompt),
  explanation: line(QUESTION_LIMITS.explanation),
  evidence: z.array(span).check(z.minLength(1), z.maxLength(QUESTION_LIMITS.evidenceSpans)),
  facts: z.optional(z.array(id).check(z.maxLength(QUESTION_LIMITS.facts))),
  score: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
};

/** An index into a list of options or items. */
export const listIndex = z.int().check(z.minimum(0), z.maximum(63));
export const items = z
  .array(line(QUESTION_LIMITS.option))
  .check(z.minLength(2), z.maxLength(QUESTION_LIMITS.listItems));
export const order = z.array(listIndex).check(z.maxLength(QUESTION_LIMITS.listItems));

const optionIndex = z.int().check(z.minimum(0), z.maximum(QUESTION_LIMITS.options - 1));
// -1: a matching item the student has not matched yet.
const pairIndex = z.int().check(z.minimum(-1), z.maximum(63));
/** A student's answer to one question, as a saved session and a result code carry it. */
export const responseSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("choice"), index: optionIndex }),
  z.strictObject({ kind: z.literal("text"), text: z.string().check(z.maxLength(QUESTION_LIMITS.textAnswer)) }),
  // z.number() already refuses NaN and ±Infinity.
  z.strictObject({ kind: z.literal("number"), value: z.number().check(z.minimum(-1e15), z.maximum(1e15)) }),
  z.strictObject({
    kind: z.literal("matching"),
    pairs: z.array(pairIndex).check(z.maxLength(QUESTION_LIMITS.listItems)),
  }),
  z.strictObject({
    kind: z.literal("ordering"),
    order: z.array(listIndex).check(z.maxLength(QUESTION_LIMITS.listItems)),
  }),
]) satisfies z.Schema<Response>;
