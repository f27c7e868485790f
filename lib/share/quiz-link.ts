/**
 * Quiz links: everything a shared quiz needs travels in the link, because
 * there is no server. A quiz code is "1." followed by the compressed JSON of
 * a SharedQuiz (codec.ts); the link puts it in the URL fragment
 * (`/play/#q=1.…`), which browsers never send to a server.
 *
 * Versioning rule (docs/share-format.md): a format never changes once
 * links of it exist. A new format gets a new prefix and a decoder beside
 * the old ones, and old links keep decoding forever; lib/share/fixtures
 * holds frozen codes of every format that the tests decode. The app makes
 * "4." links (quiz-v3.ts), and "5." for feedback at the end (quiz-v5.ts);
 * "1.", "2." and "3." links only ever arrive.
 *
 * @example
 * const code = await encodeQuizCode(shared, article.body);   // "4.us-china-climate-ai.18d48542.jVPBbts….1f2e3d4c"
 * const link = quizLink(location.origin, "", code);          // "https://…/play/#q=4.us-china…"
 * const decoded = await decodeQuizCode(codeFromLink(link, "q") ?? "", builtinArticles);
 * if (!decoded.ok) showAlert(decoded.message);           // plain words for the student
 */
import type { Skill, QuestionType } from "../quiz";
import {
  canonicalJson,
  CodecError,
  crc32Hex,
  decodeJson,
  decodeJsonWithDictionary,
  encodeJson,
  encodeJsonWithDictionary,
  fnv1a64,
} from "./codec";
import { firstIssue, sharedQuizSchema, type CustomQuestion } from "./schema";
import {
  bodyHash,
  sharedQuizV3Schema,
  sharedQuizV4Schema,
  v3Dictionary,
  v4Dictionary,
  v5Dictionary,
  type SharedQuizV3,
  type SharedQuizV4,
} from "./quiz-v3";
import { sharedQuizV5Schema, type SharedQuizV5 } from "./quiz-v5";
import { sharedTextQuizSchema, type SharedTextQuiz } from "./text-quiz";
import { PART_UNAVAILABLE, loadFormat1Engine } from "./format1";

/**
 * The newest format. "1.": built-in article, seed + selection (frozen);
 * "2.": pasted article, text + questions (frozen, text-quiz.ts); "3.": any
 * article, its questions with their levels (quiz-v3.ts, frozen); "4.":
 * format 3's content with a CRC-32 over the whole code, so a damaged link is
 * refused instead of opening another quiz; "5.": an end-feedback quiz, its
 * questions without their key and the key sealed (quiz-v5.ts), coded like 4.
 * The app makes 4 for feedback after each question and 5 for feedback at the end.
 */
export const QUIZ_FORMAT_VERSION = 5;

/** Longest version-1 quiz code we make or open. A default 10-question quiz is under 1,000 characters. */
export const MAX_QUIZ_CODE_CHARS = 16_000;
/** Largest decompressed version-1 quiz JSON we read (decompression-bomb guard). */
export const MAX_QUIZ_JSON_BYTES = 512 * 1024;
/**
 * Longest version-2 code: a 30,000-word article compresses to roughly
 * 100,000 characters; non-Latin text and 50 long questions need more.
 * Codes this long travel in a quiz file, not a link (MAX_LINK_CHARS).
 */
export const MAX_TEXT_QUIZ_CODE_CHARS = 600_000;
/** Largest decompressed version-2 quiz JSON we read: 200,000 characters of text in UTF-8 plus the questions. */
export const MAX_TEXT_QUIZ_JSON_BYTES = 2 * 1024 * 1024;
/**
 * Longest link the builder offers to copy. Browsers open far longer ones,
 * but chat apps, e-mail programs and learning platforms cut or refuse long
 * links, typically somewhere between 2,000 and 10,000 characters; above
 * this the builder offers a quiz file instead (docs/share-format.md).
 */
export const MAX_LINK_CHARS = 8_000;

