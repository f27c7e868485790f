/**
 * Result codes: a student's answers travelling back to the teacher as text
 * (there is no server). "R1." + the compressed JSON of a StudentResult +
 * "." + a CRC-32 of everything before it, in 8 hex digits.
 *
 * The checksum catches a mistyped or truncated code before anything is
 * decompressed, and tells "you copied it wrong" apart from "this is not a
 * result". It is not a signature: a student could forge a code, which is
 * why the gradebook never trusts a score, only answers (lib/gradebook).
 *
 * "R2." is the same with the student's personal-link token in the JSON
 * (personal-link.ts); a result without a token is still written as "R1.",
 * so quizzes shared without a class list give exactly the codes they gave
 * before. Versioning rule as for quiz links: a format never changes; a new
 * one gets the next prefix beside it (docs/share-format.md).
 *
 * @example
 * const code = await encodeResultCode({ v: 1, quiz: fingerprint, name: "Zoë", answers, startedAt, durationMs });
 * resultLink(location.origin, "", code);   // ".../gradebook/#r=R1.…"
 * const decoded = await decodeResultCode(code);
 */
import type { Response } from "../quiz";
import { canonicalJson, crc32Hex, decodeJson, encodeJson, fnv1a64 } from "./codec";
import {
  codecFailure,
  failure,
  gradebookLink,
  readVersion,
  stripWhitespace,
  type Decoded,
  type DecodeFailure,
} from "./quiz-link";
import { stripInvisible } from "../text";
import { firstIssue, studentResultSchema, studentResultV2Schema } from "./schema";

/** The newest result format: "R2." (with a token); the app still writes "R1." for a result without one. */
export const RESULT_FORMAT_VERSION = 2;

/** Longest result code we make or open: 50 long typed answers fit easily. */
export const MAX_RESULT_CODE_CHARS = 12_000;
/** Largest decompressed result JSON we read (decompression-bomb guard). */
export const MAX_RESULT_JSON_BYTES = 64 * 1024;

export interface StudentResultV1 {
  v: 1;
  /** quizFingerprint of the quiz answered. */
  quiz: string;
  /** Trimmed, 1..80 characters, one line. */
  name: string;
  /** By question id; null = skipped. */
  answers: Record<string, Response | null>;
  /** ISO 8601, e.g. "2025-03-14T09:30:00.000Z". */
  startedAt: string;
  durationMs: number;
}

/** A result from a personal link: format 1 and the link's token. */
export interface StudentResultV2 extends Omit<StudentResultV1, "v"> {
  v: 2;
  /** The personal link's token, 11 base64url characters. */
  token: string;
}

export type StudentResult = StudentResultV1 | StudentResultV2;

/** The personal-link token a result echoes, or null for a result from the class's shared link. */
export function tokenOf(result: StudentResult): string | null {
  return result.v === 2 ? result.token : null;
}

const RESULT_MESSAGES: Record<DecodeFailure, string> = {
  empty: "This result code is empty. Ask the student to copy their result link again.",
  "too-large": "This result code is far too long to be a real result. Ask the student to copy their result link again.",
  "truncated-or-corrupt":
    "This result code is incomplete — it may have been cut off when it was copied. Ask the student to send the whole link again.",
  "future-version":
    "This result was made by a newer version of Evidence Reader. Reload the page to update, then add it again.",
  "unknown-version":
    "This isn’t a result code Evidence Reader recognises. Result codes start with “R1.” or “R2.”; check that the whole link was copied.",
  invalid:
    "This result code was changed or damaged: what it contains is not a quiz result. Ask the student to send it again.",
  "bad-checksum":
    "This result code has a typo or was changed: its check digits don’t match. Ask the student to copy it again.",
  "wrong-kind": "This is a quiz link, not a student’s result. Students open it to take the quiz.",
  // Results never need an article to decode; listed so every failure has a message.
  "missing-article":
    "This result is for a quiz on an article this copy of Evidence Reader does not have. Reload the page to update.",
  "changed-article": "This result is for a quiz on an earlier version of its article.",
  unavailable:
    "Part of Evidence Reader could not be loaded to read this result. Check the connection and reload the page.",
};

