import type { Span } from "@/lib/article/types";
import { sentenceAround } from "@/lib/text";

/** The sentence a fact was found in, its evidence marked. Text only: the article is never parsed as HTML. */
export function EvidenceSnippet({ body, span }: { body: string; span: Span }) {
  const sentence = sentenceAround(body, span);
  const start = Math.max(sentence.start, 0);
  const end = Math.min(Math.max(sentence.end, span.end), body.length);
  return (
    <p className="font-serif text-[0.95rem] leading-relaxed text-ink">
      <span className="sr-only">In the article: </span>
      {body.slice(start, span.start)}
      <mark>{body.slice(span.start, span.end)}</mark>
      {body.slice(span.end, end)}
    </p>
  );
}
