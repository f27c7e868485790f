import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../article/types";
import {
  emptyHistory,
  reviewHistory,
  UNDO_LIMIT,
  undoneMessage,
  undoStep,
  type ReviewAction,
  type ReviewHistory,
} from "./history";

const facts = (n: number): ArticleFacts => ({
  people: [],
  organizations: [],
  places: [],
  dates: [],
  numbers: Array.from({ length: n }, (_, i) => ({
    id: `n-${i}`,
    value: i,
    text: String(i),
    counts: "things",
    evidence: { start: 0, end: 1 },
  })),
  quotes: [],
  events: [],
  claims: [],
  mainIdea: { statement: "", distortions: [], evidence: { start: 0, end: 0 } },
});
const run = (actions: ReviewAction[], from: ReviewHistory = emptyHistory()) => actions.reduce(reviewHistory, from);

describe("the review's undo history", () => {
  const [a, b, c] = [facts(0), facts(1), facts(2)];

  it("undoes the last changes one by one, newest first", () => {
    let history = run([
      { type: "changed", before: a, after: b, description: "Added 0." },
      { type: "changed", before: b, after: c, description: "Added 1." },
    ]);
    let current = c;
    const undone: string[] = [];
    for (let step = undoStep(history, current); step.ok; step = undoStep(history, current)) {
      undone.push(undoneMessage(step.description));
      current = step.facts;
      history = reviewHistory(history, { type: "undone" });
    }
    expect(undone).toEqual(["Undone: Added 1.", "Undone: Added 0."]);
    expect(current).toBe(a);
    expect(undoStep(history, current)).toEqual({ ok: false, reason: "nothing" });
  });

  it("keeps the last changes only", () => {
    const steps = Array.from({ length: UNDO_LIMIT + 5 }, (_, i) => ({
      type: "changed" as const,
      before: facts(i),
      after: facts(i + 1),
      description: `Change ${i}.`,
    }));
    const history = run(steps);
    expect(history.past).toHaveLength(UNDO_LIMIT);
    expect(history.past[0]?.description).toBe("Change 5.");
  });

  it("does not undo over a change made elsewhere (another tab), but does over the same facts read back", () => {
    const history = run([{ type: "changed", before: a, after: b, description: "Added 0." }]);
    expect(undoStep(history, c)).toEqual({ ok: false, reason: "changed-elsewhere" });
    expect(undoStep(history, structuredClone(b))).toEqual({ ok: true, facts: a, description: "Added 0." });
  });

  it("records nothing for a change that changed nothing, and forgets everything when cleared", () => {
    expect(run([{ type: "changed", before: a, after: a, description: "Nothing." }]).past).toEqual([]);
    expect(run([{ type: "changed", before: a, after: b, description: "Added 0." }, { type: "cleared" }])).toEqual(
      emptyHistory(),
    );
    const empty = emptyHistory();
    expect(reviewHistory(empty, { type: "undone" })).toBe(empty);
  });
});
