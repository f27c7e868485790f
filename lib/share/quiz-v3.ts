/**
 * Quiz links, version 3: every quiz, on a built-in article or a pasted one,
 * carries its final questions exactly as the teacher previewed them
 * (selection, order and edits applied, each with its level). Nothing is
 * regenerated on the student's side, so a change to the question engine can
 * never change a quiz already sent. A built-in article travels by name and
 * a hash of its text (a changed article would move every evidence span); a
 * pasted one travels whole, as in version 2.
 */
import { z } from "../schema";
import type { Article } from "../article";
import { ALL_TYPES, questionSchema } from "../quiz";
import { SKILL_VALUES } from "../quiz";
import { hashString } from "../quiz";
import type { Question } from "../quiz";
import type { QuizSettings } from "./quiz-link";
import { LIMITS } from "./schema";
import { articleRefSchema, line, TEXT_LIMITS, uniqueQuestionIds } from "./fields";
import type { TextArticleRef } from "./text-quiz";

export interface BuiltinArticleRef {
  kind: "builtin";
  slug: string;
  /** 8 hex digits of the article body's hash: the text the evidence spans point into. */
  textHash: string;
}

export interface SharedQuizV3 {
  v: 3;
  article: BuiltinArticleRef | TextArticleRef;
  settings: QuizSettings;
  /** The questions students answer, in the teacher's order. */
  questions: Question[];
}

/**
 * Format 4: exactly format 3's content, under its own version number. What
 * changes is the code around it: a CRC-32 over the whole code, so a link
 * damaged on its way is refused before anything is decompressed.
 */
export interface SharedQuizV4 extends Omit<SharedQuizV3, "v"> {
  v: 4;
}

/**
 * The stock phrases of format-3 quizzes, part of every format-3 code's
 * compression dictionary (with a built-in article's text in front). FROZEN:
 * codes already made decompress only with these exact bytes; a new phrase
 * list is a new format.
 */
const V3_PHRASES =
  '{"v":3,"article":{"kind":"builtin","slug":"","textHash":""},"settings":{"title":"","count":10,"feedback":"each","order":"fixed","allowArticle":true},' +
  '"questions":[{"id":"multiple-choice:who-role:","type":"multiple-choice","skill":"key-details","level":"literal","prompt":"","explanation":"","evidence":[{"start":,"end":}],"options":["True","False"],"answer":0},' +
  '{"id":"cause-effect:cause:","type":"cause-effect","skill":"cause-effect","level":"inference"},{"id":"speaker-position:what:","type":"speaker-position","skill":"viewpoints"},' +
  '{"id":"vocabulary:meaning:","type":"vocabulary","skill":"vocabulary","level":"vocabulary","prompt":"What does “” mean in “”?","explanation":"Here “” means “”."},' +
  '{"id":"main-idea:statement:main-idea","type":"main-idea","skill":"main-idea","level":"gist","prompt":"Which sentence best states the main idea of the article?","explanation":"The whole article builds up this point; the other options are details or things it does not say."},' +
  '{"id":"ordering:events:","type":"ordering","skill":"sequence","prompt":"Put these events in the order they happened, earliest first.","explanation":"This is the order the article gives.","items":[]},' +
  '{"id":"matching:quotes:","type":"matching","prompt":"Match each speaker with what they said.","left":[],"right":[]},' +
  '{"id":"quote-attribution:who-said:","type":"quote-attribution","skill":"quotations","prompt":"Who said “”?","explanation":"These are the words of ."},' +
  '{"id":"true-false:quote-false:","type":"true-false","prompt":"True or false? "}, "explanation":"This is the reason the article gives.","explanation":"This is what the article says it was for.",' +
  ' "prompt":"Which point does  make in the article?","explanation":"This is ’s point; the other options are what other people in the article say.","prompt":"Who argues that ?",' +
  '"prompt":"When does the article say ?", according to the article?","The article says this.", the';

/**
 * Format 4's stock phrases: format 3's, with the opening a format-4 payload
 * really has (on a built-in article the payload leaves out the article,
 * which the code names in clear). FROZEN like V3_PHRASES.
 */
const V4_PHRASES = V3_PHRASES.replace(
  '{"v":3,"article":{"kind":"builtin","slug":"","textHash":""},"settings":',
  '{"v":4,"settings":',
);

/** The compression dictionary of a format-4 code: as format 3's, with format 4's opening. */
export function v4Dictionary(body?: string): Uint8Array {
  return new TextEncoder().encode(`${body ?? ""}${V4_PHRASES}`);
}

/**
 * Format 5's stock phrases: format 4's with format 5's opening (its keyless
 * questions compress like format 4's). FROZEN like V3_PHRASES.
 */
const V5_PHRASES = V4_PHRASES.replace('{"v":4,"settings":', '{"v":5,"settings":');

/** The compression dictionary of a format-5 code. */
export function v5Dictionary(body?: string): Uint8Array {
  return new TextEncoder().encode(`${body ?? ""}${V5_PHRASES}`);
}

/** The compression dictionary of a format-3 code: the built-in article's text (when the code names one) and the stock phrases. */
export function v3Dictionary(body?: string): Uint8Array {
  return new TextEncoder().encode(`${body ?? ""}${V3_PHRASES}`);
}

/** The hash a built-in article's link carries. */
export const bodyHash = (body: string) => (hashString(body) >>> 0).toString(16).padStart(8, "0");

export const quizSettingsSchema = z.strictObject({
  title: line(LIMITS.title),
  classLabel: z.optional(line(LIMITS.classLabel)),
  count: z.int().check(z.minimum(1), z.maximum(LIMITS.questions)),
  types: z.optional(
    z
      .array(z.enum(ALL_TYPES as [Question["type"], ...Question["type"][]]))
      .check(z.minLength(1), z.maxLength(ALL_TYPES.length)),
  ),
  skills: z.optional(z.array(z.enum(SKILL_VALUES)).check(z.minLength(1), z.maxLength(SKILL_VALUES.length))),
  understanding: z.optional(z.enum(["fewer", "balanced", "more"])),
  feedback: z.enum(["each", "end"]),
  order: z.enum(["fixed", "shuffled"]),
  allowArticle: z.boolean(),
});

const questionsQuizSchema = <V extends 3 | 4>(v: V) =>
  z
    .strictObject({
      v: z.literal(v),
      article: articleRefSchema,
      settings: quizSettingsSchema,
      questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(TEXT_LIMITS.questions)),
    })
    .check(uniqueQuestionIds);

export const sharedQuizV3Schema = questionsQuizSchema(3) as unknown as z.Schema<SharedQuizV3>;
export const sharedQuizV4Schema = questionsQuizSchema(4) as unknown as z.Schema<SharedQuizV4>;

/**
 * What the builder shares (format 4): the article (by name for a built-in one, whole
 * for a pasted one) and the quiz as previewed.
 */
export function sharedQuizOf(
  article: Pick<Article, "slug" | "title" | "source" | "body">,
  kind: "builtin" | "text",
  settings: QuizSettings,
  questions: readonly Question[],
): SharedQuizV4 {
  const ref: SharedQuizV4["article"] =
    kind === "builtin"
      ? { kind: "builtin", slug: article.slug, textHash: bodyHash(article.body) }
      : {
          kind: "text",
          title: article.title.replace(/\s+/g, " ").trim(),
          source: article.source.replace(/\s+/g, " ").trim(),
          text: article.body,
        };
  return { v: 4, article: ref, settings, questions: [...questions] };
}
