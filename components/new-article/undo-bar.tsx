"use client";

interface Props {
  /** What Undo would undo, the newest change; none: nothing to undo yet. */
  last: string | undefined;
  count: number;
  onUndo: () => void;
}

/**
 * Stays in view while the teacher works down a long review. The button is
 * never disabled (only marked so): a disabled button would drop the focus of
 * someone who pressed it for the last change.
 */
export function UndoBar({ last, count, onUndo }: Props) {
  return (
    <div className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-control border border-line bg-surface px-3 py-2 shadow-card">
      <button
        type="button"
        aria-disabled={last === undefined}
        onClick={() => {
          if (last !== undefined) onUndo();
        }}
        aria-describedby="undo-last"
        className="rounded-control border-2 border-accent px-3 py-1 font-semibold text-accent hover:bg-accent-soft aria-disabled:cursor-not-allowed aria-disabled:border-line aria-disabled:text-muted aria-disabled:hover:bg-transparent"
      >
        Undo
      </button>
      <p id="undo-last" className="min-w-0 flex-1 text-sm text-muted">
        {last === undefined
          ? "Nothing to undo yet."
          : `Last change: ${last}${count > 1 ? ` (${count} changes can be undone)` : ""}`}
      </p>
    </div>
  );
}
