/**
 * Quiz links, version 5: an end-feedback quiz whose answers stay with the
 * teacher (issue 11, part 1). The link carries each question without its key
 * (answer-key.ts: no right option, accepted answer, explanation or evidence)
 * and the key sealed with AES-GCM under a secret that only the teacher's
 * gradebook keeps. The code around it is format 4's: a CRC-32 over the whole
 * code, a built-in article named in clear. Feedback-"each" quizzes stay
 * format 4: the student's browser needs their key to give feedback.
 */
import { z } from "../schema";
import { KINDS } from "../quiz";
import type { Question } from "../quiz";
import { joinKey, openKey, sealKey, splitKey, type KeylessQuestion, type SealedKey } from "./answer-key";
import { canonicalJson, fnv1a64 } from "./codec";
import { bodyHash, quizSettingsSchema, v5Dictionary, type SharedQuizV4 } from "./quiz-v3";
import { articleRefSchema, TEXT_LIMITS, uniqueQuestionIds } from "./fields";

export interface SharedQuizV5 extends Omit<SharedQuizV4, "v" | "questions"> {
  v: 5;
  /** What the student answers: prompts, options, items; never the key. */
  questions: KeylessQuestion[];
  /** The key, sealed under the teacher's secret and bound to keyContext(this quiz). */
  key: SealedKey;
}

/** The fields answer-key.ts keeps out of a link. */
const KEY_FIELDS = ["answer", "accepted", "explanation", "evidence", "facts", "score"] as const;

/** Each kind's link schema without the fields that give its answer away: strict, so a key field in the clear is refused. */
const keylessQuestionSchema = z.union(
  Object.values(KINDS).map((kind) => {
    const schema = kind.schema as unknown as z.ObjectSchema<Record<string, z.Schema>>;
    const mask = Object.fromEntries(KEY_FIELDS.filter((field) => field in schema.shape).map((f) => [f, true]));
    return z.omit(schema, mask as Record<string, true>);
  }) as unknown as [z.Schema<KeylessQuestion>, ...z.Schema<KeylessQuestion>[]],
);

const base64Url = (min: number, max: number) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(/^[A-Za-z0-9_-]*$/, "is not base64url"));

export const sharedQuizV5Schema = z
  .strictObject({
    v: z.literal(5),
    article: articleRefSchema,
    settings: quizSettingsSchema,
    questions: z.array(keylessQuestionSchema).check(z.minLength(1), z.maxLength(TEXT_LIMITS.questions)),
    // 96-bit nonce (16 characters); ciphertext with its tag (the key of 100 questions is far below 400 KB).
    key: z.strictObject({ iv: base64Url(16, 16), data: base64Url(22, 400_000) }),
  })
  .check(
    z.refine((quiz) => quiz.settings.feedback === "end", {
      message: "is a sealed quiz with feedback after each question",
      path: ["settings", "feedback"],
    }),
    uniqueQuestionIds,
  ) as unknown as z.Schema<SharedQuizV5>;

/** What the sealed key is bound to: the quiz as the student sees it, so a key moved to another quiz does not open. */
export function keyContext(quiz: Omit<SharedQuizV5, "key">): string {
  const { v, article, settings, questions } = quiz;
  return `evidence-reader/v5/${fnv1a64(canonicalJson({ v, article, settings, questions }))}`;
}

/** The articles whose text a built-in quiz's key is compressed against. */
type ArticleTexts = Readonly<Record<string, { body: string }>>;

/** The key compresses against its article's text (explanations quote it) and format 5's stock phrases. */
function keyDictionary(quiz: Pick<SharedQuizV5, "article">, articles: ArticleTexts): Uint8Array | null {
  const ref = quiz.article;
  if (ref.kind === "text") return v5Dictionary(ref.text);
  const article = Object.hasOwn(articles, ref.slug) ? articles[ref.slug] : undefined;
  if (!article || bodyHash(article.body) !== ref.textHash) return null;
  return v5Dictionary(article.body);
}

/**
 * The link an end-feedback quiz goes out as: format 4's quiz with its key
 * split off and sealed under `secret` (newSecret(), kept in the gradebook).
 * `articles` holds a built-in quiz's article.
 */
export async function sealedQuizOf(
  quiz: SharedQuizV4,
  secret: string,
  articles: ArticleTexts = {},
): Promise<SharedQuizV5> {
  if (quiz.settings.feedback !== "end") throw new Error("sealedQuizOf: only an end-feedback quiz is sealed");
  const dictionary = keyDictionary(quiz, articles);
  if (!dictionary) throw new Error("sealedQuizOf: a built-in article's quiz needs that article's text");
  const { questions, key } = splitKey(quiz.questions);
  const keyless = { v: 5 as const, article: quiz.article, settings: quiz.settings, questions };
  return { ...keyless, key: await sealKey(key, secret, keyContext(keyless), dictionary) };
}

/** The questions with their key, or a message: a wrong secret or a damaged key never yields another key. */
export async function openSealedQuiz(
  quiz: SharedQuizV5,
  secret: string,
  articles: ArticleTexts = {},
): Promise<{ ok: true; questions: Question[] } | { ok: false; message: string }> {
  const dictionary = keyDictionary(quiz, articles);
  if (!dictionary)
    return {
      ok: false,
      message: "This quiz is about an article this copy of Evidence Reader does not have, or has in another version.",
    };
  const opened = await openKey(quiz.key, secret, keyContext(quiz), dictionary);
  if (!opened.ok) return opened;
  const questions = joinKey(quiz.questions, opened.key);
  if (!questions) return { ok: false, message: "These answers do not cover every question of this quiz." };
  return { ok: true, questions };
}

export { newSecret } from "./answer-key";

/**
 * The link a teacher sends once answers may be seen:
 * `${origin}${basePath}/play/#release=<fingerprint>.<secret>`. It opens the key only where the sealed quiz is
 * already stored (the student's own session), so it is short and names no question.
 */
export function releaseLink(origin: string, basePath: string, fingerprint: string, secret: string): string {
  return `${origin.replace(/\/+$/, "")}${basePath.replace(/\/+$/, "")}/play/#release=${fingerprint}.${secret}`;
}

/** The fingerprint and secret in a release link or its fragment; null when it is not one. */
export function readRelease(linkOrFragment: string): { fingerprint: string; secret: string } | null {
  const match = /(?:^|[#&])release=([0-9a-f]{12})\.([A-Za-z0-9_-]{43})(?:&|$)/.exec(linkOrFragment.replace(/\s+/g, ""));
  return match ? { fingerprint: match[1]!, secret: match[2]! } : null;
}
