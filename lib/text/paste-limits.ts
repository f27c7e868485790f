/**
 * How much pasted text the app takes, and whether it is text at all. Kept
 * apart from the extractor: the paste form counts words as the teacher
 * types, and must not load the NLP library to do so.
 */

/** Above this many words extraction is refused: it would take too long in a browser tab and no class reads that much. */
export const MAX_WORDS = 30_000;
/** And above this many characters, however few words: one pasted 1 MB line would fill most of the browser's storage. */
export const MAX_CHARS = 250_000;

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Words as a reader would count them ("don’t", "U.S.", "50,000" count once... roughly). */
export function countWords(text: string, stopAfter = Infinity): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) {
    count++;
    if (count > stopAfter) break;
  }
  return count;
}

/**
 * Share of characters that cannot be text a person wrote: NUL and other
 * control characters, U+FFFD left by a wrong decoding, private-use code points.
 */
export function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const bad = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g)?.length ?? 0;
  return bad / sample.length;
}

/**
 * Not text a person wrote: a NUL byte (no text file has one; every binary
 * format does) or more than 5% of unreadable characters. Checked before any
 * length limit, so a binary file is called what it is, not "too long".
 */
export function isNotText(text: string): boolean {
  return text.includes("\u0000") || garbageShare(text) > 0.05;
}
