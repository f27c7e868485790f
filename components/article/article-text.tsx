import type { Span } from "@/lib/article/types";
import { segmentParagraphs } from "@/lib/article/segments";

interface Props {
  paragraphs: string[];
  /** Evidence to wrap in <mark>; offsets into the joined body. */
  highlights?: Span[];
  /** Renders the dateline at the start of the first paragraph in small capitals. */
  dateline?: string;
  className?: string;
  /** Lets the read-aloud control find these paragraphs to highlight its sentence. */
  id?: string;
}

/**
 * The article's paragraphs as text, with evidence spans marked. Has no hooks,
 * so it renders on the server for the article page and inside the quiz's
 * client panel alike.
 */
export function ArticleText({ paragraphs, highlights = [], dateline, className = "", id }: Props) {
  const segmented = segmentParagraphs(paragraphs, highlights);
  return (
    <div id={id} className={`font-serif text-[length:var(--reading-size)] leading-[1.7] text-ink ${className}`}>
      {segmented.map((segments, p) => (
        <p key={p} className="mb-[1.1em] last:mb-0">
          {segments.map((segment, s) => {
            if (segment.highlighted) return <mark key={s}>{segment.text}</mark>;
            if (p === 0 && s === 0 && dateline && segment.text.startsWith(dateline)) {
              return (
                <span key={s}>
                  <span className="font-sans text-[0.85em] font-bold tracking-wider">{dateline}</span>
                  {segment.text.slice(dateline.length)}
                </span>
              );
            }
            return <span key={s}>{segment.text}</span>;
          })}
        </p>
      ))}
    </div>
  );
}
