/**
 * An article's sentences, for a teacher picking the evidence of a question
 * they wrote. Uses the engine's own sentence rule (sentenceAround), so the
 * sentence picked is the sentence students are shown.
 */
import type { Span } from "../article/types";
import { sentenceAround } from "../quiz/text";

export interface Sentence {
  span: Span;
  text: string;
}

export function articleSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let position = 0;
  while (position < body.length) {
    while (position < body.length && /\s/.test(body[position]!)) position++;
    if (position >= body.length) break;
    const span = sentenceAround(body, { start: position, end: position + 1 });
    // sentenceAround never moves backwards past `position` here, but guard against a stuck loop anyway.
    const end = Math.max(span.end, position + 1);
    const start = Math.max(span.start, position);
    const text = body.slice(start, end).trim();
    if (text) sentences.push({ span: { start, end }, text });
    position = end;
  }
  return sentences;
}

/** The sentence a span starts in, as the engine shows evidence. */
export function sentenceText(body: string, evidence: readonly Span[]): string {
  const main = evidence[0];
  if (!main) return "";
  const span = sentenceAround(body, main);
  return body.slice(span.start, span.end).trim();
}

/** The sentence in quotation marks, unless it already starts or ends with its own (a quotation in the article). */
export function quoted(text: string): string {
  return /^[“"‘']/.test(text) || /[”"’']$/.test(text) ? text : `“${text}”`;
}
