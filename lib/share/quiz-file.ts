/**
 * Quiz files: a quiz too long for a link (a pasted article travels with its
 * quiz) goes to students as a small .json file they open on /play/. The
 * file holds the same code a link would, plus a title a person can read
 * when they see the file in a folder or open it in a text editor.
 *
 * @example
 * const file = quizFile(code, "Inky escapes: quiz");   // JSON text to download
 * const read = readQuizFile(await file.text());         // { ok: true, code } or { ok: false, message }
 */
import { z } from "../schema";
import { MAX_TEXT_QUIZ_CODE_CHARS } from "./quiz-link";

export const QUIZ_FILE_FORMAT = "evidence-reader-quiz";
/** Larger than any file this app writes (a code of MAX_TEXT_QUIZ_CODE_CHARS plus a title). */
export const QUIZ_FILE_MAX_BYTES = MAX_TEXT_QUIZ_CODE_CHARS + 4_096;

export interface QuizFile {
  format: typeof QUIZ_FILE_FORMAT;
  version: 1;
  /** For people: the quiz's title. The app reads the title from the code. */
  title: string;
  /** The quiz code, as in a link after "#q=". */
  code: string;
}

const quizFileSchema = z.strictObject({
  format: z.literal(QUIZ_FILE_FORMAT),
  version: z.literal(1),
  title: z.string().check(z.maxLength(500)),
  code: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_QUIZ_CODE_CHARS)),
}) satisfies z.Schema<QuizFile>;

/** The file's text: pretty enough to read, with the code last. */
export function quizFile(code: string, title: string): string {
  const file: QuizFile = { format: QUIZ_FILE_FORMAT, version: 1, title, code };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const NOT_A_QUIZ_FILE =
  "This file is not an Evidence Reader quiz file. Open the .json file your teacher sent (its name ends in “.quiz.json”).";

/** The code inside a quiz file's text, or a message for the student. Decode the code with decodeQuizCode. */
export function readQuizFile(text: string): { ok: true; code: string; title: string } | { ok: false; message: string } {
  if (text.length > QUIZ_FILE_MAX_BYTES)
    return { ok: false, message: "This file is far too big to be a quiz file. Open the .json file your teacher sent." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_A_QUIZ_FILE };
  }
  const parsed = quizFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: NOT_A_QUIZ_FILE };
  return { ok: true, code: parsed.data.code, title: parsed.data.title };
}

/** A file name from a quiz's title ("Inky escapes!", "results.csv" → "inky-escapes-results.csv"): letters of any script kept. */
export function fileNameFor(title: string, suffix: string): string {
  const base = title
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${base || "quiz"}${suffix}`;
}

/** "Inky escapes!" → "inky-escapes.quiz.json". */
export const quizFileName = (title: string) => fileNameFor(title, ".quiz.json");
