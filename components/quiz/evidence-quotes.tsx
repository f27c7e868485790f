import { quoted } from "@/lib/text";

/** The sentences that prove an answer, each quoted on its own (a matching or ordering question has several). */
export function EvidenceQuotes({ sentences, className = "" }: { sentences: string[]; className?: string }) {
  if (sentences.length === 0) return null;
  const quote = "border-l-4 border-current/30 pl-3 font-serif italic text-ink";
  return (
    <figure className={className}>
      <figcaption className="text-xs font-semibold tracking-wider text-muted uppercase">
        {sentences.length === 1 ? "From the article" : `From the article: ${sentences.length} sentences`}
      </figcaption>
      {sentences.length === 1 ? (
        <blockquote className={`mt-1 ${quote}`}>{quoted(sentences[0]!)}</blockquote>
      ) : (
        <ul className="mt-1 grid gap-2">
          {sentences.map((sentence, i) => (
            <li key={i}>
              <blockquote className={quote}>{quoted(sentence)}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
