/**
 * Quiz links, version 2: a quiz on an article the teacher pasted. This app
 * does not have that article, so the link carries it: the text, its title
 * and source, and the final questions exactly as the teacher previewed them
 * (selection, order and edits applied). Students never re-extract facts:
 * extraction may change between versions of the app, and a student must
 * get the teacher's quiz, not a re-guess of it.
 *
 * A version-1 link (built-in article) carries only a seed and a selection;
 * see quiz-link.ts and docs/share-format.md. Both are frozen: the app now
 * makes version 3 (quiz-v3.ts) for every quiz, and opens these forever.
 */
import { z } from "../schema";
import type { Article, ArticleFacts } from "../article";
import { hashString } from "../quiz";
import type { LegacyQuestion } from "./legacy";
import { V1_QUESTION_TYPES, V1_SKILLS, v1SettingsSchema } from "./schema";
import type { QuizSettings } from "./quiz-link";
import { TEXT_LIMITS, line, textArticleSchema, uniqueQuestionIds } from "./fields";

export { TEXT_LIMITS, isArticleBody } from "./fields";

export interface TextArticleRef {
  kind: "text";
  title: string;
  source: string;
  /** Paragraphs joined by a blank line ("\n\n"): every question's evidence is a span into this string. */
  text: string;
}

export interface SharedTextQuiz {
  v: 2;
  article: TextArticleRef;
  settings: QuizSettings;
  /** The questions students answer, in the teacher's order (as format 2 wrote them: without levels). */
  questions: LegacyQuestion[];
}

const offset = z.int().check(z.minimum(0), z.maximum(TEXT_LIMITS.text));
const span = z.strictObject({ start: offset, end: offset });
const questionId = z
  .string()
  .check(z.maxLength(TEXT_LIMITS.questionId), z.regex(/^[a-z0-9][a-z0-9:._,+-]*$/i, "is not a question id"));
const index = z.int().check(z.minimum(0), z.maximum(63));

const base = {
  id: questionId,
  skill: z.enum(V1_SKILLS),
  prompt: line(TEXT_LIMITS.prompt),
  explanation: line(TEXT_LIMITS.explanation),
  evidence: z.array(span).check(z.minLength(1), z.maxLength(TEXT_LIMITS.evidenceSpans)),
};
const CHOICE_TYPES = ["multiple-choice", "quote-attribution", "true-false", "main-idea", "in-article"] as const;
const items = z.array(line(TEXT_LIMITS.option)).check(z.minLength(2), z.maxLength(TEXT_LIMITS.listItems));
const answerOrder = z.array(index).check(z.maxLength(TEXT_LIMITS.listItems));

// One schema per question shape; `satisfies` below keeps them in step with lib/quiz/types.ts.
const questionSchema = z.union([
  z.strictObject({
    ...base,
    type: z.enum(CHOICE_TYPES),
    options: z.array(line(TEXT_LIMITS.option)).check(z.minLength(2), z.maxLength(TEXT_LIMITS.options)),
    answer: index,
  }),
  z.strictObject({
    ...base,
    type: z.enum(["fill-blank", "short-answer"]),
    answer: line(TEXT_LIMITS.option),
    accepted: z.array(line(TEXT_LIMITS.option)).check(z.maxLength(TEXT_LIMITS.accepted)),
  }),
  z.strictObject({
    ...base,
    type: z.literal("numeric"),
    answer: z.number().check(z.minimum(-1e15), z.maximum(1e15)),
    unit: z.optional(line(TEXT_LIMITS.option)),
  }),
  z.strictObject({ ...base, type: z.literal("matching"), left: items, right: items, answer: answerOrder }),
  z.strictObject({ ...base, type: z.literal("ordering"), items, answer: answerOrder }),
]) satisfies z.Schema<LegacyQuestion>;

// Keeps the list above complete: a new question type must be added to the v2 schema too.
const covered: readonly string[] = [...CHOICE_TYPES, "fill-blank", "short-answer", "numeric", "matching", "ordering"];
if (V1_QUESTION_TYPES.some((t) => !covered.includes(t)))
  throw new Error("text-quiz.ts: a question type is missing from the v2 schema");

export const sharedTextQuizSchema = z
  .strictObject({
    v: z.literal(2),
    article: textArticleSchema,
    settings: v1SettingsSchema,
    questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(TEXT_LIMITS.questions)),
  })
  .check(uniqueQuestionIds) satisfies z.Schema<SharedTextQuiz>;

const NO_FACTS: ArticleFacts = {
  people: [],
  organizations: [],
  places: [],
  dates: [],
  numbers: [],
  quotes: [],
  events: [],
  claims: [],
  mainIdea: { statement: "", distortions: [], evidence: { start: 0, end: 0 } },
};

/** A readable, stable name for a pasted article: "inky-escapes-3f9a1c". Progress lists it under this name. */
export function textArticleSlug(title: string, text: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${words || "article"}-${(hashString(text) >>> 0).toString(36).padStart(6, "0").slice(0, 6)}`;
}

/**
 * The article a v2 link carries, as the quiz runner shows it. It has no
 * facts: the questions travel ready-made, and the runner only needs the
 * paragraphs and the body the evidence points into.
 */
export function articleOfTextQuiz(ref: TextArticleRef): Article {
  return {
    slug: textArticleSlug(ref.title, ref.text),
    title: ref.title,
    source: ref.source,
    paragraphs: ref.text.split("\n\n"),
    body: ref.text,
    facts: NO_FACTS,
  };
}
