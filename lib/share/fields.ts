/**
 * Schema pieces every quiz-link format shares: one-line text, the article a
 * link names or carries, and the rule that a quiz lists each question once.
 * One definition, so formats 2 to 5 cannot drift apart on what they accept.
 */
import { z } from "../schema";

/**
 * Caps for v2. Generated questions quote sentences of any pasted text, so
 * prompts and options may be longer than a teacher's own wording (v1's
 * caps); the article text is bounded by what the app extracts (30,000
 * words), with room for long words.
 */
export const TEXT_LIMITS = {
  /** Characters of article text: 30,000 words of average English are about 180,000. */
  text: 200_000,
  title: 200,
  source: 200,
  questions: 50,
  questionId: 300,
  prompt: 2_000,
  explanation: 1_000,
  option: 1_000,
  options: 8,
  accepted: 20,
  evidenceSpans: 20,
  listItems: 20,
} as const;

// Control characters (tabs, line breaks, NUL...) have no place in a name, a
// title or a one-line question, and would only make spreadsheets and screen
// readers misbehave.
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** Text of 1..max characters with something visible in it and no control characters. */
export const line = (max: number) =>
  z
    .string()
    .check(z.maxLength(max), z.regex(/\S/, "must not be empty"), z.regex(NO_CONTROL, "must be one line of text"));

/** Paragraphs joined by one blank line, each trimmed and non-empty: the only text an Article body can be. */
export function isArticleBody(text: string): boolean {
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) return false;
  return text.split("\n\n").every((p) => p !== "" && p === p.trim() && !p.includes("\n"));
}

/** A pasted article, carried whole by the link. */
export const textArticleSchema = z.strictObject({
  kind: z.literal("text"),
  title: line(TEXT_LIMITS.title),
  source: line(TEXT_LIMITS.source),
  text: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(TEXT_LIMITS.text),
      z.refine(isArticleBody, "is not paragraphs separated by blank lines"),
    ),
});

/** A built-in article, named with a hash of the text its evidence spans point into. */
export const builtinArticleSchema = z.strictObject({
  kind: z.literal("builtin"),
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100)),
  textHash: z.string().check(z.regex(/^[0-9a-f]{8}$/, "is not a text hash")),
});

export const articleRefSchema = z.union([builtinArticleSchema, textArticleSchema]);

export const uniqueQuestionIds = z.refine<{ questions: readonly { id: string }[] }>(
  (quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length,
  { message: "lists a question twice", path: ["questions"] },
);
