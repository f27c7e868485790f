import { describe, expect, it } from "vitest";
import {
  currentItem,
  initialReadState,
  orderVoices,
  readAloud,
  readItems,
  readStatusText,
  type ReadAction,
  type ReadState,
} from "./index";

const paragraphs = ["One is here. Two follows the U.S. rule.", "Three ends it."];
const items = readItems(paragraphs);
const start = initialReadState(items);

function run(actions: ReadAction[], from: ReadState = start): ReadState {
  return actions.reduce(readAloud, from);
}
/** "ended" for whatever utterance is current, as the engine reports it. */
const endedNow = (s: ReadState): ReadAction => ({ type: "ended", take: s.take });
function runEnded(steps: ("play" | "pause" | "resume" | "stop" | "end")[]): ReadState {
  return steps.reduce((s, step) => readAloud(s, step === "end" ? endedNow(s) : { type: step }), start);
}

describe("readItems", () => {
  it("splits with the app's sentence rule, keeping abbreviations inside a sentence", () => {
    expect(items.map((i) => [i.text, i.paragraph])).toEqual([
      ["One is here.", 0],
      ["Two follows the U.S. rule.", 0],
      ["Three ends it.", 1],
    ]);
    const body = paragraphs.join("\n\n");
    for (const item of items) expect(body.slice(item.start, item.end)).toBe(item.text);
  });
});

describe("readAloud", () => {
  const cases: {
    name: string;
    steps: ("play" | "pause" | "resume" | "stop" | "end")[];
    index: number;
    status: string;
  }[] = [
    { name: "play starts at the first sentence", steps: ["play"], index: 0, status: "playing" },
    { name: "a sentence's end moves to the next", steps: ["play", "end"], index: 1, status: "playing" },
    { name: "the next paragraph follows", steps: ["play", "end", "end"], index: 2, status: "playing" },
    { name: "the last sentence's end finishes", steps: ["play", "end", "end", "end"], index: -1, status: "idle" },
    { name: "pause keeps the sentence", steps: ["play", "end", "pause"], index: 1, status: "paused" },
    {
      name: "resume goes on from the paused sentence",
      steps: ["play", "end", "pause", "resume"],
      index: 1,
      status: "playing",
    },
    { name: "play while paused resumes", steps: ["play", "end", "pause", "play"], index: 1, status: "playing" },
    { name: "stop clears the sentence", steps: ["play", "end", "stop"], index: -1, status: "idle" },
    { name: "stop while paused clears it too", steps: ["play", "pause", "stop"], index: -1, status: "idle" },
    {
      name: "play after stop starts again from the top",
      steps: ["play", "end", "stop", "play"],
      index: 0,
      status: "playing",
    },
    { name: "pause when idle does nothing", steps: ["pause"], index: -1, status: "idle" },
    { name: "resume when playing does nothing", steps: ["play", "resume"], index: 0, status: "playing" },
    { name: "an end while paused does not move on", steps: ["play", "pause", "end"], index: 0, status: "paused" },
  ];
  it.each(cases)("$name", ({ steps, index, status }) => {
    const state = runEnded(steps);
    expect([state.index, state.status]).toEqual([index, status]);
  });

  it("ignores the end of an utterance it no longer wants (cancelled by pause, stop or a new speed)", () => {
    const playing = run([{ type: "play" }]);
    const old = playing.take;
    const faster = readAloud(playing, { type: "rate", rate: 1.25 });
    expect(faster.take).not.toBe(old);
    expect(readAloud(faster, { type: "ended", take: old }).index).toBe(0);
    const resumed = run([{ type: "pause" }, { type: "resume" }], playing);
    expect(readAloud(resumed, { type: "ended", take: old }).index).toBe(0);
  });

  it.each([
    { status: "playing", steps: [{ type: "play" }] as ReadAction[], respeaks: true },
    { status: "paused", steps: [{ type: "play" }, { type: "pause" }] as ReadAction[], respeaks: false },
    { status: "idle", steps: [] as ReadAction[], respeaks: false },
  ])("a new speed while $status keeps the place and re-speaks only while playing", ({ steps, respeaks }) => {
    const before = run(steps);
    const after = readAloud(before, { type: "rate", rate: 0.75 });
    expect(after.rate).toBe(0.75);
    expect(after.index).toBe(before.index);
    expect(after.take !== before.take).toBe(respeaks);
  });

  it("does nothing on an empty article", () => {
    expect(readAloud(initialReadState([]), { type: "play" }).status).toBe("idle");
  });
});

describe("readStatusText", () => {
  it.each([
    { steps: [] as ("play" | "pause" | "end" | "stop")[], text: "" },
    { steps: ["play"] as const, text: "Reading paragraph 1 of 2" },
    { steps: ["play", "end", "end"] as const, text: "Reading paragraph 2 of 2" },
    { steps: ["play", "pause"] as const, text: "Paused at paragraph 1 of 2" },
    { steps: ["play", "stop"] as const, text: "Stopped" },
  ])("$text", ({ steps, text }) => {
    expect(readStatusText(runEnded([...steps]), 2)).toBe(text);
  });
  it("names the current sentence", () => {
    expect(currentItem(run([{ type: "play" }]))?.text).toBe("One is here.");
  });
});

describe("orderVoices", () => {
  it("puts English voices first, the default first among them, else the browser's order", () => {
    const voices = [
      { name: "Deutsch", lang: "de-DE", default: true },
      { name: "UK", lang: "en-GB" },
      { name: "US", lang: "en-US", default: false },
      { name: "Français", lang: "fr-FR" },
      { name: "US default", lang: "en_US", default: true },
    ];
    expect(orderVoices(voices).map((v) => v.name)).toEqual(["US default", "UK", "US", "Deutsch", "Français"]);
  });
});
