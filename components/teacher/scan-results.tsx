"use client";
import { useEffect, useRef, useState } from "react";
import type { AddOutcome } from "@/lib/gradebook";
import { resultId, type StudentResult } from "@/lib/share";
import { useQrScanner } from "./use-qr-scanner";

export interface ScanScore {
  correct: number;
  total: number;
}

interface Props {
  /** Files what a QR code said, through the same path as pasted links. */
  add: (text: string) => Promise<AddOutcome[]>;
  /** The score of a result, recomputed from its answers; null when its quiz cannot be rebuilt here. */
  scoreOf: (result: StudentResult) => ScanScore | null;
}

interface Scanned {
  key: string;
  kind: "added" | "duplicate" | "refused";
  /** The student's name; empty for a refused code. */
  name: string;
  score: ScanScore | null;
  /** For a refused code: why. */
  reason?: string;
}

const KIND_LABEL: Record<Scanned["kind"], string> = {
  added: "Added",
  duplicate: "Already added before",
  refused: "Not added",
};
const KIND_STYLE: Record<Scanned["kind"], string> = {
  added: "border-success bg-success-soft text-success",
  duplicate: "border-line bg-surface-muted text-ink",
  refused: "border-danger bg-danger-soft text-danger",
};

const scoreText = (score: ScanScore | null) => (score ? `${score.correct} / ${score.total}` : "score not available");
const spokenScore = (score: ScanScore | null) =>
  score ? `${score.correct} out of ${score.total}` : "score not available";

/** The sentence announced (and shown) for one outcome. */
function announcementOf(outcome: AddOutcome, score: ScanScore | null): string {
  if (outcome.result && outcome.kind === "added") return `${outcome.result.name}, ${spokenScore(score)}: added.`;
  if (outcome.result && outcome.kind === "duplicate")
    return `${outcome.result.name}, ${spokenScore(score)}: already added.`;
  if (outcome.kind === "quiz") return `Quiz added: ${outcome.text}`;
  if (outcome.kind === "duplicate") return `Already here: ${outcome.text}`;
  return `Not added: ${outcome.text}`;
}

/**
 * "Scan results": the camera reads the QR code on each student's results
 * screen, one after another, without a click. Each code is filed through
 * `add` (the paste box's path), the name and score are announced in a live
 * region, and a running list shows who was scanned. The same result shown
 * twice is said to be already added; the gradebook files it once.
 */
export function ScanResults({ add, scoreOf }: Props) {
  const [scanned, setScanned] = useState<Scanned[]>([]);
  const [announcement, setAnnouncement] = useState("");
  // Codes are filed one at a time, in the order they were seen, with the gradebook as it is by then.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ add, scoreOf });
  useEffect(() => {
    latest.current = { add, scoreOf };
  }, [add, scoreOf]);
  async function file(text: string) {
    for (const outcome of await latest.current.add(text)) {
      const score = outcome.result ? latest.current.scoreOf(outcome.result) : null;
      setAnnouncement(announcementOf(outcome, score));
      if (outcome.kind === "quiz") continue;
      const entry: Scanned = outcome.result
        ? {
            key: resultId(outcome.result),
            kind: outcome.kind === "added" ? "added" : "duplicate",
            name: outcome.result.name,
            score,
          }
        : { key: `text:${text}`, kind: "refused", name: "", score: null, reason: outcome.text };
      // One line per result: scanning someone already on the list again is only announced.
      setScanned((list) => (list.some((s) => s.key === entry.key) ? list : [...list, entry]));
    }
  }

  const { state, videoRef, start, stop } = useQrScanner((text) => {
    queue.current = queue.current
      .then(() => file(text))
      .catch((error: unknown) => console.warn(`Filing a scanned code failed: ${String(error)}`));
  });
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const active = state.status === "starting" || state.status === "scanning";

  // Focus follows the one button there is: Stop while scanning, Scan results otherwise.
  const wasActive = useRef(false);
  useEffect(() => {
    if (active && !wasActive.current) stopButton.current?.focus();
    if (!active && wasActive.current) startButton.current?.focus();
    wasActive.current = active;
  }, [active]);

  const added = scanned.filter((s) => s.kind === "added").length;

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {active ? (
          <button
            ref={stopButton}
            type="button"
            onClick={stop}
            className="rounded-control border-2 border-danger bg-surface px-5 py-2 font-semibold text-danger hover:bg-danger-soft"
          >
            Stop scanning
          </button>
        ) : (
          <button
            ref={startButton}
            type="button"
            onClick={() => void start()}
            aria-describedby="scan-results-help"
            className="rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
          >
            Scan results
          </button>
        )}
        <p id="scan-results-help" className="min-w-0 flex-1 basis-64 text-sm text-muted">
          {active
            ? "Students hold the QR code on their results screen up to the camera, one after another. Each is added as soon as it is read."
            : "Use this device’s camera to read the QR codes on your students’ results screens, one student after another."}
        </p>
      </div>

      {state.status === "failed" && (
        <p
          role="alert"
          className="rounded-control border border-danger bg-danger-soft px-3 py-2 text-sm font-medium text-danger"
        >
          {state.message}
        </p>
      )}

      <div hidden={!active} className="grid gap-3 sm:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] sm:items-start">
        {/* The camera's picture, for aiming; what it reads is announced below. */}
        <video
          ref={videoRef}
          muted
          playsInline
          aria-label="Camera view"
          className="block aspect-[4/3] w-full rounded-control border border-line bg-black object-contain"
        />
        <p className="flex items-center gap-2 text-sm font-medium">
          <span
            aria-hidden="true"
            className="inline-block size-2.5 shrink-0 rounded-full bg-danger motion-safe:animate-pulse"
          />
          {state.status === "starting" ? "Opening the camera…" : "Scanning"}
        </p>
      </div>

      {/* Announced to screen readers, and shown: the teacher may be looking at the students, not the screen. */}
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-label="Latest scan"
        className="min-h-[1.5em] text-base font-semibold text-ink"
      >
        {announcement}
      </p>

      {scanned.length > 0 && (
        <section aria-labelledby="scanned-heading" className="grid gap-2">
          <h3 id="scanned-heading" className="text-sm font-semibold">
            Scanned just now: {added} added
          </h3>
          <ol aria-labelledby="scanned-heading" className="grid gap-1.5">
            {scanned.map((s) => (
              <li
                key={s.key}
                className={`grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-4 rounded-control border px-3 py-1.5 text-sm sm:grid-cols-[minmax(0,1fr)_auto_11rem] ${KIND_STYLE[s.kind]}`}
              >
                {s.kind === "refused" ? (
                  <span className="col-span-full">
                    <strong className="font-semibold">{KIND_LABEL[s.kind]}: </strong>
                    {s.reason}
                  </span>
                ) : (
                  <>
                    <span className="min-w-0 font-semibold break-words text-ink">{s.name}</span>
                    <span className="text-right text-ink tabular-nums">{scoreText(s.score)}</span>
                    <span className="col-span-full text-xs sm:col-span-1 sm:text-right">{KIND_LABEL[s.kind]}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
