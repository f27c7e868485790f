"use client";
import { useRef } from "react";

/** "Reset all progress" behind a native modal dialog (focus trapped, Escape cancels). */
export function ResetProgress({ onConfirm, disabled }: { onConfirm: () => void; disabled: boolean }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => dialogRef.current?.showModal()}
        className="rounded-control border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-danger-soft disabled:cursor-not-allowed disabled:opacity-50"
      >
        Reset all progress
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="reset-title"
        aria-describedby="reset-description"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-ink shadow-card"
      >
        <form method="dialog" className="p-5 sm:p-6">
          <h2 id="reset-title" className="text-lg font-bold">
            Reset all progress?
          </h2>
          <p id="reset-description" className="mt-2 text-muted">
            This deletes every quiz score saved in this browser, in all open tabs. It cannot be undone.
          </p>
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            {/* First in order so Enter or a stray click keeps the data. */}
            <button
              autoFocus
              value="cancel"
              className="rounded-control border border-line px-4 py-2 font-medium hover:border-muted"
            >
              Cancel
            </button>
            <button
              value="confirm"
              onClick={() => onConfirm()}
              className="rounded-control bg-danger px-4 py-2 font-semibold text-surface hover:opacity-90"
            >
              Yes, delete everything
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
