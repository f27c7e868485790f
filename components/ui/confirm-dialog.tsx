"use client";
import { useEffect, useId, useRef } from "react";

interface Props {
  /** Open while non-null. */
  request: { title: string; description: string; confirmLabel: string } | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** A native modal dialog (focus trapped, Escape cancels) before deleting data. Cancel comes first and has focus. */
export function ConfirmDialog({ request, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // A page may hold more than one (the gradebook has two): each names itself by its own ids.
  const id = useId();
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
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-ink shadow-card"
    >
      <form method="dialog" className="p-5 sm:p-6">
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {request?.title}
        </h2>
        <p id={`${id}-description`} className="mt-2 text-muted">
          {request?.description}
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
