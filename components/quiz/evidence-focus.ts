/**
 * Moving a student between a review card and its proof in the article panel. On a phone the panel is
 * below every card (a page of several thousand pixels), so each move also brings its target into view.
 */

/** Focuses the article panel and brings its highlighted proof into view. */
export function focusEvidence(panelId: string): void {
  requestAnimationFrame(() => {
    const panel = document.getElementById(panelId);
    if (!panel) return;
    panel.focus({ preventScroll: true });
    const mark = panel.querySelector("mark");
    const rect = (mark ?? panel).getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) (mark ?? panel).scrollIntoView({ block: "center" });
  });
}

/** Back to the card's own "Show in article" button, where the student left off (`index` counts from 0). */
export function focusReviewCard(index: number): void {
  const button = document.getElementById(`show-evidence-${index + 1}`);
  button?.focus({ preventScroll: true });
  button?.scrollIntoView({ block: "center" });
}

/** An id for a session: randomUUID is missing outside secure contexts (a school intranet over plain http). */
export function newSessionId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
