"use client";
import { useEffect, useRef } from "react";

interface Props {
  /** Open while non-null. */
  request: { title: string; description: string; confirmLabel: string } | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** A native modal dialog (focus trapped, Escape cancels) for deleting gradebook data. Cancel comes first and has focus. */
export function ConfirmDialog({ request, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-description"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-ink shadow-card"
    >
      <form method="dialog" className="p-5 sm:p-6">
        <h2 id="confirm-title" className="text-lg font-bold">
          {request?.title}
        </h2>
        <p id="confirm-description" className="mt-2 text-muted">
          {request?.description}
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            autoFocus
            value="cancel"
            className="rounded-control border border-line px-4 py-2 font-medium hover:border-muted"
          >
            Cancel
          </button>
          <button
            value="confirm"
            onClick={onConfirm}
            className="rounded-control bg-danger px-4 py-2 font-semibold text-surface hover:opacity-90"
          >
            {request?.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
