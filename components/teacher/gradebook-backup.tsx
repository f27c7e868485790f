"use client";
import { useEffect, useRef, useState } from "react";
import { gradebookFile, gradebookFileName, readGradebookFile, type ImportSummary } from "@/lib/gradebook";
import { useGradebookActions, useGradebookStore, useLastExported } from "@/components/state/gradebook-store";
import { downloadFile } from "./download-file";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
/** A gradebook file is text; anything far bigger than a year of classes is not one. */
const MAX_FILE_BYTES = 20_000_000;

type Kept = "kept" | "may-be-cleared" | "unknown";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summaryText({ quizzesAdded, resultsAdded, resultsAlreadyHere }: ImportSummary): string {
  const added =
    quizzesAdded + resultsAdded === 0
      ? "Nothing new was in the file"
      : `Added ${plural(quizzesAdded, "quiz", "quizzes")} and ${plural(resultsAdded, "result")}`;
  return resultsAlreadyHere > 0
    ? `${added}; ${plural(resultsAlreadyHere, "result")} ${resultsAlreadyHere === 1 ? "was" : "were"} already here.`
    : `${added}.`;
}

/** Asks the browser to keep this site's storage, once; says what it answered. */
function useStorageKept(): Kept {
  const [kept, setKept] = useState<Kept>("unknown");
  useEffect(() => {
    const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
    if (!storage?.persist || !storage.persisted) return;
    let cancelled = false;
    void storage
      .persisted()
      .then((already) => already || storage.persist())
      .then((granted) => !cancelled && setKept(granted ? "kept" : "may-be-cleared"))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);
  return kept;
}

/**
 * The gradebook lives in this browser only: a file to back it up or move it
 * to another device, and whether the browser promised to keep it.
 */
export function GradebookBackup() {
  const exportedAt = useLastExported();
  const { importFile, markExported } = useGradebookActions();
  const kept = useStorageKept();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function exportNow() {
    const now = new Date().toISOString();
    downloadFile(gradebookFile(useGradebookStore.getState(), now), gradebookFileName(now), "application/json");
    markExported(now);
    setMessage({
      ok: true,
      text: "Your gradebook was saved as a file. Keep it somewhere safe, or import it in another browser.",
    });
  }

  async function importChosen(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({
        ok: false,
        text: "This file is far too big to be a gradebook. Choose the file “Export gradebook” saved.",
      });
    } else {
      const read = readGradebookFile(await file.text());
      setMessage(read.ok ? { ok: true, text: summaryText(importFile(read.data)) } : { ok: false, text: read.message });
    }
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <section
      aria-labelledby="backup-heading"
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-6"
    >
      <h2 id="backup-heading" className="text-lg font-semibold">
        Back up or move your gradebook
      </h2>
      <p className="mt-1 text-sm text-muted">
        Your gradebook is kept in this browser only.{" "}
        {exportedAt ? (
          <>
            Last exported <time dateTime={exportedAt}>{dateFormat.format(new Date(exportedAt))}</time>.
          </>
        ) : (
          "It has never been exported: export it so that clearing this browser, or moving to another device, loses nothing."
        )}{" "}
        {kept === "kept" && "This browser has agreed to keep it until you clear its data."}
        {kept === "may-be-cleared" && "This browser may clear it when space runs low, so export it after each class."}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={exportNow}
          className="rounded-control bg-accent px-4 py-2 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
        >
          Export gradebook
        </button>
        <label className="cursor-pointer rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 hover:bg-accent-soft">
          Import a gradebook file
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(e) => void importChosen(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p role="status" aria-live="polite" className={`mt-3 text-sm ${message?.ok === false ? "text-danger" : ""}`}>
        {message?.text}
      </p>
    </section>
  );
}
