/**
 * JSON ⇄ a short, URL-fragment-safe string: JSON → UTF-8 → raw DEFLATE →
 * base64url without padding. The building block of quiz links and result
 * codes (quiz-link.ts, result-code.ts), which add a version prefix and
 * validate what comes out; this layer knows nothing about their shape.
 *
 * Formats 1 and 2 use the platform's CompressionStream ("deflate-raw"),
 * present in every current browser and in Node ≥ 20. Format 3 compresses
 * with a preset dictionary (the article's text and the engine's stock
 * phrases, which its questions quote over and over): that halves a link,
 * so a 10-question quiz fits a QR code. The platform's streams take no
 * dictionary, so that one path uses fflate (8 kB, the same DEFLATE).
 *
 * @example
 * const text = await encodeJson({ hello: "world" });   // "q1YqSS0uUbJSKs8vykmhVQIA"-like
 * await decodeJson(text, 1000);                        // { hello: "world" }
 */

import { loadOnce } from "../load-once";

/** Why a string could not be decoded. The callers turn these into messages for people. */
export type CodecErrorCode = "empty" | "too-large" | "not-base64" | "corrupt" | "unavailable";

export class CodecError extends Error {
  readonly code: CodecErrorCode;

  constructor(code: CodecErrorCode, detail: string) {
    super(detail);
    this.name = "CodecError";
    this.code = code;
  }
}

// fflate is fetched with the first code made or opened, not with the page: an empty gradebook, or a
// builder before "Create link", never needs it.
const fflate = loadOnce(() => import("fflate"));
async function loadFflate(): Promise<typeof import("fflate")> {
  try {
    return await fflate.load();
  } catch (error) {
    throw new CodecError("unavailable", error instanceof Error ? error.message : String(error));
  }
}

/**
 * Decompressed size above which decoding stops, when the caller does not
 * say. DEFLATE can expand a thousandfold, so a 10 kB link could otherwise
 * ask the browser for 10 MB (a "decompression bomb").
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 256 * 1024;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/** base64url without "=" padding: safe in a URL fragment, a query string and a chat message. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  return out;
}

/**
 * Strict inverse of toBase64Url: only the 64 URL-safe characters, no
 * padding, and the unused low bits of the last character must be zero. The
 * last rule gives each byte string exactly one spelling, so a changed
 * character can never decode to the same bytes unnoticed.
 */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new CodecError("not-base64", "length is not a possible base64 length");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUE_OF[code]! : -1;
    if (value < 0) throw new CodecError("not-base64", `character ${JSON.stringify(text[i])} at ${i} is not base64url`);
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[o++] = (bits >>> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
    }
  }
  if (bits !== 0) throw new CodecError("not-base64", "the last character has stray bits");
  return out;
}

/** Runs `input` through a (de)compression stream, reading at most `maxBytes` of output. */
async function pipeThrough(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // A corrupt input errors both sides; the readable side reports it below,
  // so the writable side's rejection is only silenced here, never lost.
  writer
    .write(input as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (error) {
      throw new CodecError("corrupt", error instanceof Error ? error.message : String(error));
    }
    if (step.done) break;
    total += step.value.byteLength;
    if (total > maxBytes) {
      // Stop the bomb: no more output is produced once the reader is cancelled.
      await reader.cancel().catch(() => undefined);
      throw new CodecError("too-large", `more than ${maxBytes} bytes once decompressed`);
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** JSON → UTF-8 → raw DEFLATE → base64url (no padding). */
export async function encodeJson(value: unknown): Promise<string> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("encodeJson: value has no JSON form");
  const compressed = await pipeThrough(
    new TextEncoder().encode(json),
    new CompressionStream("deflate-raw"),
    Number.POSITIVE_INFINITY,
  );
  return toBase64Url(compressed);
}

/**
 * Inverse of encodeJson. `maxChars` caps the encoded text (checked before
 * any work); `maxBytes` caps the decompressed JSON. Throws CodecError:
 * "empty", "too-large", "not-base64" or "corrupt" (not DEFLATE, not UTF-8,
 * or not JSON). The result is untrusted: validate it.
 */
export async function decodeJson(
  text: string,
  maxChars: number,
  maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<unknown> {
  if (text.length === 0) throw new CodecError("empty", "nothing to decode");
  if (text.length > maxChars) throw new CodecError("too-large", `${text.length} characters, more than ${maxChars}`);
  const compressed = fromBase64Url(text);
  return parseJsonBytes(await pipeThrough(compressed, new DecompressionStream("deflate-raw"), maxBytes));
}

/**
 * encodeJson with a preset dictionary: text both sides already have (the
 * article, stock phrases), so the code only refers to it.
 */
export async function encodeJsonWithDictionary(value: unknown, dictionary: Uint8Array): Promise<string> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("encodeJsonWithDictionary: value has no JSON form");
  const { deflateSync } = await loadFflate();
  return toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9, dictionary }));
}

/** Inverse of encodeJsonWithDictionary, with decodeJson's caps and errors. The dictionary must be the one it was encoded with. */
export async function decodeJsonWithDictionary(
  text: string,
  maxChars: number,
  maxBytes: number,
  dictionary: Uint8Array,
): Promise<unknown> {
  if (text.length === 0) throw new CodecError("empty", "nothing to decode");
  if (text.length > maxChars) throw new CodecError("too-large", `${text.length} characters, more than ${maxChars}`);
  const compressed = fromBase64Url(text);
  const { Inflate } = await loadFflate();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate({ dictionary }, (chunk, final) => {
    total += chunk.byteLength;
    // Stop the bomb: throwing here ends the inflation before more output is made.
    if (total > maxBytes) throw new CodecError("too-large", `more than ${maxBytes} bytes once decompressed`);
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    inflate.push(compressed, true);
  } catch (error) {
    if (error instanceof CodecError) throw error;
    throw new CodecError("corrupt", error instanceof Error ? error.message : String(error));
  }
  if (!ended) throw new CodecError("corrupt", "the compressed data ends too early");
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return parseJsonBytes(bytes);
}

function parseJsonBytes(bytes: Uint8Array): unknown {
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CodecError("corrupt", "not UTF-8 text");
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new CodecError("corrupt", "not JSON");
  }
}

/**
 * JSON with object keys sorted at every level, so the same value always
 * gives the same text whatever order its keys were built in (for hashing).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 hex digits. Not
 * cryptographic: it tells quizzes and results apart, it does not stop a
 * forger (nothing can, without a server; scores are recomputed anyway).
 */
export function fnv1a64(text: string): string {
  // Two 32-bit halves with Math.imul: BigInt would be simpler but ~50× slower.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo = (lo ^ byte) >>> 0;
    // (hi:lo) × 0x100000001b3 = (hi:lo) × 0x1b3 + (lo << 40)
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    const newHi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
    hi = newHi;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** CRC-32 (IEEE) of an ASCII string, as 8 lowercase hex digits: catches every one-character change. */
export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
