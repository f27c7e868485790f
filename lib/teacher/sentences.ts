/**
 * An article's sentences, for a teacher picking the evidence of a question
 * they wrote: the article's one sentence rule (lib/text), so the sentence
 * picked is the sentence students are shown.
 */
import type { Span } from "../article";
import { sentencesOf, spanText } from "../text";

export { quoted, sentenceText } from "../text";

export interface Sentence {
  span: Span;
  text: string;
}

export function articleSentences(body: string): Sentence[] {
  return sentencesOf(body).map(({ start, end }) => ({ span: { start, end }, text: spanText(body, { start, end }) }));
}