export interface QuizSettings {
  /** Shown to students. */
  title: string;
  /** E.g. "Period 3". */
  classLabel?: string;
  /** Questions the teacher asked the builder for (the quiz itself is `questionIds`). */
  count: number;
  /** undefined = all types. */
  types?: QuestionType[];
  /** undefined = all skills. */
  skills?: Skill[];
  /** How many questions above plain recall the builder drew (format 3 only; default "balanced"). */
  understanding?: "fewer" | "balanced" | "more";
  /** Feedback after each question, or only at the end. */
  feedback: "each" | "end";
  /** "shuffled": each student gets their own question order. */
  order: "fixed" | "shuffled";
  /** May students open the article during the quiz. */
  allowArticle: boolean;
}

/**
 * A teacher's change to a generated question. `options` and `answer` only
 * for choice questions; other questions take `prompt` and `explanation`.
 */
export interface QuestionEdit {
  prompt?: string;
  options?: string[];
  answer?: number;
  explanation?: string;
}

export interface SharedQuiz {
  v: 1;
  /** Pasted articles use version 2 (SharedTextQuiz), which carries the text itself. */
  article: { kind: "builtin"; slug: string };
  /** The engine seed: with the article it regenerates every generated question. */
  seed: number;
  settings: QuizSettings;
  /** The teacher's selection, in order: engine ids or custom ids. */
  questionIds: string[];
  /** Keyed by question id. */
  edits: Record<string, QuestionEdit>;
  /** Teacher-written questions ("custom-1", ...): multiple choice, true/false or short answer, with evidence spans. */
  custom: CustomQuestion[];
}

/**
 * Any quiz a link can carry: version 1 (built-in article), 2 (pasted
 * article, with its text), 3 or 4 (either, with its questions).
 */
export type AnySharedQuiz = SharedQuiz | SharedTextQuiz | SharedQuizV3 | SharedQuizV4 | SharedQuizV5;
export type { SharedTextQuiz, SharedQuizV3, SharedQuizV4, SharedQuizV5 };

export type DecodeFailure =
  | "empty"
  | "too-large"
  | "truncated-or-corrupt"
  | "future-version"
  | "unknown-version"
  | "invalid"
  | "bad-checksum"
  | "wrong-kind"
  | "missing-article"
  | "changed-article"
  | "unavailable";

/**
 * The outcome of decoding a link. `message` is for the person holding the
 * link; `detail` (when present) says what exactly was wrong, for tests and
 * the console.
 */
export type Decoded<T> =
  { ok: true; value: T } | { ok: false; reason: DecodeFailure; message: string; detail?: string };

const QUIZ_MESSAGES: Record<DecodeFailure, string> = {
  empty: "This quiz link is empty: nothing came after “#q=”. Ask your teacher to send the whole link again.",
  "too-large": "This quiz link is far too long to be a real quiz link. Ask your teacher to send it again.",
  "truncated-or-corrupt":
    "This quiz link is incomplete or damaged — it may have been cut off when it was copied. Ask your teacher to send it again.",
  "future-version":
    "This quiz link was made by a newer version of Evidence Reader. Reload the page to update, then open the link again.",
  "unknown-version":
    "This isn’t a quiz link Evidence Reader recognises. Check that you copied the whole link, starting with “https://”.",
  invalid: "This quiz link was changed or damaged: what it contains is not a quiz. Ask your teacher to send it again.",
  // Format 4 and later: the code's check digits do not match what came before them.
  "bad-checksum":
    "This quiz link is damaged: some of its characters changed on the way, so it cannot be opened. Ask your teacher to send the link again.",
  "wrong-kind": "This is a student’s result link, not a quiz. Teachers: open it in the Gradebook.",
  "missing-article":
    "This quiz is about an article this copy of Evidence Reader does not have. Reload the page to update, or ask your teacher which site to use.",
  "changed-article":
    "This quiz was made for an earlier version of its article, and its questions no longer point at the right sentences. Ask your teacher to make the link again.",
  unavailable: PART_UNAVAILABLE,
};

/** The articles a decoder may need: a format-3 code on a built-in article is compressed against its text. */
export type ArticleTexts = Readonly<Record<string, { body: string }>>;

/** "3.<slug>.<text hash>.<payload>" on a built-in article; "3.<payload>" on a pasted one (its text is inside). */
const BUILTIN_V3 = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([0-9a-f]{8})\.(.*)$/;
/** Format 4 and later end in ".<CRC-32 of everything before it>". */
const CHECKSUM = /^(.*)\.([0-9a-f]{8})$/s;

