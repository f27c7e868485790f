import type { Span } from "@/lib/article";
import { sentenceAround } from "@/lib/text";

/**
 * The sentence a fact was found in, its words marked (`words`, else the
 * whole evidence). Text only: the article is never parsed as HTML.
 */
export function EvidenceSnippet({ body, span, words = span }: { body: string; span: Span; words?: Span }) {
  const sentence = sentenceAround(body, span);
  const start = Math.min(Math.max(sentence.start, 0), words.start);
  const end = Math.min(Math.max(sentence.end, span.end, words.end), body.length);
  return (
    <p className="font-serif text-[0.95rem] leading-relaxed text-ink">
      <span className="sr-only">In the article: </span>
      {body.slice(start, words.start)}
      <mark>{body.slice(words.start, words.end)}</mark>
      {body.slice(words.end, end)}
    </p>
  );
}
