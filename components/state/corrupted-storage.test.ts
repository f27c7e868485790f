/**
 * Every persisted key, given what a broken browser, an old or newer version,
 * an extension or a hand-edited value can leave in it: the store starts
 * clean, the value is kept under a backup key, the user is told, and the
 * next write works without touching the backup.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStorage } from "@/lib/testing/memory-storage";
import { generateQuiz } from "@/lib/quiz";
import { seedArticle } from "@/lib/quiz/fixtures/seed";
import { newDraft } from "@/lib/teacher/draft";
import v5Fixtures from "@/lib/share/fixtures/v5.json";
import { GRADEBOOK_KEY, GRADEBOOK_VERSION, createGradebookStore } from "./gradebook-store";
import { MY_ARTICLES_KEY, createMyArticlesStore } from "./my-articles-store";
import { PREFERENCES_KEY, createPreferencesStore } from "./preferences-store";
import { PROGRESS_KEY, createProgressStore } from "./progress-store";
import { SESSION_KEY, createQuizSessionStore } from "./quiz-session-store";
import { SEALED_SESSION_KEY, createSealedSessionStore } from "./sealed-session-store";
import { startSealedSession } from "@/lib/sealed-session";
import { quizFingerprint, type SharedQuizV5 } from "@/lib/share";
import { useStorageNoticesStore } from "./storage-notices-store";
import { DRAFTS_KEY, createTeacherStore } from "./teacher-store";

const NOW = "2025-01-01T00:00:00.000Z";
const article = seedArticle();
const questions = generateQuiz(article, { seed: 1, count: 3 }).questions;
const session = {
  id: "s",
  slug: "a",
  seed: 1,
  mode: "full",
  requestedSeed: null,
  questions,
  responses: [null, null, null],
  results: [null, null, null],
  index: 0,
  phase: "answering",
  startedAt: NOW,
  finishedAt: null,
};
const draft = newDraft(article, 1);
const sealed = v5Fixtures.quizzes[0]!;
const sealedQuiz = sealed.value as unknown as SharedQuizV5;
const sealedSession = startSealedSession({ id: "s", quiz: sealedQuiz, studentSeed: 1, now: NOW });
const keyInTheClear = {
  ...sealedQuiz,
  questions: sealedQuiz.questions.map((q) => ({ ...q, answer: 0 })),
} as unknown as SharedQuizV5;
const sealedGradebook = (quiz: object) => ({
  quizzes: {
    [sealed.fingerprint]: {
      fingerprint: sealed.fingerprint,
      code: sealed.code,
      shared: sealed.value,
      createdAt: NOW,
      secret: sealed.secret,
      unsealed: "0123456789ab",
      ...quiz,
    },
  },
  results: {},
  classLists: {},
  removed: { quizzes: {}, results: {} },
  exportedAt: null,
});

/** Each key: its store, its version, and stored states that look right at the top and are broken inside. */
const KEYS = [
  {
    key: PROGRESS_KEY,
    version: 1,
    create: createProgressStore,
    write: (s: ReturnType<typeof createProgressStore>) =>
      s
        .getState()
        .record({ id: "x", slug: "a", seed: 1, mode: "full", score: 1, total: 2, finishedAt: NOW, answers: [] }),
    nested: [
      [
        "a finish date of “garbage”",
        {
          attempts: [
            { id: "x", slug: "a", seed: 1, mode: "full", score: 1, total: 2, finishedAt: "garbage", answers: [] },
          ],
          resetAt: null,
        },
      ],
      [
        "an answer with an unknown skill",
        {
          attempts: [
            {
              id: "x",
              slug: "a",
              seed: 1,
              mode: "full",
              score: 1,
              total: 2,
              finishedAt: NOW,
              answers: [{ questionId: "q", skill: "magic", correct: true }],
            },
          ],
          resetAt: null,
        },
      ],
    ],
  },
  {
    key: SESSION_KEY,
    version: 1,
    create: createQuizSessionStore,
    write: (s: ReturnType<typeof createQuizSessionStore>) =>
      s.getState().start({ id: "n", slug: "b", seed: 2, mode: "full", requestedSeed: null, questions, now: NOW }),
    nested: [
      [
        "a question without its options",
        { sessions: { a: { ...session, questions: questions.map((q) => ({ ...q, options: undefined })) } } },
      ],
      [
        "matching items of the wrong type",
        {
          sessions: {
            a: {
              ...session,
              questions: [{ ...questions[0], type: "matching", left: [1, 2], right: null }, ...questions.slice(1)],
            },
          },
        },
      ],
      ["a start date of “garbage”", { sessions: { a: { ...session, startedAt: "garbage" } } }],
    ],
  },
  {
    key: SEALED_SESSION_KEY,
    version: 1,
    create: createSealedSessionStore,
    write: (s: ReturnType<typeof createSealedSessionStore>) =>
      s.getState().start("sealed:x", { id: "n", quiz: sealedQuiz, studentSeed: 2, now: NOW }),
    nested: [
      [
        "a question with its right answer in the clear",
        {
          sessions: {
            // Its fingerprint made to match, so only the key field is wrong.
            a: { ...sealedSession, quiz: keyInTheClear, fingerprint: quizFingerprint(keyInTheClear) },
          },
        },
      ],
      [
        "a verdict beside the answers",
        { sessions: { a: { ...sealedSession, results: sealedSession.order.map(() => true) } } },
      ],
      ["a start date of “garbage”", { sessions: { a: { ...sealedSession, startedAt: "garbage" } } }],
    ],
  },
  {
    key: DRAFTS_KEY,
    version: 2,
    create: createTeacherStore,
    write: (s: ReturnType<typeof createTeacherStore>) => s.getState().update("b", draft, (d) => d),
    nested: [
      [
        "an own question without options",
        {
          drafts: {
            a: {
              ...draft,
              custom: [{ id: "custom-1", type: "multiple-choice", prompt: "Why?", explanation: "", answer: 0 }],
            },
          },
          removed: {},
        },
      ],
      [
        "settings of the wrong type",
        { drafts: { a: { ...draft, settings: { ...draft.settings, count: "ten" } } }, removed: {} },
      ],
    ],
  },
  {
    key: MY_ARTICLES_KEY,
    version: 2,
    create: createMyArticlesStore,
    write: (s: ReturnType<typeof createMyArticlesStore>) => s.getState().remove("nothing"),
    nested: [
      [
        "an article whose facts do not fit its text",
        {
          articles: {
            a: { id: "a", article: { ...article, body: "other" }, warnings: [], createdAt: NOW, updatedAt: NOW },
          },
          removed: {},
        },
      ],
      [
        "a date of “garbage”",
        { articles: { a: { id: "a", article, warnings: [], createdAt: "garbage", updatedAt: NOW } }, removed: {} },
      ],
    ],
  },
  {
    key: GRADEBOOK_KEY,
    version: GRADEBOOK_VERSION,
    create: createGradebookStore,
    write: (s: ReturnType<typeof createGradebookStore>) => s.getState().markExported(NOW),
    nested: [
      [
        "a quiz that is not a quiz",
        {
          quizzes: { "0123456789ab": { fingerprint: "0123456789ab", code: "3.x", shared: { v: 3 }, createdAt: NOW } },
          results: {},
          classLists: {},
          removed: { quizzes: {}, results: {} },
          exportedAt: null,
        },
      ],
      ["a sealed quiz whose secret is cut short", sealedGradebook({ secret: sealed.secret.slice(0, 20) })],
      [
        "a sealed quiz with a right answer in the clear",
        sealedGradebook({
          shared: { ...sealed.value, questions: sealed.value.questions.map((q) => ({ ...q, answer: 0 })) },
        }),
      ],
      [
        "a removal date of “garbage”",
        {
          quizzes: {},
          results: {},
          classLists: {},
          removed: { quizzes: { x: "garbage" }, results: {} },
          exportedAt: null,
        },
      ],
    ],
  },
  {
    key: PREFERENCES_KEY,
    version: 1,
    create: createPreferencesStore,
    write: (s: ReturnType<typeof createPreferencesStore>) => s.getState().setTheme("dark"),
    nested: [["a theme nobody offers", { theme: "neon", textSize: "medium" }]],
  },
] as const;