/** A failed Decoded with the message for `reason`. */
export function failure<T>(
  messages: Record<DecodeFailure, string>,
  reason: DecodeFailure,
  detail?: string,
): Decoded<T> {
  return { ok: false, reason, message: messages[reason], ...(detail === undefined ? {} : { detail }) };
}

/** Chat apps wrap long links; no code ever contains whitespace, so it is all dropped. */
export const stripWhitespace = (text: string) => text.replace(/\s+/g, "");

/**
 * Reads "<version>." at the start of a code without decompressing anything.
 * "1" → 1; a missing prefix, a leading zero or an absurd length → null.
 */
export function readVersion(code: string, letter: "" | "R"): { version: number | null; rest: string } {
  const match = new RegExp(`^${letter}(\\d{1,9})\\.`).exec(code);
  if (!match || (match[1]!.length > 1 && match[1]!.startsWith("0"))) return { version: null, rest: code };
  return { version: Number(match[1]), rest: code.slice(match[0].length) };
}

/** Maps the codec's errors onto the reasons people are told about. */
export function codecFailure(error: unknown): { reason: DecodeFailure; detail: string } {
  if (error instanceof CodecError) {
    const reason =
      error.code === "empty" || error.code === "too-large" || error.code === "unavailable"
        ? error.code
        : "truncated-or-corrupt";
    return { reason, detail: `${error.code}: ${error.message}` };
  }
  throw error;
}

const SCHEMAS = {
  1: sharedQuizSchema,
  2: sharedTextQuizSchema,
  3: sharedQuizV3Schema,
  4: sharedQuizV4Schema,
  5: sharedQuizV5Schema,
} as const;

/**
 * "<version>." + the compressed quiz. Checks the quiz against the same
 * schema the decoder uses, so a code that would not open is never made;
 * throws an Error naming the problem (the builder should have caught it
 * first). The app makes versions 4 and 5; 1, 2 and 3 are encoded only by tests.
 */
export async function encodeQuizCode(quiz: AnySharedQuiz, articleBody?: string): Promise<string> {
  const text = quiz.v !== 1;
  const parsed = SCHEMAS[quiz.v].safeParse(quiz);
  if (!parsed.success) throw new Error(`This quiz can’t be shared yet: ${firstIssue(parsed.error)}`);
  const code =
    quiz.v === 3 || quiz.v === 4 || quiz.v === 5
      ? await encodeWithQuestions(quiz, articleBody)
      : `${quiz.v}.${await encodeJson(quiz)}`;
  const max = text ? MAX_TEXT_QUIZ_CODE_CHARS : MAX_QUIZ_CODE_CHARS;
  if (code.length > max) {
    throw new Error(
      text
        ? `This quiz is too big to share (${code.length} characters, at most ${max}). Use a shorter article or fewer questions.`
        : `This quiz is too big for a link (${code.length} characters, at most ${max}). Remove some questions or shorten your edits.`,
    );
  }
  return code;
}

const DICTIONARIES = { 3: v3Dictionary, 4: v4Dictionary, 5: v5Dictionary } as const;

/**
 * Formats 3, 4 and 5 (coded like 4). Format 4 appends ".<CRC-32 of everything before it>",
 * and on a built-in article leaves the article out of the payload: the
 * clear prefix names it (the 9 characters the checksum costs are won back,
 * so a default quiz still fits a QR code).
 */
async function encodeWithQuestions(
  quiz: SharedQuizV3 | SharedQuizV4 | SharedQuizV5,
  articleBody: string | undefined,
): Promise<string> {
  const dictionary = DICTIONARIES[quiz.v];
  let body: string;
  if (quiz.article.kind === "text") body = `${quiz.v}.${await encodeJsonWithDictionary(quiz, dictionary())}`;
  else {
    if (articleBody === undefined || bodyHash(articleBody) !== quiz.article.textHash)
      throw new Error("encodeQuizCode: a built-in article's quiz needs that article's text");
    const { article, ...rest } = quiz;
    const payload = await encodeJsonWithDictionary(quiz.v === 3 ? quiz : rest, dictionary(articleBody));
    body = `${quiz.v}.${article.slug}.${article.textHash}.${payload}`;
  }
  return quiz.v === 3 ? body : `${body}.${crc32Hex(body)}`;
}

