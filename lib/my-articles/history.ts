/**
 * The review's undo history, as a pure reducer: the review (components/
 * new-article/fact-review.tsx) records each change it saves and asks here
 * what "Undo" should bring back. The saved facts stay the store's; this only
 * remembers what they were before each change.
 */
import type { ArticleFacts } from "../article";

/** Changes kept for undoing; older ones are forgotten. */
export const UNDO_LIMIT = 20;

export interface ReviewChange {
  before: ArticleFacts;
  after: ArticleFacts;
  /** What the change did, as the review announced it: "Removed Maria Okafor." */
  description: string;
}

export interface ReviewHistory {
  /** Oldest first. */
  past: readonly ReviewChange[];
}

export type ReviewAction =
  | { type: "changed"; before: ArticleFacts; after: ArticleFacts; description: string }
  | { type: "undone" }
  | { type: "cleared" };

export const emptyHistory = (): ReviewHistory => ({ past: [] });

export function reviewHistory(state: ReviewHistory, action: ReviewAction): ReviewHistory {
  switch (action.type) {
    case "changed":
      if (action.before === action.after) return state;
      return {
        past: [...state.past, { before: action.before, after: action.after, description: action.description }].slice(
          -UNDO_LIMIT,
        ),
      };
    case "undone":
      return state.past.length === 0 ? state : { past: state.past.slice(0, -1) };
    case "cleared":
      return state.past.length === 0 ? state : emptyHistory();
  }
}

export type UndoStep =
  { ok: true; facts: ArticleFacts; description: string } | { ok: false; reason: "nothing" | "changed-elsewhere" };

/**
 * What undoing the last change restores, if the facts are still what that
 * change left: when they were changed somewhere else since (another tab),
 * restoring the old facts would silently throw that work away.
 */
export function undoStep(state: ReviewHistory, current: ArticleFacts): UndoStep {
  const last = state.past.at(-1);
  if (!last) return { ok: false, reason: "nothing" };
  // Same object as saved, or the same facts read back from storage.
  if (last.after !== current && JSON.stringify(last.after) !== JSON.stringify(current))
    return { ok: false, reason: "changed-elsewhere" };
  return { ok: true, facts: last.before, description: last.description };
}

/** "Removed Maria Okafor." → "Undone: Removed Maria Okafor." (not lowercased: a description may start with a name). */
export function undoneMessage(description: string): string {
  return `Undone: ${description}`;
}
