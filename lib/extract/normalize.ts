/**
 * Turning whatever a teacher pastes into the paragraphs of an Article.
 * Every Span of the extracted facts points into the text produced here, so
 * this runs first and nothing after it changes the text.
 */

// The limits and checks the paste form also runs as the teacher types: they live in lib/text so that
// the form does not load the extractor (and its NLP library) to count words.
export { MAX_WORDS, MAX_CHARS, countWords, garbageShare, isNotText } from "../text";

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
