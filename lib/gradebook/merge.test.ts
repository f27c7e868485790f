/** Two copies of a gradebook (two tabs, or a file and this browser) as one: every result kept, no removal undone. */
import { describe, expect, it } from "vitest";
import { v1Fixtures } from "../share/test-helpers";
import { resultId, type StudentResult } from "../share/result-code";
import {
  emptyGradebook,
  gradebookFile,
  importGradebook,
  importResult,
  mergeGradebooks,
  migrateGradebook,
  readGradebookFile,
  removeQuiz,
  removeResult,
  saveQuiz,
  savedQuiz,
  type GradebookData,
} from "./index";

const shared = v1Fixtures.quizzes[0]!.value;
const quiz = savedQuiz(shared, v1Fixtures.quizzes[0]!.code, "2025-03-01T10:00:00.000Z");
const T = (minute: number) => `2025-03-14T10:${String(minute).padStart(2, "0")}:00.000Z`;
const student = (name: string): StudentResult => ({
  v: 1,
  quiz: quiz.fingerprint,
  name,
  answers: {},
  startedAt: T(0),
  durationMs: 60_000,
});
const add = (data: GradebookData, name: string, at: number) =>
  importResult(data, student(name), resultId(student(name)), T(at)).data;
const names = (data: GradebookData) =>
  Object.values(data.results)
    .map((r) => r.name)
    .sort();
const base = saveQuiz(emptyGradebook(), quiz);

describe("mergeGradebooks", () => {
  it("keeps the results each tab added at the same moment", () => {
    expect(names(mergeGradebooks(add(base, "Ana", 1), add(base, "Ben", 1)))).toEqual(["Ana", "Ben"]);
  });

  it("does not bring back a result another tab removed", () => {
    const both = add(add(base, "Ana", 1), "Ben", 2);
    const removedHere = removeResult(both, resultId(student("Ana")), T(3));
    expect(names(mergeGradebooks(both, removedHere))).toEqual(["Ben"]);
    expect(names(mergeGradebooks(removedHere, both))).toEqual(["Ben"]);
  });

  it("keeps a result added again after it was removed", () => {
    const removed = removeResult(add(base, "Ana", 1), resultId(student("Ana")), T(2));
    expect(names(add(removed, "Ana", 5))).toEqual(["Ana"]);
    expect(names(mergeGradebooks(removed, add(removed, "Ana", 5)))).toEqual(["Ana"]);
  });

  it("drops a removed quiz's results with it, whichever tab still holds them", () => {
    const withResult = add(base, "Ana", 1);
    const merged = mergeGradebooks(withResult, removeQuiz(base, quiz.fingerprint, T(2)));
    expect(merged.quizzes).toEqual({});
    expect(merged.results).toEqual({});
  });

  it("migrates a version-2 gradebook (no tombstones) and refuses one with a date of “garbage”", () => {
    const { quizzes, results } = add(base, "Ana", 1);
    const v2 = { quizzes, results };
    expect(names(migrateGradebook(v2, 2)!)).toEqual(["Ana"]);
    expect(
      migrateGradebook({ ...v2, quizzes: { [quiz.fingerprint]: { ...quiz, createdAt: "garbage" } } }, 2),
    ).toBeUndefined();
  });
});

describe("gradebook file", () => {
  it("exports one browser's gradebook and imports it into another: added, duplicates recognised, nothing overwritten", () => {
    const laptop = add(add(base, "Ana", 1), "Ben", 2);
    const text = gradebookFile(laptop, T(10));
    const read = readGradebookFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.data.exportedAt).toBe(T(10));

    const tablet = add(base, "Cy", 3);
    const first = importGradebook(tablet, read.data);
    expect(names(first.data)).toEqual(["Ana", "Ben", "Cy"]);
    expect(first.data.results[resultId(student("Cy"))]).toBe(tablet.results[resultId(student("Cy"))]);
    expect(first).toMatchObject({ quizzesAdded: 0, resultsAdded: 2, resultsAlreadyHere: 0 });
    expect(importGradebook(emptyGradebook(), read.data)).toMatchObject({ quizzesAdded: 1, resultsAdded: 2 });
    const again = importGradebook(first.data, read.data);
    expect(again).toMatchObject({ quizzesAdded: 0, resultsAdded: 0, resultsAlreadyHere: 2 });
    expect(names(again.data)).toEqual(["Ana", "Ben", "Cy"]);
  });

  it("never deletes here what the file's browser removed", () => {
    const here = add(base, "Ana", 1);
    const there = removeResult(here, resultId(student("Ana")), T(5));
    const read = readGradebookFile(gradebookFile(there, T(6)));
    if (!read.ok) throw new Error(read.message);
    expect(names(importGradebook(here, read.data).data)).toEqual(["Ana"]);
  });

  it.each([
    ["not JSON", "{oops", /not a gradebook/],
    ["another JSON file", JSON.stringify({ hello: 1 }), /not a gradebook/],
    [
      "a newer version",
      JSON.stringify({ kind: "evidence-reader-gradebook", version: 99, gradebook: {} }),
      /newer version/,
    ],
    [
      "a damaged gradebook",
      JSON.stringify({ kind: "evidence-reader-gradebook", version: 3, gradebook: { quizzes: 1 } }),
      /damaged/,
    ],
  ])("refuses %s with a reason", (_, text, message) => {
    const read = readGradebookFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});