/**
 * Never throws: any input gives `ok: true` with a schema-valid quiz, or
 * `ok: false` with a reason and a message. `articles` are the built-in
 * articles this copy of the app has (a format-3 code on one of them needs
 * its text to decompress).
 */
export async function decodeQuizCode(code: string, articles: ArticleTexts = {}): Promise<Decoded<AnySharedQuiz>> {
  const text = stripWhitespace(code);
  if (text === "") return failure(QUIZ_MESSAGES, "empty");
  if (text.length > MAX_TEXT_QUIZ_CODE_CHARS) return failure(QUIZ_MESSAGES, "too-large", `${text.length} characters`);
  if (/^R\d{1,9}\./.test(text)) return failure(QUIZ_MESSAGES, "wrong-kind");
  const { version, rest } = readVersion(text, "");
  if (version === null) return failure(QUIZ_MESSAGES, "unknown-version", "no version prefix");
  if (version > QUIZ_FORMAT_VERSION) return failure(QUIZ_MESSAGES, "future-version", `version ${version}`);
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== 5)
    return failure(QUIZ_MESSAGES, "unknown-version", `version ${version}`);
  // Version 1 keeps its own, smaller cap: nothing about "1." codes changes.
  const maxChars = version === 1 ? MAX_QUIZ_CODE_CHARS : MAX_TEXT_QUIZ_CODE_CHARS;
  if (text.length > maxChars) return failure(QUIZ_MESSAGES, "too-large", `${text.length} characters`);
  if (rest === "") return failure(QUIZ_MESSAGES, "truncated-or-corrupt", "nothing after the version");
  let body = rest;
  if (version >= 4) {
    // Checked before anything is decompressed: a changed, lost or added character is caught here.
    const parts = CHECKSUM.exec(text);
    if (!parts) return failure(QUIZ_MESSAGES, "truncated-or-corrupt", "no checksum");
    if (crc32Hex(parts[1]!) !== parts[2]) return failure(QUIZ_MESSAGES, "bad-checksum");
    body = parts[1]!.slice(parts[1]!.indexOf(".") + 1);
    if (body === "") return failure(QUIZ_MESSAGES, "truncated-or-corrupt", "nothing after the version");
  }
  let json: unknown;
  try {
    if (version >= 3) {
      const builtin = BUILTIN_V3.exec(body);
      const dictionaryOf = DICTIONARIES[version as 3 | 4 | 5];
      let dictionary = dictionaryOf();
      let payload = body;
      if (builtin) {
        const [, slug, hash, tail] = builtin as unknown as [string, string, string, string];
        const article = Object.hasOwn(articles, slug) ? articles[slug] : undefined;
        if (!article) return failure(QUIZ_MESSAGES, "missing-article", slug);
        if (bodyHash(article.body) !== hash) return failure(QUIZ_MESSAGES, "changed-article", `${slug} is not ${hash}`);
        dictionary = dictionaryOf(article.body);
        payload = tail;
      }
      json = await decodeJsonWithDictionary(payload, maxChars, MAX_TEXT_QUIZ_JSON_BYTES, dictionary);
      if (version >= 4 && builtin && json !== null && typeof json === "object" && !Array.isArray(json)) {
        // Format 4 names a built-in article only in its prefix (one spelling per quiz): the quiz gets it from there.
        if ("article" in json)
          return failure(QUIZ_MESSAGES, "invalid", `a format-${version} payload repeats its article`);
        const { v, ...rest } = json as Record<string, unknown>;
        json = { v, article: { kind: "builtin", slug: builtin[1], textHash: builtin[2] }, ...rest };
      }
      // The clear-text prefix must agree with what it unlocked.
      const ref = (json as { article?: { kind?: string; slug?: string; textHash?: string } } | null)?.article;
      if (
        (ref?.kind === "builtin") !== (builtin !== null) ||
        (builtin && (ref?.slug !== builtin[1] || ref?.textHash !== builtin[2]))
      ) {
        return failure(QUIZ_MESSAGES, "invalid", "the code's prefix does not match its article");
      }
    } else json = await decodeJson(rest, maxChars, version === 1 ? MAX_QUIZ_JSON_BYTES : MAX_TEXT_QUIZ_JSON_BYTES);
  } catch (error) {
    const { reason, detail } = codecFailure(error);
    return failure(QUIZ_MESSAGES, reason, detail);
  }
  const parsed = SCHEMAS[version].safeParse(json);
  if (!parsed.success) return failure(QUIZ_MESSAGES, "invalid", firstIssue(parsed.error));
  if (version === 1) {
    // Its questions are rebuilt by the old engine, fetched only now.
    try {
      await loadFormat1Engine();
    } catch (error) {
      return failure(QUIZ_MESSAGES, "unavailable", String(error));
    }
  }
  return { ok: true, value: parsed.data as AnySharedQuiz };
}

