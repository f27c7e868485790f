"use client";
import { useStorageNoticesStore, useStorageProblems } from "@/components/state/storage-notices-store";
import type { StorageProblem } from "@/lib/storage";

function noticeText(problems: StorageProblem[]): string {
  if (problems.some((p) => p.kind === "not-set-aside")) {
    return "Some saved data could not be read, and there is no room to keep a copy of it, so it was left as it was. The app works, but nothing new is saved until this browser has more room (delete saved articles you no longer need, or clear other sites' data).";
  }
  if (problems.some((p) => p.kind === "full" || p.kind === "unavailable")) {
    return "This browser is not letting the app save (storage is full or blocked). Your quiz still works, but progress will not be kept after you close this page.";
  }
  return "Some saved data could not be read, so the app started fresh. A copy of the old data was kept in this browser.";
}

/** One short, dismissible notice for whatever the storage layer ran into. */
export function StorageNotice() {
  const problems = useStorageProblems();
  const dismiss = useStorageNoticesStore((s) => s.dismiss);
  return (
    <div role="status" aria-live="polite">
      {problems.length > 0 && (
        <div className="border-b border-line bg-warning-soft text-warning">
          <div className="mx-auto flex max-w-page items-start gap-3 px-4 py-3 text-sm sm:px-6">
            <p className="flex-1">
              <strong className="font-semibold">Saving problem. </strong>
              {noticeText(problems)}
            </p>
            <button
              type="button"
              onClick={dismiss}
              className="rounded-control border border-current px-2.5 py-1 text-sm font-medium hover:bg-surface"
            >
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
