/**
 * The read-aloud queue: which sentence is read, and what play, pause,
 * resume, stop and a change of speed do. Pure; the React control speaks
 * what `current` says and dispatches what the speech engine reports.
 *
 * Sentences are spoken one utterance each. Pausing cancels the utterance and
 * resuming speaks the same sentence again from its start: the engines'
 * own pause()/resume() are unreliable (Chromium drops a paused utterance
 * after about 15 s, some Android voices ignore pause), a new utterance is not.
 */
import { sentencesOf } from "../text";

/** Anything read as one utterance. */
export interface Spoken {
  text: string;
}

/** One sentence of an article. */
export interface ReadItem extends Spoken {
  start: number;
  end: number;
  paragraph: number;
}

export type ReadStatus = "idle" | "playing" | "paused";

export const RATES = [0.75, 1, 1.25] as const;
export type Rate = (typeof RATES)[number];

export interface ReadState<I extends Spoken = ReadItem> {
  items: readonly I[];
  /** The sentence being read or paused on; -1 when idle. */
  index: number;
  status: ReadStatus;
  rate: Rate;
  /** Bumped whenever the current sentence must be (re)spoken, so the control knows to start a new utterance. */
  take: number;
}

export type ReadAction =
  | { type: "play" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "stop" }
  | { type: "ended"; take: number }
  | { type: "rate"; rate: Rate };

/** The sentences of an article's paragraphs, as the rest of the app splits them. */
export function readItems(paragraphs: readonly string[]): ReadItem[] {
  const body = paragraphs.join("\n\n");
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 2;
  }
  return sentencesOf(body, starts, paragraphs).map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
}

export function initialReadState<I extends Spoken>(items: readonly I[], rate: Rate = 1): ReadState<I> {
  return { items, index: -1, status: "idle", rate, take: 0 };
}

export function readAloud<I extends Spoken>(state: ReadState<I>, action: ReadAction): ReadState<I> {
  switch (action.type) {
    case "play":
      if (state.items.length === 0) return state;
      if (state.status === "paused") return readAloud(state, { type: "resume" });
      if (state.status === "playing") return state;
      return { ...state, status: "playing", index: 0, take: state.take + 1 };
    case "pause":
      return state.status === "playing" ? { ...state, status: "paused" } : state;
    case "resume":
      return state.status === "paused" ? { ...state, status: "playing", take: state.take + 1 } : state;
    case "stop":
      return { ...state, status: "idle", index: -1 };
    case "ended": {
      // A cancelled utterance also ends; only the one still wanted moves on.
      if (state.status !== "playing" || action.take !== state.take) return state;
      const next = state.index + 1;
      if (next >= state.items.length) return { ...state, status: "idle", index: -1 };
      return { ...state, index: next, take: state.take + 1 };
    }
    case "rate":
      if (action.rate === state.rate) return state;
      // The new speed applies at once: the sentence starts again at it.
      return { ...state, rate: action.rate, take: state.status === "playing" ? state.take + 1 : state.take };
  }
}

/** The sentence being read or paused on. */
export function currentItem<I extends Spoken>(state: ReadState<I>): I | undefined {
  return state.index >= 0 ? state.items[state.index] : undefined;
}

/** What a screen reader hears when the state changes. */
export function readStatusText(state: ReadState, paragraphs: number): string {
  const item = currentItem(state);
  if (state.status === "playing" && item) return `Reading paragraph ${item.paragraph + 1} of ${paragraphs}`;
  if (state.status === "paused" && item) return `Paused at paragraph ${item.paragraph + 1} of ${paragraphs}`;
  return state.take > 0 ? "Stopped" : "";
}
