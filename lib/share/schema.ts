/**
 * What a decoded quiz link or result code must look like before anything
 * uses it. A link is typed by hand, cut off by chat apps, or written by
 * someone testing us: every string is length-capped, every list bounded,
 * every number finite and whole where it must be, and unknown keys are
 * refused (strict objects), so a value that passes is safe to render,
 * store and grade.
 *
 * The caps are generous for a real class quiz and small enough that a
 * hostile link cannot make a browser do much work.
 */
import { z } from "zod";
import type { FillBlankQuestion, ChoiceQuestion, QuestionType, Response, Skill } from "../quiz/types";

export const LIMITS = {
  /** Questions in one shared quiz (and answers in one result). */
  questions: 50,
  /** Teacher-written questions in one shared quiz. */
  customQuestions: 20,
  title: 120,
  classLabel: 60,
  studentName: 80,
  questionId: 200,
  prompt: 500,
  explanation: 500,
  option: 300,
  options: 8,
  acceptedAnswers: 10,
  evidenceSpans: 5,
  /** A typed answer (short answer, fill in the blank). */
  textAnswer: 500,
  /** Items in a matching or ordering answer. */
  listAnswer: 20,
  /** A week: longer than any quiz left open in a tab. */
  durationMs: 7 * 24 * 3600 * 1000,
} as const;

// Control characters (tabs, line breaks, NUL...) have no place in a name, a
// title or a one-line question, and would only make spreadsheets and screen
// readers misbehave.
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** Text of 1..max characters with something visible in it and no control characters. */
const line = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/\S/, "must not be empty")
    .regex(NO_CONTROL, "must be one line of text");

export const QUESTION_TYPE_VALUES = [
  "multiple-choice",
  "quote-attribution",
  "true-false",
  "fill-blank",
  "numeric",
  "matching",
  "ordering",
  "main-idea",
  "in-article",
  "short-answer",
] as const satisfies readonly QuestionType[];

export const SKILL_VALUES = ["key-details", "people-roles", "quotations", "numbers", "sequence", "claims", "main-idea"] as const satisfies readonly Skill[];

const questionType = z.enum(QUESTION_TYPE_VALUES);
const skill = z.enum(SKILL_VALUES);

/** Longest article body a span may point into; the real check is against the article in materialize.ts. */
const MAX_OFFSET = 1_000_000;
const span = z.strictObject({ start: z.int().min(0).max(MAX_OFFSET), end: z.int().min(0).max(MAX_OFFSET) });

/** Ids of teacher-written questions: "custom-1", "custom-2", ... */
export const CUSTOM_ID = /^custom-[1-9]\d{0,2}$/;
// Engine ids are like "multiple-choice:who-role:p-li". Starting with a letter
// or digit also rules out "__proto__" as a record key.
const questionId = z
  .string()
  .max(LIMITS.questionId)
  .regex(/^[a-z0-9][a-z0-9:._,+-]*$/i, "is not a question id");

const customBase = {
  id: z.string().regex(CUSTOM_ID, 'must be "custom-" and a number'),
  skill,
  prompt: line(LIMITS.prompt),
  explanation: line(LIMITS.explanation),
  evidence: z.array(span).min(1).max(LIMITS.evidenceSpans),
};

/** A teacher's choice question (the builder makes multiple choice and true/false). */
const customChoice = z.strictObject({
  ...customBase,
  type: z.enum(["multiple-choice", "true-false"]),
  options: z.array(line(LIMITS.option)).min(2).max(LIMITS.options),
  answer: z.int().min(0).max(LIMITS.options - 1),
}) satisfies z.ZodType<ChoiceQuestion>;

/** A teacher's short-answer question: graded like a fill-in-the-blank. */
const customShortAnswer = z.strictObject({
  ...customBase,
  type: z.literal("short-answer"),
  answer: line(LIMITS.option),
  accepted: z.array(line(LIMITS.option)).max(LIMITS.acceptedAnswers),
}) satisfies z.ZodType<FillBlankQuestion>;

export const customQuestionSchema = z.discriminatedUnion("type", [customChoice, customShortAnswer]);
export type CustomQuestion = z.infer<typeof customQuestionSchema>;

/** A teacher's change to a generated question. Options and answer only make sense for choice questions (checked in materialize.ts). */
export const questionEditSchema = z.strictObject({
  prompt: line(LIMITS.prompt).optional(),
  options: z.array(line(LIMITS.option)).min(2).max(LIMITS.options).optional(),
  answer: z.int().min(0).max(LIMITS.options - 1).optional(),
  explanation: line(LIMITS.explanation).optional(),
});

export const quizSettingsSchema = z.strictObject({
  title: line(LIMITS.title),
  classLabel: line(LIMITS.classLabel).optional(),
  count: z.int().min(1).max(LIMITS.questions),
  types: z.array(questionType).min(1).max(QUESTION_TYPE_VALUES.length).optional(),
  skills: z.array(skill).min(1).max(SKILL_VALUES.length).optional(),
  feedback: z.enum(["each", "end"]),
  order: z.enum(["fixed", "shuffled"]),
  allowArticle: z.boolean(),
});

const unique = (items: readonly string[]) => new Set(items).size === items.length;

export const sharedQuizSchema = z
  .strictObject({
    v: z.literal(1),
    article: z.strictObject({ kind: z.literal("builtin"), slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100) }),
    seed: z.int().min(0).max(0xffffffff),
    settings: quizSettingsSchema,
    questionIds: z.array(questionId).min(1).max(LIMITS.questions).refine(unique, "lists a question twice"),
    edits: z.record(questionId, questionEditSchema).refine((edits) => Object.keys(edits).length <= LIMITS.questions, "has too many edits"),
    custom: z.array(customQuestionSchema).max(LIMITS.customQuestions),
  })
  .refine((quiz) => unique(quiz.custom.map((q) => q.id)), { message: "has two custom questions with the same id", path: ["custom"] });

const index = z.int().min(-1).max(63);
export const responseSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("choice"), index: z.int().min(0).max(LIMITS.options - 1) }),
  z.strictObject({ kind: z.literal("text"), text: z.string().max(LIMITS.textAnswer) }),
  // z.number() already refuses NaN and ±Infinity.
  z.strictObject({ kind: z.literal("number"), value: z.number().min(-1e15).max(1e15) }),
  z.strictObject({ kind: z.literal("matching"), pairs: z.array(index).max(LIMITS.listAnswer) }),
  z.strictObject({ kind: z.literal("ordering"), order: z.array(index.min(0)).max(LIMITS.listAnswer) }),
]) satisfies z.ZodType<Response>;

export const studentResultSchema = z.strictObject({
  v: z.literal(1),
  quiz: z.string().regex(/^[0-9a-f]{12}$/, "is not a quiz fingerprint"),
  name: line(LIMITS.studentName).refine((name) => name === name.trim(), "must not start or end with spaces"),
  answers: z
    .record(questionId, responseSchema.nullable())
    .refine((answers) => Object.keys(answers).length <= LIMITS.questions, "has too many answers"),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.int().min(0).max(LIMITS.durationMs),
});

/** The first problem zod found, as "settings.title: must not be empty". For logs and tests, not for students. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return `${issue.path.map(String).join(".") || "value"}: ${issue.message}`;
}
