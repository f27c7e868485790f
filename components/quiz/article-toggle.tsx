"use client";

/** "Show article" / "Hide article" beside a quiz, for quizzes whose teacher lets students read while answering. */
export function ArticleToggle({ open, panelId, onToggle }: { open: boolean; panelId: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
      className="rounded-control border border-line bg-surface px-3.5 py-2 text-sm font-medium hover:border-accent"
    >
      {open ? "Hide article" : "Show article"}
    </button>
  );
}
