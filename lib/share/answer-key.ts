/**
 * The answer key of an end-feedback quiz, kept from the student (issue 11,
 * part 1; link format 5, quiz-v5.ts). A question is split into what the student must see (the
 * prompt, the options or items) and its key (the right response, the
 * accepted answers, and the explanation and evidence, which usually quote
 * the answer). The key is sealed with AES-GCM under a random 256-bit secret
 * that only the teacher's gradebook is meant to hold; the student's browser
 * can open it only once the teacher releases the secret.
 *
 * AES-GCM authenticates as well as encrypts: a wrong secret or a changed
 * byte fails to open, it never yields another key.
 */
import type { Question } from "../quiz";
import { decodeJsonWithDictionary, encodeJsonWithDictionary, fromBase64Url, toBase64Url } from "./codec";

/** The fields of a question that give its answer away. */
const KEY_FIELDS = ["answer", "accepted", "explanation", "evidence", "facts", "score"] as const;

/** A question as an end-feedback link would carry it: nothing that tells the answer. */
export type KeylessQuestion = Omit<Question, "answer" | "explanation" | "evidence" | "facts" | "score">;
/** Each question's key fields, by question id. */
export type AnswerKey = Record<string, Record<string, unknown>>;

/** Splits questions into what the student sees and the key, which never leaves the teacher unsealed. */
export function splitKey(questions: readonly Question[]): { questions: KeylessQuestion[]; key: AnswerKey } {
  const key: AnswerKey = {};
  const keyless = questions.map((question) => {
    const shown: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(question)) {
      if ((KEY_FIELDS as readonly string[]).includes(field)) secret[field] = value;
      else shown[field] = value;
    }
    key[question.id] = secret;
    return shown as KeylessQuestion;
  });
  return { questions: keyless, key };
}

/** The questions again, whole; null when the key does not cover every question. */
export function joinKey(questions: readonly KeylessQuestion[], key: AnswerKey): Question[] | null {
  const joined: Question[] = [];
  for (const question of questions) {
    const secret = Object.hasOwn(key, question.id) ? key[question.id] : undefined;
    if (!secret) return null;
    joined.push({ ...question, ...secret } as Question);
  }
  return joined;
}

/** A fresh 256-bit secret, base64url (43 characters). */
export function newSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export interface SealedKey {
  /** 96-bit nonce, base64url. */
  iv: string;
  /** AES-GCM ciphertext with its 128-bit tag, base64url. */
  data: string;
}

async function aesKey(secret: string): Promise<CryptoKey> {
  const raw = fromBase64Url(secret);
  if (raw.length !== 32) throw new Error("a secret is 32 bytes");
  return crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, "AES-GCM", false, ["encrypt", "decrypt"]);
}

/** Largest key we open once decompressed (a 100-question key is far below it). */
const MAX_KEY_JSON_BYTES = 512 * 1024;

/**
 * Seals the key under the secret; `context` (e.g. the quiz's fingerprint) is bound in, so a key moved to
 * another quiz does not open. The key is compressed first (ciphertext does not compress), against
 * `dictionary` when given: text both sides have, such as the article its explanations quote.
 */
export async function sealKey(
  key: AnswerKey,
  secret: string,
  context: string,
  dictionary: Uint8Array = new Uint8Array(),
): Promise<SealedKey> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(context) },
    await aesKey(secret),
    fromBase64Url(await encodeJsonWithDictionary(key, dictionary)) as Uint8Array<ArrayBuffer>,
  );
  return { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
}

/** Never throws: the key, or `ok: false` for a wrong secret, another quiz's key, or a damaged one. */
export async function openKey(
  sealed: SealedKey,
  secret: string,
  context: string,
  dictionary: Uint8Array = new Uint8Array(),
): Promise<{ ok: true; key: AnswerKey } | { ok: false; message: string }> {
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: fromBase64Url(sealed.iv) as Uint8Array<ArrayBuffer>,
        additionalData: new TextEncoder().encode(context),
      },
      await aesKey(secret),
      fromBase64Url(sealed.data) as Uint8Array<ArrayBuffer>,
    );
    const key: unknown = await decodeJsonWithDictionary(
      toBase64Url(new Uint8Array(plain)),
      Number.POSITIVE_INFINITY,
      MAX_KEY_JSON_BYTES,
      dictionary,
    );
    if (key === null || typeof key !== "object" || Array.isArray(key)) throw new Error("not a key");
    return { ok: true, key: key as AnswerKey };
  } catch {
    return {
      ok: false,
      message:
        "These answers cannot be opened: the release link is not this quiz’s, or it was damaged. Ask your teacher for it again.",
    };
  }
}
