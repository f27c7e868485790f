/**
 * Where a sentence of an article begins and ends: the one rule the
 * extractor, the question engine, the builder and the review all use, so the
 * sentence a fact was read from is the sentence a student is shown as proof.
 */
import type { Span } from "../article";

// Words that end in a dot without ending a sentence ("the U.S. National Committee").
const ABBREVIATION = /(?:\p{Lu}\.){2,}$|(?:^|[\s(“"-])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|Gen|Gov|Sen|Rep)\.$/u;

/**
 * True when the punctuation at `punctuationIndex` ends a sentence;
 * `afterIndex` points just past it and any closing quotes.
 */
function endsSentenceAt(body: string, punctuationIndex: number, afterIndex: number): boolean {
  if (
    body[punctuationIndex] === "." &&
    ABBREVIATION.test(body.slice(Math.max(0, punctuationIndex - 12), punctuationIndex + 1))
  ) {
    return false;
  }
  // A new sentence starts with a capital, a digit or an opening quote.
  let i = afterIndex;
  if (i >= body.length) return true;
  if (!/\s/.test(body[i]!)) return false;
  while (i < body.length && /\s/.test(body[i]!)) {
    if (body[i] === "\n") return true;
    i++;
  }
  return i >= body.length || /[\p{Lu}\p{N}“"‘']/u.test(body[i]!);
}

const TERMINAL = /[.!?…]/;
const CLOSING = /[”’"')\]]/;

/**
 * The whole sentence (or sentences) containing `span`, without surrounding
 * spaces. Paragraph breaks always end a sentence. Used to show evidence as a
 * readable sentence rather than a three-word fragment.
 */
export function sentenceAround(body: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, body.length));
  let end = Math.max(start, Math.min(span.end, body.length));

  // Walk back to just after the previous sentence end or paragraph break.
  while (start > 0) {
    const prev = body[start - 1]!;
    if (prev === "\n") break;
    if (/\s/.test(prev)) {
      // Skip back over closing quotes to the punctuation that may end a sentence.
      let p = start - 2;
      while (p >= 0 && CLOSING.test(body[p]!)) p--;
      if (p >= 0 && TERMINAL.test(body[p]!) && endsSentenceAt(body, p, start - 1)) break;
    }
    start--;
  }
  // Walk forward to the end of the sentence the span ends in; a span that
  // already ends with a full stop (and closing quotes) ends right there.
  while (end > start && CLOSING.test(body[end - 1]!)) end--;
  if (end > start && TERMINAL.test(body[end - 1]!)) end--;
  while (end < body.length) {
    const ch = body[end]!;
    if (ch === "\n") break;
    if (TERMINAL.test(ch)) {
      let after = end + 1;
      while (after < body.length && CLOSING.test(body[after]!)) after++;
      if (endsSentenceAt(body, end, after)) {
        end = after;
        break;
      }
    }
    end++;
  }
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/**
 * Every sentence of a body whose paragraphs are separated by blank lines (or
 * of the given paragraphs, by their start offsets); no sentence crosses a
 * paragraph.
 */
export function sentencesOf(
  body: string,
  paragraphStarts?: readonly number[],
  paragraphs?: readonly string[],
): Sentence[] {
  const starts = paragraphStarts ?? paragraphStartsOf(body);
  const ends = paragraphs
    ? starts.map((s, p) => s + paragraphs[p]!.length)
    : starts.map((_, p) => paragraphEnd(body, starts[p + 1]));
  const sentences: Sentence[] = [];
  starts.forEach((paragraphStart, p) => {
    const end = ends[p]!;
    let at = paragraphStart;
    while (at < end && /\s/.test(body[at]!)) at++;
    while (at < end) {
      const span = sentenceAround(body, { start: at, end: at });
      const stop = Math.min(Math.max(span.end, at + 1), end);
      const start = Math.max(span.start, at);
      if (/\S/.test(body.slice(start, stop))) sentences.push({ start, end: stop, paragraph: p });
      at = stop;
      while (at < end && /\s/.test(body[at]!)) at++;
    }
  });
  return sentences;
}

function paragraphStartsOf(body: string): number[] {
  const starts = [0];
  for (const m of body.matchAll(/\n\s*\n/g)) starts.push(m.index! + m[0].length);
  return starts.filter((s, i) => i === 0 || s < body.length);
}

/** A paragraph ends before the blank line that starts the next one. */
function paragraphEnd(body: string, nextStart: number | undefined): number {
  if (nextStart === undefined) return body.length;
  let end = nextStart;
  while (end > 0 && /\s/.test(body[end - 1]!)) end--;
  return end;
}

/** The text a span points at. */
export const spanText = (body: string, span: Span): string => body.slice(span.start, span.end);

/**
 * The sentences of a question's evidence as a student reads them: in the
 * article's order, each once, "…" where the article has text between them
 * ("“It is old,” he said." after the sentence that names him).
 */
export function sentenceText(body: string, evidence: readonly Span[]): string {
  const sentences = evidence
    .map((span) => sentenceAround(body, span))
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
  return sentences
    .map((s, i) => {
      const text = spanText(body, s);
      if (i === 0) return text;
      const gap = body.slice(sentences[i - 1]!.end, s.start);
      return /\S/.test(gap) ? `… ${text}` : text;
    })
    .join(" ");
}

/**
 * Every sentence the evidence falls in, in article order, each once: a
 * matching or ordering question is proved by several, and each is shown.
 */
export function evidenceSentences(body: string, evidence: readonly Span[]): string[] {
  const seen = new Set<string>();
  return evidence
    .map((span) => sentenceAround(body, span))
    .sort((a, b) => a.start - b.start)
    .filter((s) => {
      const key = `${s.start}-${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => spanText(body, s));
}
