/**
 * Splits an article's paragraphs into plain and highlighted runs, so the UI
 * can wrap evidence spans in <mark> while rendering every character as text.
 */
import type { Span } from "./types";

export interface Segment {
  text: string;
  highlighted: boolean;
}

/** Paragraph i starts where `paragraphs.join("\n\n")` puts it. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 2;
  }
  return starts;
}

/** Overlapping or touching spans become one; empty spans are dropped. */
export function normalizeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).toSorted((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function segmentParagraphs(paragraphs: readonly string[], spans: readonly Span[]): Segment[][] {
  const marks = normalizeSpans(spans);
  const starts = paragraphStarts(paragraphs);
  return paragraphs.map((paragraph, p) => {
    const base = starts[p] ?? 0;
    const segments: Segment[] = [];
    let cursor = 0;
    for (const mark of marks) {
      const from = Math.max(mark.start - base, cursor);
      const to = Math.min(mark.end - base, paragraph.length);
      if (to <= from) continue;
      if (from > cursor) segments.push({ text: paragraph.slice(cursor, from), highlighted: false });
      segments.push({ text: paragraph.slice(from, to), highlighted: true });
      cursor = to;
    }
    if (cursor < paragraph.length) segments.push({ text: paragraph.slice(cursor), highlighted: false });
    return segments;
  });
}
