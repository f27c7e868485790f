"use client";
import { RATES, type Rate, type Spoken } from "@/lib/read-aloud";
import type { ReadAloudApi } from "./use-read-aloud";

interface Props<I extends Spoken> {
  reader: ReadAloudApi<I>;
  /** Names the group and its play button: "Read aloud", "Read question aloud". */
  label: string;
  /** What the status line announces: which part is read, paused, stopped. */
  status: string;
}

/** Play / pause / resume, stop, speed and voice; where the browser has no voice, a note saying so. */
export function ReadAloudControls<I extends Spoken>({ reader, label, status }: Props<I>) {
  const { state, dispatch, voices, voice, setVoice, rate, setRate } = reader;
  if (voices && voices.length === 0) {
    return (
      <p className="text-sm text-muted" role="note">
        This browser has no voice to read aloud.
      </p>
    );
  }
  const playing = state.status === "playing";
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        disabled={!voices}
        onClick={() => dispatch({ type: playing ? "pause" : "play" })}
        className="rounded-control bg-accent px-3 py-1.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong disabled:opacity-60"
      >
        {playing ? "Pause" : state.status === "paused" ? "Resume" : label}
      </button>
      <button
        type="button"
        disabled={state.status === "idle"}
        onClick={() => dispatch({ type: "stop" })}
        className="rounded-control border border-line bg-surface px-3 py-1.5 font-semibold text-ink hover:bg-surface-muted disabled:opacity-60"
      >
        Stop
      </button>
      <label className="flex items-center gap-1 text-muted">
        Speed
        <select
          value={rate}
          onChange={(e) => setRate(Number(e.target.value) as Rate)}
          className="rounded-control border border-line bg-surface px-1 py-1 text-ink"
        >
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      {voices && voices.length > 1 && (
        <label className="flex items-center gap-1 text-muted">
          Voice
          <select
            value={voice?.name}
            onChange={(e) => setVoice(e.target.value)}
            className="max-w-[12rem] rounded-control border border-line bg-surface px-1 py-1 text-ink"
          >
            {voices.map((v) => (
              <option key={v.name} value={v.name}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
        </label>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
