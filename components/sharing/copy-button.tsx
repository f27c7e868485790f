"use client";
import { useEffect, useState } from "react";

/**
 * Copies `text`, or, where the clipboard is not available (plain http on a
 * school intranet, a browser that refuses), selects the field holding it so
 * the user can copy it themselves. The outcome is announced.
 */
export function CopyButton({
  text,
  label,
  fieldId,
  className = "",
  accessibleName,
}: {
  text: string;
  label: string;
  fieldId: string;
  className?: string;
  /** When many buttons say the same `label` ("Copy"), what each copies, for screen readers. */
  accessibleName?: string;
}) {
  const [status, setStatus] = useState<"idle" | "copied" | "select">("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = window.setTimeout(() => setStatus("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        field.focus();
        field.select();
      }
      setStatus("select");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={accessibleName}
        className={`rounded-control bg-accent px-4 py-2 font-semibold text-on-accent shadow-card hover:bg-accent-strong ${className}`}
      >
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-success">
        {status === "copied" ? (
          "Copied"
        ) : status === "select" ? (
          <span className="text-ink">Selected: press Ctrl+C (⌘C on a Mac) to copy.</span>
        ) : (
          ""
        )}
      </span>
    </span>
  );
}