const CASES = KEYS.flatMap((k) => [
  [k.key, "corrupted JSON", '{"state": {', "corrupted", k] as const,
  [k.key, "a foreign shape", JSON.stringify({ hello: "world" }), "foreign", k] as const,
  [k.key, "a future version", JSON.stringify({ state: {}, version: k.version + 1 }), "future-version", k] as const,
  ...k.nested.map(
    ([name, state]) => [k.key, name, JSON.stringify({ state, version: k.version }), "foreign", k] as const,
  ),
]);

beforeEach(() => useStorageNoticesStore.getState().dismiss());

describe("every persisted key, given bad data", () => {
  it.each(CASES)("%s: %s is set aside, the app keeps working", async (key, _, raw, kind, k) => {
    const storage = new MemoryStorage();
    storage.data.set(key, raw);
    const store = k.create(() => storage);
    await store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(storage.data.get(`${key}:backup`)).toBe(raw);
    expect(useStorageNoticesStore.getState().problems.map((p) => p.kind)).toEqual([kind]);
    // The app writes again, over a clean key, and the backup stays.
    (k.write as (s: typeof store) => void)(store);
    expect(JSON.parse(storage.data.get(key)!).version).toBe(k.version);
    expect(storage.data.get(`${key}:backup`)).toBe(raw);
  });

  it.each(KEYS.map((k) => [k.key, k] as const))(
    "%s: a bad value with no room for its backup is left where it is",
    async (key, k) => {
      const storage = new MemoryStorage();
      storage.data.set(key, "{oops");
      storage.full = true;
      const store = k.create(() => storage);
      await store.persist.rehydrate();
      storage.full = false;
      (k.write as (s: typeof store) => void)(store);
      expect(storage.data.get(key)).toBe("{oops");
      expect(useStorageNoticesStore.getState().problems.map((p) => p.kind)).toEqual(["not-set-aside"]);
    },
  );
});
