/**
 * Finding a teacher's words in the article: what they selected with the
 * mouse, or typed or pasted into a field (the keyboard way), as spans into
 * `body`. Typed words rarely match byte for byte: a teacher types ' where the
 * article prints ’, or copies a line break, so quotation marks, apostrophes,
 * dashes, spaces and letter case are matched loosely; word edges are not.
 */
import type { Span } from "../article";
import { sentenceAround } from "../text";

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const LOOSE: Record<string, string> = {
  "'": "['‘’ʼ]",
  "‘": "['‘’ʼ]",
  "’": "['‘’ʼ]",
  ʼ: "['‘’ʼ]",
  '"': '["“”]',
  "“": '["“”]',
  "”": '["“”]',
  "-": "[-‐‑‒–—]",
  "–": "[-‐‑‒–—]",
  "—": "[-‐‑‒–—]",
};

/** Every place `words` is written in `body` as whole words, in order. */
export function findWords(body: string, words: string): Span[] {
  const wanted = words.trim();
  if (!wanted) return [];
  let pattern = "";
  for (const part of wanted.split(/(\s+)/)) {
    if (/^\s+$/.test(part)) pattern += "\\s+";
    else for (const c of part) pattern += LOOSE[c] ?? c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  // Word edges only where the words start or end with a letter or digit: "“Hello" may follow anything.
  const before = isWord(wanted[0]) ? "(?<![\\p{L}\\p{N}])" : "";
  const after = isWord(wanted.at(-1)) ? "(?![\\p{L}\\p{N}])" : "";
  const found: Span[] = [];
  for (const m of body.matchAll(new RegExp(`${before}${pattern}${after}`, "giu")))
    found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * A mouse selection widened to whole words and trimmed of spaces: dragging
 * across "kafor sai" means "Okafor said".
 */
export function snapToWords(body: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, body.length));
  let end = Math.max(start, Math.min(span.end, body.length));
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start === end) return { start, end };
  while (start > 0 && isWord(body[start - 1]) && isWord(body[start])) start--;
  while (end < body.length && isWord(body[end]) && isWord(body[end - 1])) end++;
  return { start, end };
}

const OPENING_QUOTES = /^[\s"“‘']+/;
const CLOSING_QUOTES = /[\s"”’',]+$/;

/**
 * The words a fact keeps, from what was selected: a quotation without its
 * quotation marks (and the comma before "she said"), a name without the
 * punctuation or possessive after it ("Carvalho’s" is Carvalho).
 */
export function trimWords(body: string, span: Span, kind: "quote" | "name" | "plain"): Span {
  let { start, end } = span;
  const text = () => body.slice(start, end);
  if (kind === "quote") {
    start += OPENING_QUOTES.exec(text())?.[0].length ?? 0;
    end -= CLOSING_QUOTES.exec(text())?.[0].length ?? 0;
  } else {
    start += /^[\s"“‘'(]+/.exec(text())?.[0].length ?? 0;
    end -= /[\s"”’'),.;:!?]+$/.exec(text())?.[0].length ?? 0;
    if (kind === "name") end -= /['’]s$/.exec(text())?.[0].length ?? 0;
  }
  return end > start ? { start, end } : { start, end: start };
}

/** The sentence or sentences holding `span`: the evidence of a fact a teacher adds. */
export function sentencesHolding(body: string, span: Span): Span {
  const sentence = sentenceAround(body, span);
  return { start: Math.min(sentence.start, span.start), end: Math.max(sentence.end, span.end) };
}

/** True when `span` lies between quotation marks in its paragraph: words someone said, not what the article states. */
export function insideQuotation(body: string, span: Span): boolean {
  const paragraphStart = body.lastIndexOf("\n", span.start - 1) + 1;
  const before = body.slice(paragraphStart, span.start);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/** True when the span runs over a paragraph break. */
export const acrossParagraphs = (body: string, span: Span) => body.slice(span.start, span.end).includes("\n");
