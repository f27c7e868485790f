/**
 * The persisted stores against an in-memory Storage: what a student keeps
 * across reloads, tabs, old versions and broken storage.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "@/lib/testing/memory-storage";
import type { Attempt } from "@/lib/progress/progress";
import { generateQuiz } from "@/lib/quiz";
import { seedArticle } from "@/lib/quiz/fixtures/seed";
import { createProgressStore, PROGRESS_KEY } from "./progress-store";
import { createPreferencesStore, PREFERENCES_KEY } from "./preferences-store";
import { createQuizSessionStore, SESSION_KEY } from "./quiz-session-store";
import { createGradebookStore, GRADEBOOK_KEY, GRADEBOOK_VERSION } from "./gradebook-store";
import { catchUpWithOtherTab } from "./persisted-store";
import { savedQuiz } from "@/lib/gradebook";
import { resultId, type StudentResult } from "@/lib/share/result-code";
import { v1Fixtures } from "@/lib/share/test-helpers";
import { useStorageNoticesStore } from "./storage-notices-store";

function attempt(id: string, finishedAt: string): Attempt {
  return { id, slug: "a", seed: 1, mode: "full", score: 3, total: 10, finishedAt, answers: [] };
}

async function progressOver(storage: MemoryStorage) {
  const store = createProgressStore(() => storage);
  await store.persist.rehydrate();
  return store;
}

const stored = (storage: MemoryStorage, key: string) => JSON.parse(storage.data.get(key) ?? "null");

beforeEach(() => useStorageNoticesStore.getState().dismiss());

describe("progress store", () => {
  it("survives a reload", async () => {
    const storage = new MemoryStorage();
    (await progressOver(storage)).getState().record(attempt("x", "2025-01-01T00:00:00.000Z"));
    const reloaded = await progressOver(storage);
    expect(reloaded.getState().attempts.map((a) => a.id)).toEqual(["x"]);
  });

  it("migrates version 0 data and writes it back as version 1", async () => {
    const storage = new MemoryStorage();
    storage.data.set(
      PROGRESS_KEY,
      JSON.stringify({
        state: { scores: [{ slug: "a", correct: 7, total: 10, date: "2024-03-01T00:00:00.000Z" }] },
        version: 0,
      }),
    );
    const store = await progressOver(storage);
    expect(store.getState().attempts).toMatchObject([{ slug: "a", score: 7, total: 10, mode: "full" }]);
    expect(stored(storage, PROGRESS_KEY).version).toBe(1);
    expect(useStorageNoticesStore.getState().problems).toEqual([]);
  });

  it.each([
    ["corrupted JSON", '{"state": {', "corrupted"],
    ["a foreign shape", JSON.stringify({ hello: "world" }), "foreign"],
    [
      "a future version",
      JSON.stringify({ state: { attempts: [], resetAt: null, streak: 4 }, version: 2 }),
      "future-version",
    ],
  ])("starts clean from %s, keeps it under the backup key and tells the user", async (_, raw, kind) => {
    const storage = new MemoryStorage();
    storage.data.set(PROGRESS_KEY, raw);
    const store = await progressOver(storage);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().attempts).toEqual([]);
    expect(storage.data.get(`${PROGRESS_KEY}:backup`)).toBe(raw);
    expect(useStorageNoticesStore.getState().problems.map((p) => p.kind)).toEqual([kind]);
    // The next write does not overwrite the backup.
    store.getState().record(attempt("x", "2025-01-01T00:00:00.000Z"));
    expect(storage.data.get(`${PROGRESS_KEY}:backup`)).toBe(raw);
  });

  it("keeps recording in memory when storage is full, and tells the user", async () => {
    const storage = new MemoryStorage();
    const store = await progressOver(storage);
    storage.full = true;
    store.getState().record(attempt("x", "2025-01-01T00:00:00.000Z"));
    expect(store.getState().attempts).toHaveLength(1);
    expect(useStorageNoticesStore.getState().problems).toEqual([{ kind: "full", key: PROGRESS_KEY }]);
  });

  it("two tabs writing at once keep both attempts", async () => {
    const storage = new MemoryStorage();
    const tabA = await progressOver(storage);
    const tabB = await progressOver(storage);
    tabA.getState().record(attempt("from-a", "2025-01-01T00:00:00.000Z"));
    tabB.getState().record(attempt("from-b", "2025-01-02T00:00:00.000Z"));
    expect(stored(storage, PROGRESS_KEY).state.attempts.map((a: Attempt) => a.id)).toEqual(["from-a", "from-b"]);
    // What the storage event triggers in tab A:
    await tabA.persist.rehydrate();
    expect(tabA.getState().attempts.map((a) => a.id)).toEqual(["from-a", "from-b"]);
  });

  it("a reset in one tab is not undone by the other tab's next write", async () => {
    const storage = new MemoryStorage();
    const tabA = await progressOver(storage);
    const tabB = await progressOver(storage);
    tabA.getState().record(attempt("old", "2020-01-01T00:00:00.000Z"));
    await tabB.persist.rehydrate();
    tabA.getState().reset();
    tabB.getState().record(attempt("new", "2999-01-01T00:00:00.000Z"));
    expect(stored(storage, PROGRESS_KEY).state.attempts.map((a: Attempt) => a.id)).toEqual(["new"]);
  });
});

describe("quiz session store", () => {
  it("resumes a quiz after a reload: same questions, answers and position", async () => {
    const storage = new MemoryStorage();
    const first = createQuizSessionStore(() => storage);
    await first.persist.rehydrate();
    const { questions } = generateQuiz(seedArticle(), { seed: 11, count: 10 });
    first.getState().start({
      id: "s",
      slug: "a",
      seed: 11,
      mode: "full",
      requestedSeed: null,
      questions,
      now: "2025-01-01T00:00:00.000Z",
    });
    const q = questions[0]!;
    const response =
      "options" in q
        ? ({ kind: "choice", index: 0 } as const)
        : q.type === "numeric"
          ? ({ kind: "number", value: 1 } as const)
          : q.type === "matching"
            ? ({ kind: "matching", pairs: q.left.map(() => 0) } as const)
            : q.type === "ordering"
              ? ({ kind: "ordering", order: q.items.map((_, i) => i) } as const)
              : ({ kind: "text", text: "x" } as const);
    first.getState().respond("a", response);
    first.getState().check("a");
    first.getState().next("a");

    const reloaded = createQuizSessionStore(() => storage);
    await reloaded.persist.rehydrate();
    const session = reloaded.getState().sessions.a!;
    expect(session.index).toBe(1);
    expect(session.questions).toEqual(questions);
    expect(session.responses[0]).toEqual(response);
    expect(session.results[0]).not.toBeNull();
  });

  it("backs up a session it cannot read instead of rendering it", async () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ state: { sessions: { a: { id: "s", questions: "nope" } } }, version: 1 });
    storage.data.set(SESSION_KEY, raw);
    const store = createQuizSessionStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().sessions).toEqual({});
    expect(storage.data.get(`${SESSION_KEY}:backup`)).toBe(raw);
  });
});

describe("preferences store", () => {
  it("migrates version 0 preferences", async () => {
    const storage = new MemoryStorage();
    storage.data.set(PREFERENCES_KEY, JSON.stringify({ state: { dark: true, fontScale: 1.3 }, version: 0 }));
    const store = createPreferencesStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ theme: "dark", textSize: "large" });
  });

  it("keeps version 1 preferences stored before the read-aloud ones, and stores the read-aloud speed and voice", async () => {
    const storage = new MemoryStorage();
    storage.data.set(PREFERENCES_KEY, JSON.stringify({ state: { theme: "dark", textSize: "small" }, version: 1 }));
    const store = createPreferencesStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ theme: "dark", textSize: "small" });
    store.getState().setReadRate(1.25);
    store.getState().setReadVoice("Fake English");
    const again = createPreferencesStore(() => storage);
    await again.persist.rehydrate();
    expect(again.getState()).toMatchObject({
      theme: "dark",
      textSize: "small",
      readRate: 1.25,
      readVoice: "Fake English",
    });
  });

  it("backs up preferences whose read-aloud speed or voice is not one", async () => {
    for (const bad of [{ readRate: "fast" }, { readRate: -1 }, { readVoice: 7 }]) {
      const storage = new MemoryStorage();
      const raw = JSON.stringify({ state: { theme: "dark", textSize: "small", ...bad }, version: 1 });
      storage.data.set(PREFERENCES_KEY, raw);
      const store = createPreferencesStore(() => storage);
      await store.persist.rehydrate();
      expect(store.getState().theme, JSON.stringify(bad)).toBe("system");
      expect(storage.data.get(`${PREFERENCES_KEY}:backup`)).toBe(raw);
    }
  });

  it("works without any storage at all", async () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    const store = createPreferencesStore(() => storage);
    await store.persist.rehydrate();
    store.getState().setTheme("light");
    expect(store.getState().theme).toBe("light");
    expect(useStorageNoticesStore.getState().problems.map((p) => p.kind)).toEqual(["unavailable"]);
  });
});

describe("gradebook store in two tabs", () => {
  const quiz = savedQuiz(v1Fixtures.quizzes[0]!.value, v1Fixtures.quizzes[0]!.code, "2025-03-01T10:00:00.000Z");
  const student = (name: string): StudentResult => ({
    v: 1,
    quiz: quiz.fingerprint,
    name,
    answers: {},
    startedAt: "2025-03-14T10:00:00.000Z",
    durationMs: 60_000,
  });
  const names = (storage: MemoryStorage) =>
    Object.values(stored(storage, GRADEBOOK_KEY).state.results as Record<string, { name: string }>)
      .map((r) => r.name)
      .sort();

  async function tab(storage: MemoryStorage) {
    const store = createGradebookStore(() => storage);
    await store.persist.rehydrate();
    return store;
  }

  it("a result lost to another tab's write at the same moment is written back when that write is heard", async () => {
    const storage = new MemoryStorage();
    const tabA = await tab(storage);
    tabA.getState().saveQuiz(quiz);
    const tabB = await tab(storage);
    tabA.getState().importResult(student("Ana"), resultId(student("Ana")));
    // Tab B had not yet seen Ana when it wrote Ben (Chromium shows one tab's write to another 20–100 ms later).
    const stale = new MemoryStorage();
    stale.data.set(
      GRADEBOOK_KEY,
      JSON.stringify({ state: { ...tabB.getState(), results: {} }, version: GRADEBOOK_VERSION }),
    );
    const tabBStale = await tab(stale);
    tabBStale.getState().importResult(student("Ben"), resultId(student("Ben")));
    storage.data.set(GRADEBOOK_KEY, stale.data.get(GRADEBOOK_KEY)!);
    expect(names(storage)).toEqual(["Ben"]);

    await catchUpWithOtherTab(tabA, true);
    expect(names(storage)).toEqual(["Ana", "Ben"]);
    expect(
      Object.values(tabA.getState().results)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["Ana", "Ben"]);
  });

  it("a result removed in one tab stays removed when the other tab writes", async () => {
    vi.useFakeTimers({ now: Date.parse("2025-03-14T10:00:00.000Z"), toFake: ["Date"] });
    const storage = new MemoryStorage();
    const tabA = await tab(storage);
    tabA.getState().saveQuiz(quiz);
    tabA.getState().importResult(student("Ana"), resultId(student("Ana")));
    const tabB = await tab(storage);
    vi.setSystemTime(Date.parse("2025-03-14T10:01:00.000Z"));
    tabA.getState().removeResult(resultId(student("Ana")));
    tabB.getState().importResult(student("Ben"), resultId(student("Ben")));
    vi.useRealTimers();
    expect(names(storage)).toEqual(["Ben"]);
    await catchUpWithOtherTab(tabA, true);
    expect(Object.values(tabA.getState().results).map((r) => r.name)).toEqual(["Ben"]);
  });
});
