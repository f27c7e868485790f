"use client";
import { useEffect, useMemo } from "react";
import { currentItem, readItems, readStatusText, type ReadItem } from "@/lib/read-aloud";
import { keepInView, rangesOf, showReading } from "@/components/read-aloud/highlight";
import { ReadAloudControls } from "@/components/read-aloud/read-aloud-controls";
import { useReadAloud } from "@/components/read-aloud/use-read-aloud";

interface Props {
  paragraphs: string[];
  /** Id of the element ArticleText renders the same paragraphs into, one <p> each. */
  targetId: string;
}

/** Read the article aloud sentence by sentence, the sentence highlighted and kept in view. */
export function ReadAloud({ paragraphs, targetId }: Props) {
  const items = useMemo(() => readItems(paragraphs), [paragraphs]);
  const reader = useReadAloud(items);
  useSentenceHighlight(targetId, paragraphs, currentItem(reader.state));
  return (
    <ReadAloudControls reader={reader} label="Read aloud" status={readStatusText(reader.state, paragraphs.length)} />
  );
}

/** Highlights the sentence in the rendered article and scrolls it into view. */
function useSentenceHighlight(targetId: string, paragraphs: string[], item: ReadItem | undefined) {
  useEffect(() => {
    if (!item) return;
    const paragraph = document.getElementById(targetId)?.querySelectorAll(":scope > p")[item.paragraph];
    if (!paragraph) return;
    let paragraphStart = 0;
    for (let p = 0; p < item.paragraph; p++) paragraphStart += paragraphs[p]!.length + 2;
    const ranges = rangesOf(paragraph, item.start - paragraphStart, item.end - paragraphStart);
    if (ranges.length === 0) return;
    const hide = showReading(ranges);
    keepInView(ranges[0]!, paragraph);
    return hide;
  }, [targetId, paragraphs, item]);
}
