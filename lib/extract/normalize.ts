/**
 * Turning whatever a teacher pastes into the paragraphs of an Article.
 * Every Span of the extracted facts points into the text produced here, so
 * this runs first and nothing after it changes the text.
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

/**
 * Plain paragraphs: CRLF and CR become LF; non-breaking and other odd spaces
 * become spaces; zero-width characters, soft hyphens and control characters
 * go; typeset ligatures (ﬁ, ﬂ) become their letters; runs of spaces collapse. A blank line separates paragraphs; single line
 * breaks inside a paragraph (hard-wrapped text) are joined with a space.
 */
export function toParagraphs(text: string): string[] {
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n\n")
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g, "")
    // Text copied from a PDF keeps its typeset ligatures ("ﬁrst"): a word no search or dictionary finds.
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize("NFKC"));
  return cleaned
    .split(/\n[ ]*\n+/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .join(" ")
        .replace(/ {2,}/g, " ")
        .trim(),
    )
    .filter((paragraph) => paragraph !== "");
}

/** "Inky the Octopus Escapes!" → "inky-the-octopus-escapes"; accents folded, at most 60 characters. */
export function slugify(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= 60) return ascii;
  const cut = ascii.slice(0, 60);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 30 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}