const CHECKSUM = /^(.*)\.([0-9a-f]{8})$/s;

const SCHEMAS = { 1: studentResultSchema, 2: studentResultV2Schema } as const;

/** "R1." or "R2." (by `result.v`) + payload + "." + checksum. Throws an Error naming the problem if the result is not valid. */
export async function encodeResultCode(result: StudentResult): Promise<string> {
  // Invisible and bidi-control characters would make a name show as another's.
  const schema = result.v === 2 ? SCHEMAS[2] : SCHEMAS[1];
  const parsed = schema.safeParse({ ...result, name: stripInvisible(result.name) });
  if (!parsed.success) throw new Error(`This result can’t be turned into a code: ${firstIssue(parsed.error)}`);
  const body = `R${parsed.data.v}.${await encodeJson(parsed.data)}`;
  const code = `${body}.${crc32Hex(body)}`;
  if (code.length > MAX_RESULT_CODE_CHARS)
    throw new Error(`This result is too big for a code (${code.length} characters).`);
  return code;
}

/** Never throws: any input gives `ok: true` with a schema-valid result, or `ok: false` with a reason and a message. */
export async function decodeResultCode(code: string): Promise<Decoded<StudentResult>> {
  const text = stripWhitespace(code);
  if (text === "") return failure(RESULT_MESSAGES, "empty");
  if (text.length > MAX_RESULT_CODE_CHARS) return failure(RESULT_MESSAGES, "too-large", `${text.length} characters`);
  if (/^\d{1,9}\./.test(text)) return failure(RESULT_MESSAGES, "wrong-kind");
  const { version } = readVersion(text, "R");
  if (version === null) return failure(RESULT_MESSAGES, "unknown-version", "no version prefix");
  if (version > RESULT_FORMAT_VERSION) return failure(RESULT_MESSAGES, "future-version", `version ${version}`);
  if (version !== 1 && version !== 2) return failure(RESULT_MESSAGES, "unknown-version", `version ${version}`);

  const parts = CHECKSUM.exec(text);
  // No ".xxxxxxxx" at the end: the usual sign of a code cut short.
  if (!parts) return failure(RESULT_MESSAGES, "truncated-or-corrupt", "no checksum");
  const [, body, checksum] = parts as unknown as [string, string, string];
  if (crc32Hex(body) !== checksum) return failure(RESULT_MESSAGES, "bad-checksum");
  const payload = body.slice(body.indexOf(".") + 1);
  if (payload === "") return failure(RESULT_MESSAGES, "truncated-or-corrupt", "nothing after the version");

  let json: unknown;
  try {
    json = await decodeJson(payload, MAX_RESULT_CODE_CHARS, MAX_RESULT_JSON_BYTES);
  } catch (error) {
    const { reason, detail } = codecFailure(error);
    return failure(RESULT_MESSAGES, reason, detail);
  }
  // The JSON's own "v" must match the prefix: an R1 body under "R2." (or the reverse) is not a result.
  const parsed = SCHEMAS[version === 2 ? 2 : 1].safeParse(json);
  if (!parsed.success) return failure(RESULT_MESSAGES, "invalid", firstIssue(parsed.error));
  // A code made by hand (or by an older version) may still carry them.
  return { ok: true, value: { ...parsed.data, name: stripInvisible(parsed.data.name) } };
}

/** `${origin}${basePath}/gradebook/#r=${code}`. */
export function resultLink(origin: string, basePath: string, code: string): string {
  return gradebookLink(origin, basePath, code);
}

/**
 * The id the gradebook files a result under: a hash of its canonical JSON,
 * so the same submission added twice (even re-encoded by another browser,
 * whose compressor may differ) is recognised as a duplicate.
 */
export function resultId(result: StudentResult): string {
  return fnv1a64(canonicalJson(result));
}
