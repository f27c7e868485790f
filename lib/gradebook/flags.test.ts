import { describe, expect, it } from "vitest";
import { flagResults, nameKey, type FlagKind, type GradedResult } from "./index";

const QUIZ_MADE = "2025-03-14T08:00:00.000Z";
const NOW = Date.parse("2025-03-14T12:00:00.000Z");
const context = { questions: 10, quizCreatedAt: QUIZ_MADE, now: NOW };

let counter = 0;
function result(over: Partial<GradedResult> = {}): GradedResult {
  counter++;
  return {
    id: counter.toString(16).padStart(16, "0"),
    quiz: "238239400fc6",
    name: "Anna",
    answers: { q1: { kind: "choice", index: 0 } },
    startedAt: "2025-03-14T09:30:00.000Z",
    durationMs: 5 * 60_000,
    importedAt: "2025-03-14T11:00:00.000Z",
    ...over,
  };
}

const kinds = (results: GradedResult[], of: GradedResult) =>
  (flagResults(results, context).get(of.id) ?? []).map((f) => f.kind).sort();

describe("flagResults: one result", () => {
  const cases: Array<[string, Partial<GradedResult>, FlagKind[]]> = [
    ["an honest result", {}, []],
    [
      "forged: 0 ms and a start in 2099",
      { durationMs: 0, startedAt: "2099-01-01T00:00:00.000Z" },
      ["future-start", "too-fast"],
    ],
    ["zero duration", { durationMs: 0 }, ["too-fast"]],
    ["1.9 s a question on 10 questions", { durationMs: 19_000 }, ["too-fast"]],
    ["exactly 2 s a question", { durationMs: 20_000 }, []],
    ["a clock five minutes ahead", { startedAt: "2025-03-14T12:05:00.000Z" }, []],
    ["an hour in the future", { startedAt: "2025-03-14T13:00:00.000Z" }, ["future-start"]],
    ["started before the quiz existed", { startedAt: "2025-03-01T09:00:00.000Z" }, ["before-quiz"]],
  ];
  it.each(cases)("%s", (_, over, expected) => {
    const r = result(over);
    expect(kinds([r], r)).toEqual(expected);
  });

  it("says why in words", () => {
    const r = result({ durationMs: 0, startedAt: "2099-01-01T00:00:00.000Z" });
    const reasons = flagResults([r], context)
      .get(r.id)!
      .map((f) => f.reason);
    expect(reasons.join(" ")).toMatch(/too fast/);
    expect(reasons.join(" ")).toMatch(/2099-01-01, in the future/);
  });
});

describe("flagResults: names", () => {
  const other = { q1: { kind: "choice", index: 2 } } as const;
  const cases: Array<[string, string, string, boolean, FlagKind[]]> = [
    // [case, first name, second name, same answers?, flags on the second]
    ["impersonation: a classmate's name, other answers", "Anna", "Anna", false, ["same-name"]],
    ["the same name and answers (sent twice, re-encoded)", "Anna", "Anna", true, []],
    ["different people", "Anna", "Ben", false, []],
    ["case only", "anna", "ANNA", false, ["look-alike-name", "same-name"]],
    ["zero-width space", "Anna", "An\u200bna", false, ["look-alike-name", "same-name"]],
    ["right-to-left override", "Anna", "\u202eAnna", false, ["look-alike-name", "same-name"]],
    ["Cyrillic А", "Anna", "\u0410nna", false, ["look-alike-name", "same-name"]],
    ["Greek ο in Tom", "Tom", "T\u03bfm", true, ["look-alike-name"]],
    ["full-width letters (NFKC)", "Anna", "Ａｎｎａ", false, ["look-alike-name", "same-name"]],
  ];
  it.each(cases)("%s", (_, first, second, same, expected) => {
    const a = result({ name: first });
    const b = result({ name: second, answers: same ? a.answers : other });
    expect(kinds([a, b], b)).toEqual(expected);
    expect(kinds([a, b], a)).toEqual(expected);
  });
});

describe("nameKey", () => {
  it.each([
    ["Аnna", "anna"],
    ["  Zoë\u200d  Li ", "zoë li"],
    ["王小明", "王小明"],
  ])("%j reads as %j", (name, key) => expect(nameKey(name)).toBe(key));
});
