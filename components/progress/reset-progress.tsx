"use client";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const RESET_REQUEST = {
  title: "Reset all progress?",
  description: "This deletes every quiz score saved in this browser, in all open tabs. It cannot be undone.",
  confirmLabel: "Yes, delete everything",
};

/** "Reset all progress", asked again in a modal dialog first. */
export function ResetProgress({ onConfirm, disabled }: { onConfirm: () => void; disabled: boolean }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => setAsking(true)}
        className="rounded-control border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-danger-soft disabled:cursor-not-allowed disabled:opacity-50"
      >
        Reset all progress
      </button>
      <ConfirmDialog request={asking ? RESET_REQUEST : null} onConfirm={onConfirm} onClose={() => setAsking(false)} />
    </>
  );
}
