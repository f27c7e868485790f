"use client";
import { useEffect, useRef } from "react";
import type { Article, Span } from "@/lib/article";
import { ArticleText } from "@/components/article/article-text";
import { ReadAloud } from "@/components/article/read-aloud";
import type { DefinedWord } from "@/lib/article";

interface Props {
  id: string;
  article: Pick<Article, "title" | "paragraphs" | "dateline">;
  highlights: Span[];
  /** On the results, a way back to the review card whose proof is shown (the panel may be far below it on a phone). */
  backTo?: { label: string; onBack: () => void };
  /** Defined words to explain; the quiz passes none while a word question (a meaning, or words to match with theirs) is on screen. */
  words?: DefinedWord[];
}

/** The article beside the quiz (below it on narrow screens), scrolled to the highlighted evidence. */
export function ArticlePanel({ id, article, highlights, backTo, words }: Props) {
  const { title, paragraphs, dateline } = article;
  const ref = useRef<HTMLElement>(null);
  const key = highlights.map((s) => `${s.start}-${s.end}`).join(",");

  useEffect(() => {
    const panel = ref.current;
    const mark = panel?.querySelector("mark");
    // Only the panel's own scroll moves: scrolling the page would pull the
    // reader away from the question and the focused button.
    if (!panel || !mark || panel.scrollHeight <= panel.clientHeight + 1) return;
    const top =
      mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop - panel.clientHeight / 3;
    panel.scrollTo({ top });
  }, [key]);

  return (
    <aside
      id={id}
      ref={ref}
      aria-label="Article text"
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-6 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
      tabIndex={0}
    >
      <h2 className="mb-3 font-serif text-xl leading-snug font-bold">{title}</h2>
      <div className="mb-3">
        <ReadAloud paragraphs={paragraphs} targetId={`${id}-text`} />
      </div>
      {highlights.length > 0 && <p className="mb-3 text-sm text-muted">The highlighted words prove the answer.</p>}
      <ArticleText
        paragraphs={paragraphs}
        dateline={dateline}
        highlights={highlights}
        words={words}
        id={`${id}-text`}
      />
      {backTo && (
        // Sticky: in reach wherever the highlighted sentence is in the text.
        <div className="pointer-events-none sticky bottom-3 mt-4 flex justify-end">
          <button
            type="button"
            onClick={backTo.onBack}
            className="pointer-events-auto rounded-control border border-accent bg-surface px-3.5 py-2 text-sm font-semibold text-accent shadow-card hover:bg-accent-soft"
          >
            <span aria-hidden="true">↑ </span>
            {backTo.label}
          </button>
        </div>
      )}
    </aside>
  );
}
