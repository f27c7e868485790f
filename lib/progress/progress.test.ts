import { describe, expect, it } from "vitest";
import {
  acceptsStoredProgress,
  bestScore,
  emptyProgress,
  mergeProgress,
  migrateProgress,
  recordAttempt,
  resetProgress,
  skillAccuracy,
  type Attempt,
} from "./progress";

function attempt(id: string, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id,
    slug: "a",
    seed: 1,
    mode: "full",
    score: 5,
    total: 10,
    finishedAt: `2025-01-0${id.length}T10:00:00.000Z`,
    answers: [],
    ...overrides,
  };
}

describe("recordAttempt", () => {
  it("keeps one copy per id", () => {
    const once = recordAttempt(emptyProgress, attempt("x"));
    expect(recordAttempt(once, attempt("x", { score: 9 })).attempts).toEqual([attempt("x")]);
  });

  it("ignores an attempt finished before the last reset", () => {
    const reset = resetProgress(emptyProgress, "2025-01-05T00:00:00.000Z");
    expect(recordAttempt(reset, attempt("x", { finishedAt: "2025-01-04T00:00:00.000Z" })).attempts).toEqual([]);
    expect(recordAttempt(reset, attempt("y", { finishedAt: "2025-01-06T00:00:00.000Z" })).attempts).toHaveLength(1);
  });
});

describe("mergeProgress", () => {
  it("is the union of both histories by id, in finishing order", () => {
    const a = {
      attempts: [attempt("1", { finishedAt: "2025-01-01" }), attempt("2", { finishedAt: "2025-01-03" })],
      resetAt: null,
    };
    const b = {
      attempts: [attempt("2", { finishedAt: "2025-01-03" }), attempt("3", { finishedAt: "2025-01-02" })],
      resetAt: null,
    };
    expect(mergeProgress(a, b).attempts.map((x) => x.id)).toEqual(["1", "3", "2"]);
    expect(mergeProgress(b, a)).toEqual(mergeProgress(a, b));
  });

  it("does not bring back attempts that a reset in the other tab removed", () => {
    const stale = { attempts: [attempt("old", { finishedAt: "2025-01-01" })], resetAt: null };
    const reset = resetProgress(emptyProgress, "2025-01-02");
    const newer = recordAttempt(reset, attempt("new", { finishedAt: "2025-01-03" }));
    expect(mergeProgress(stale, newer).attempts.map((x) => x.id)).toEqual(["new"]);
    expect(mergeProgress(stale, newer).resetAt).toBe("2025-01-02");
  });
});

describe("bestScore", () => {
  it("takes the best fraction among full quizzes of that article, ignoring retries and other articles", () => {
    const data = [
      attempt("1", { score: 6, total: 10 }),
      attempt("2", { score: 3, total: 3, mode: "retry" }),
      attempt("3", { score: 8, total: 10, slug: "b" }),
      attempt("4", { score: 7, total: 10 }),
    ].reduce(recordAttempt, emptyProgress);
    expect(bestScore(data, "a")).toEqual({ score: 7, total: 10 });
    expect(bestScore(data, "c")).toBeNull();
  });
});

describe("skillAccuracy", () => {
  it("counts every checked answer per skill, in a fixed skill order", () => {
    const data = recordAttempt(
      emptyProgress,
      attempt("1", {
        answers: [
          { questionId: "q1", skill: "numbers", correct: true },
          { questionId: "q2", skill: "key-details", correct: false },
          { questionId: "q3", skill: "numbers", correct: false },
        ],
      }),
    );
    expect(skillAccuracy(data)).toEqual([
      { skill: "key-details", correct: 0, answered: 1 },
      { skill: "numbers", correct: 1, answered: 2 },
    ]);
  });
});

describe("stored data", () => {
  it("migrates version 0 scores into attempts with ids", () => {
    const v0 = { scores: [{ slug: "a", correct: 4, total: 10, date: "2024-05-01T09:00:00.000Z" }] };
    expect(acceptsStoredProgress(v0, 0)).toBe(true);
    const migrated = migrateProgress(v0, 0);
    expect(migrated.resetAt).toBeNull();
    expect(migrated.attempts).toEqual([
      {
        id: "v0-a-2024-05-01T09:00:00.000Z-0",
        slug: "a",
        seed: 0,
        mode: "full",
        score: 4,
        total: 10,
        finishedAt: "2024-05-01T09:00:00.000Z",
        answers: [],
      },
    ]);
    expect(bestScore(migrated, "a")).toEqual({ score: 4, total: 10 });
  });

  it.each([
    ["a v1 shape stored as v0", { attempts: [], resetAt: null }, 0],
    ["a v0 shape stored as v1", { scores: [] }, 1],
    [
      "an attempt with an unknown skill",
      {
        attempts: [attempt("x", { answers: [{ questionId: "q", skill: "x" as never, correct: true }] })],
        resetAt: null,
      },
      1,
    ],
    ["a version this code does not know", { attempts: [], resetAt: null }, 5],
  ])("refuses %s", (_, state, version) => {
    expect(acceptsStoredProgress(state, version)).toBe(false);
  });
});
