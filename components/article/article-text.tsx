import type { ReactNode } from "react";
import type { Span } from "@/lib/article";
import { paragraphStarts, segmentParagraphs } from "@/lib/article";
import type { DefinedWord } from "@/lib/article";

interface Props {
  paragraphs: string[];
  /** Evidence to wrap in <mark>; offsets into the joined body. */
  highlights?: Span[];
  /** Renders the dateline at the start of the first paragraph in small capitals. */
  dateline?: string;
  className?: string;
  /** Lets the read-aloud control find these paragraphs to highlight its sentence. */
  id?: string;
  /** Words whose meaning a tap or focus shows; offsets into the joined body. */
  words?: DefinedWord[];
}

/**
 * The article's paragraphs as text, with evidence spans marked and defined
 * words as buttons opening their meaning. Has no hooks (the meanings are
 * native popovers: Enter or a tap opens, Escape or a tap elsewhere closes),
 * so it renders on the server for the article page and inside the quiz's
 * client panel alike.
 */
export function ArticleText({ paragraphs, highlights = [], dateline, className = "", id, words = [] }: Props) {
  const segmented = segmentParagraphs(paragraphs, highlights);
  const starts = paragraphStarts(paragraphs);
  return (
    <div id={id} className={`font-serif text-[length:var(--reading-size)] leading-[1.7] text-ink ${className}`}>
      {segmented.map((segments, p) => {
        let offset = starts[p] ?? 0;
        return (
          <p key={p} className="mb-[1.1em] last:mb-0">
            {segments.map((segment, s) => {
              const from = offset;
              offset += segment.text.length;
              if (segment.highlighted) return <mark key={s}>{segment.text}</mark>;
              if (p === 0 && s === 0 && dateline && segment.text.startsWith(dateline)) {
                return (
                  <span key={s}>
                    <span className="font-sans text-[0.85em] font-bold tracking-wider">{dateline}</span>
                    {withWords(segment.text.slice(dateline.length), from + dateline.length, words, id)}
                  </span>
                );
              }
              return <span key={s}>{withWords(segment.text, from, words, id)}</span>;
            })}
          </p>
        );
      })}
    </div>
  );
}

/** The text starting at body offset `from`, each defined word wholly inside it a button with its meaning. */
function withWords(text: string, from: number, words: readonly DefinedWord[], scope = "article"): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = 0;
  for (const word of words) {
    const start = word.start - from;
    const end = word.end - from;
    if (start < cursor || end > text.length) continue;
    if (start > cursor) out.push(text.slice(cursor, start));
    const popover = `${scope}-word-${word.start}`;
    out.push(
      <span key={word.start}>
        <button
          type="button"
          popoverTarget={popover}
          aria-describedby={popover}
          className="cursor-help rounded-sm underline decoration-accent decoration-dotted decoration-2 underline-offset-4 hover:bg-accent-soft"
        >
          {text.slice(start, end)}
        </button>
        <span
          id={popover}
          popover="auto"
          className="m-auto max-w-xs rounded-card border border-line bg-surface p-4 font-sans text-base text-ink shadow-card backdrop:bg-black/20"
        >
          <span className="font-semibold">“{word.term}”</span> here means: {word.meaning}
        </span>
      </span>,
    );
    cursor = end;
  }
  if (cursor < text.length) out.push(text.slice(cursor));
  return out;
}
