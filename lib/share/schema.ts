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
import { z } from "../schema";
import { responseSchema } from "../quiz";
import type { QuestionType, Skill } from "../quiz";
import type { LegacyQuestion } from "./legacy";
import { line } from "./fields";

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

/** The question types format 1 and 2 knew. Frozen: those formats never change. */
export const V1_QUESTION_TYPES = [
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

/** The skills format 1 and 2 knew. Frozen. */
export const V1_SKILLS = [
  "key-details",
  "people-roles",
  "quotations",
  "numbers",
  "sequence",
  "claims",
  "main-idea",
] as const satisfies readonly Skill[];

const questionType = z.enum(V1_QUESTION_TYPES);
const skill = z.enum(V1_SKILLS);

/** Longest article body a span may point into; the real check is against the article in materialize.ts. */
const MAX_OFFSET = 1_000_000;
const offset = z.int().check(z.minimum(0), z.maximum(MAX_OFFSET));
const span = z.strictObject({ start: offset, end: offset });

/** Ids of teacher-written questions: "custom-1", "custom-2", ... */
export const CUSTOM_ID = /^custom-[1-9]\d{0,2}$/;
// Engine ids are like "multiple-choice:who-role:p-li". Starting with a letter
// or digit also rules out "__proto__" as a record key.
const questionId = z
  .string()
  .check(z.maxLength(LIMITS.questionId), z.regex(/^[a-z0-9][a-z0-9:._,+-]*$/i, "is not a question id"));

const customBase = {
  id: z.string().check(z.regex(CUSTOM_ID, 'must be "custom-" and a number')),
  skill,
  prompt: line(LIMITS.prompt),
  explanation: line(LIMITS.explanation),
  evidence: z.array(span).check(z.minLength(1), z.maxLength(LIMITS.evidenceSpans)),
};

const choiceOptions = z.array(line(LIMITS.option)).check(z.minLength(2), z.maxLength(LIMITS.options));
const choiceAnswer = z.int().check(z.minimum(0), z.maximum(LIMITS.options - 1));

/** A teacher's choice question (the builder makes multiple choice and true/false). */
const customChoice = z.strictObject({
  ...customBase,
  type: z.enum(["multiple-choice", "true-false"]),
  options: choiceOptions,
  answer: choiceAnswer,
}) satisfies z.Schema<LegacyQuestion>;

/** A teacher's short-answer question: graded like a fill-in-the-blank. */
const customShortAnswer = z.strictObject({
  ...customBase,
  type: z.literal("short-answer"),
  answer: line(LIMITS.option),
  accepted: z.array(line(LIMITS.option)).check(z.maxLength(LIMITS.acceptedAnswers)),
}) satisfies z.Schema<LegacyQuestion>;

export const customQuestionSchema = z.discriminatedUnion("type", [customChoice, customShortAnswer]);
export type CustomQuestion = z.infer<typeof customQuestionSchema>;

/** A teacher's change to a generated question. Options and answer only make sense for choice questions (checked in materialize.ts). */
export const questionEditSchema = z.strictObject({
  prompt: z.optional(line(LIMITS.prompt)),
  options: z.optional(choiceOptions),
  answer: z.optional(choiceAnswer),
  explanation: z.optional(line(LIMITS.explanation)),
});

/** Quiz settings as formats 1 and 2 carry them. Frozen. */
export const v1SettingsSchema = z.strictObject({
  title: line(LIMITS.title),
  classLabel: z.optional(line(LIMITS.classLabel)),
  count: z.int().check(z.minimum(1), z.maximum(LIMITS.questions)),
  types: z.optional(z.array(questionType).check(z.minLength(1), z.maxLength(V1_QUESTION_TYPES.length))),
  skills: z.optional(z.array(skill).check(z.minLength(1), z.maxLength(V1_SKILLS.length))),
  feedback: z.enum(["each", "end"]),
  order: z.enum(["fixed", "shuffled"]),
  allowArticle: z.boolean(),
});

const unique = (items: readonly string[]) => new Set(items).size === items.length;

export const sharedQuizSchema = z
  .strictObject({
    v: z.literal(1),
    article: z.strictObject({
      kind: z.literal("builtin"),
      slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100)),
    }),
    seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
    settings: v1SettingsSchema,
    questionIds: z
      .array(questionId)
      .check(z.minLength(1), z.maxLength(LIMITS.questions), z.refine(unique, "lists a question twice")),
    edits: z
      .record(questionId, questionEditSchema)
      .check(z.refine((edits) => Object.keys(edits).length <= LIMITS.questions, "has too many edits")),
    custom: z.array(customQuestionSchema).check(z.maxLength(LIMITS.customQuestions)),
  })
  .check(
    z.refine((quiz) => unique(quiz.custom.map((q) => q.id)), {
      message: "has two custom questions with the same id",
      path: ["custom"],
    }),
  );

export const studentResultSchema = z.strictObject({
  v: z.literal(1),
  quiz: z.string().check(z.regex(/^[0-9a-f]{12}$/, "is not a quiz fingerprint")),
  name: line(LIMITS.studentName).check(z.refine((name) => name === name.trim(), "must not start or end with spaces")),
  answers: z
    .record(questionId, z.nullable(responseSchema))
    .check(z.refine((answers) => Object.keys(answers).length <= LIMITS.questions, "has too many answers")),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.int().check(z.minimum(0), z.maximum(LIMITS.durationMs)),
});

/** Result format 2: format 1 and the student's personal-link token (personal-link.ts). */
export const studentResultV2Schema = z.strictObject({
  ...studentResultSchema.shape,
  v: z.literal(2),
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{11}$/, "is not a personal-link token")),
});

/** The first problem zod found, as "settings.title: must not be empty". For logs and tests, not for students. */
export function firstIssue(error: z.SchemaError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return `${issue.path.map(String).join(".") || "value"}: ${issue.message}`;
}