const joinUrl = (origin: string, basePath: string, path: string) =>
  `${origin.replace(/\/+$/, "")}${basePath.replace(/\/+$/, "")}${path}`;

/** `${origin}${basePath}/play/#q=${code}`; trailing slashes on origin and basePath are tolerated. */
export function quizLink(origin: string, basePath: string, code: string): string {
  return joinUrl(origin, basePath, `/play/#q=${code}`);
}

/** The link a student sends back: `${origin}${basePath}/gradebook/#r=${code}`. */
export function gradebookLink(origin: string, basePath: string, code: string): string {
  return joinUrl(origin, basePath, `/gradebook/#r=${code}`);
}

/** "1.…" or "R1.…": a version prefix, then code characters only. */
const BARE_CODE = /^R?\d{1,9}\.[A-Za-z0-9_.-]*$/;

/**
 * The code inside whatever was pasted: a full URL, a "#q=…" fragment, a
 * "q=…" pair or a bare code. Whitespace and line breaks (added by chat apps
 * and e-mail) are ignored. When the text holds the other kind of code (a
 * result link where a quiz link was expected), that code is returned, so
 * the decoder can say "this is a result link" rather than "not a link".
 * null when nothing code-like is there.
 */
export function codeFromLink(linkOrCode: string, key: "q" | "r"): string | null {
  const text = stripWhitespace(linkOrCode);
  if (text === "") return null;
  const hash = text.indexOf("#");
  const query = text.indexOf("?");
  const params = hash >= 0 ? text.slice(hash + 1) : query >= 0 ? text.slice(query + 1) : text;
  const pairs = new Map<string, string>();
  for (const part of params.split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0) pairs.set(part.slice(0, eq), safeDecodeUri(part.slice(eq + 1)));
  }
  const other = key === "q" ? "r" : "q";
  const found = pairs.get(key) ?? pairs.get(other);
  if (found !== undefined) return found;
  // A bare code; a URL without a code in it is not one (it has "/" or ":").
  return hash < 0 && query < 0 && BARE_CODE.test(text) ? text : null;
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Splits a paste holding several links or codes (one per line, or run
 * together by a chat app) into one string per link. A line that does not
 * start a new link or code is the continuation of a link wrapped onto the
 * next line. Pass each piece to codeFromLink.
 */
export function splitPastedLinks(text: string): string[] {
  const pieces: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === "") continue;
    const startsNew =
      pieces.length === 0 || /^(?:[a-z][a-z0-9+.-]*:\/\/|#|[qr]=|R?\d{1,9}\.)/i.test(token) || /[#?][qr]=/.test(token);
    if (startsNew) pieces.push(token);
    else pieces[pieces.length - 1] += token;
  }
  return pieces;
}

/**
 * A short, stable name for a quiz: 12 hex digits of a 64-bit FNV-1a over
 * its canonical JSON (keys sorted). Every result carries it, so the
 * gradebook knows which quiz a result answers; any change to the quiz
 * (a question, an edit, the seed, the title) gives another fingerprint.
 */
export function quizFingerprint(quiz: AnySharedQuiz): string {
  return fnv1a64(canonicalJson(quiz)).slice(0, 12);
}
