/**
 * The read-aloud highlight (CSS Custom Highlight API: no DOM change, so
 * evidence <mark>s and React's own nodes stay as they are) and keeping what
 * is read in view.
 */
const HIGHLIGHT = "read-aloud";

/** Highlights the ranges; the returned function removes them, unless another control has highlighted since. */
export function showReading(ranges: Range[]): () => void {
  const highlights = typeof CSS !== "undefined" ? CSS.highlights : undefined;
  if (!highlights || typeof Highlight === "undefined" || ranges.length === 0) return () => {};
  const mine = new Highlight(...ranges);
  highlights.set(HIGHLIGHT, mine);
  return () => {
    if (highlights.get(HIGHLIGHT) === mine) highlights.delete(HIGHLIGHT);
  };
}

/**
 * Scrolls what is read into view: inside the scrolling box it sits in (the
 * quiz's article panel scrolls on its own), else the page; instantly under
 * reduced motion.
 */
export function keepInView(target: Range | Element, from: Element) {
  const box = target.getBoundingClientRect();
  const behavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  const scroller = scrollingParent(from);
  if (scroller) {
    const frame = scroller.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom)
      scroller.scrollTo({ top: scroller.scrollTop + box.top - frame.top - frame.height / 3, behavior });
    return;
  }
  if (box.top < 0 || box.bottom > window.innerHeight)
    window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 3, behavior });
}

function scrollingParent(element: Element): Element | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight + 1) return node;
  }
  return null;
}

/**
 * DOM ranges over characters [from, to) of an element's text, one per text
 * node, so the meanings of defined words (popovers inside the paragraph)
 * are neither counted nor part of the highlight.
 */
export function rangesOf(root: Element, from: number, to: number): Range[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("[popover]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const ranges: Range[] = [];
  let offset = 0;
  for (let node = walker.nextNode(); node && offset < to; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + length);
    if (b > a) {
      const range = document.createRange();
      range.setStart(node, a - offset);
      range.setEnd(node, b - offset);
      ranges.push(range);
    }
    offset += length;
  }
  return ranges;
}
