"use client";
import { useEffect, useRef } from "react";
import { snapToWords } from "@/lib/my-articles";
import type { Span } from "@/lib/article";

interface Props {
  paragraphs: string[];
  body: string;
  /** Words selected with the mouse (or the keyboard's caret browsing), widened to whole words. */
  onSelect: (span: Span) => void;
}

/** Where a point of the selection is in `body`: the paragraph's offset plus the text before the point in it. */
function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-start]");
  if (!paragraph || !root.contains(paragraph)) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/**
 * The article as plain text (never HTML), in a box of its own to select
 * words from. Each paragraph is one text node, so a selection maps to
 * offsets into `body` exactly.
 */
export function ArticleText({ paragraphs, body, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    const changed = () => {
      const selection = document.getSelection();
      const box = root.current;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !box) return;
      const range = selection.getRangeAt(0);
      if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return;
      const start = offsetOf(range.startContainer, range.startOffset, box);
      const end = offsetOf(range.endContainer, range.endOffset, box);
      if (start === null || end === null) return;
      const span = snapToWords(body, { start: Math.min(start, end), end: Math.max(start, end) });
      if (span.end > span.start) select.current(span);
    };
    document.addEventListener("selectionchange", changed);
    return () => document.removeEventListener("selectionchange", changed);
  }, [body]);

  const starts = paragraphs.reduce<number[]>(
    (list, _, i) => [...list, i === 0 ? 0 : list[i - 1]! + paragraphs[i - 1]!.length + 2],
    [],
  );
  return (
    <div
      ref={root}
      role="region"
      aria-label="Article text"
      aria-describedby="article-text-hint"
      tabIndex={0}
      className="max-h-[26rem] overflow-y-auto rounded-control border-2 border-line bg-surface p-3 font-serif text-[0.95rem] leading-relaxed text-ink sm:p-4"
    >
      {paragraphs.map((paragraph, i) => (
        <p key={i} data-start={starts[i]} className="mb-3 last:mb-0">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
