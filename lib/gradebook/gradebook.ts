/**
 * The teacher's gradebook as plain data and pure reducers: quizzes made in
 * this browser, and the results students sent back. The Zustand store
 * (components/state) only persists this and calls these functions.
 *
 * A result is filed under a hash of its content (resultId), so the same
 * link pasted twice is recognised as a duplicate, and under its quiz's
 * fingerprint, so results group by quiz. Scores are never stored: they are
 * recomputed from the answers (scoring.ts) whenever they are shown.
 */
import { z } from "../schema";
import { MAX_TEXT_QUIZ_CODE_CHARS, quizFingerprint, type AnySharedQuiz } from "../share";
import { tokenOf, type StudentResult } from "../share";
import { sharedQuizSchema, studentResultSchema } from "../share";
import { sharedTextQuizSchema } from "../share";
import { sharedQuizV3Schema, sharedQuizV4Schema, sharedQuizV5Schema } from "../share";
import type { Response } from "../quiz";
import { mergeRecords, mergeRemoved, removeRecords, type Removed } from "../storage";
import { isoDate, removedSchema } from "../schema";
import { classListSchema, type ClassList, type ClassListEntry } from "./class-list";

export interface SavedQuiz {
  fingerprint: string;
  /** The quiz code ("4.…", or "1.…"/"2.…"/"3.…" from an older link), to rebuild the link or the quiz file. */
  code: string;
  /** Formats 2, 3 and 4 carry the questions (and a pasted article's text), so the gradebook scores them as the students saw them. */
  shared: AnySharedQuiz;
  /** ISO 8601. */
  createdAt: string;
  /**
   * A format-5 (end-feedback) quiz's secret, which opens its sealed key: only this gradebook holds it, and
   * without it the quiz cannot be graded, so it travels in the backup file with the quiz.
   */
  secret?: string;
  /**
   * A format-5 quiz: the fingerprint of the same quiz with its key (as format 4 would carry it). The sealed
   * quiz's own fingerprint changes with every sealing, so this is how the builder finds the link it made.
   */
  unsealed?: string;
}

export interface GradedResult {
  /** resultId(): a hash of the result's content, so identical submissions are duplicates. */
  id: string;
  /** The quiz's fingerprint. */
  quiz: string;
  name: string;
  answers: Record<string, Response | null>;
  startedAt: string;
  durationMs: number;
  /** The personal-link token the result echoed (result code R2); absent for a result from the class's link. */
  token?: string;
  /** ISO 8601: when the teacher added it. */
  importedAt: string;
}

export interface GradebookData {
  /** By fingerprint. */
  quizzes: Record<string, SavedQuiz>;
  /** By result id. */
  results: Record<string, GradedResult>;
  /** Personal links' class lists, by quiz fingerprint (class-list.ts). */
  classLists: Record<string, ClassList>;
  /** When quizzes and results were removed, so another tab (or an imported file) still holding them does not bring them back. */
  removed: { quizzes: Removed; results: Removed };
  /** When this gradebook was last saved to a file (ISO 8601), or null. */
  exportedAt: string | null;
}

/**
 * 5: sealed (format-5) quizzes with their `secret` and `unsealed`. 4: class lists (`classLists`) and results' tokens. 3: tombstones
 * (`removed`) and `exportedAt`. Each older version is the next without
 * what it added.
 */
export const GRADEBOOK_VERSION = 5;

export type ImportOutcome =
  { kind: "added"; result: GradedResult } | { kind: "duplicate"; name: string } | { kind: "refused"; reason: string };

export const emptyGradebook = (): GradebookData => ({
  quizzes: {},
  results: {},
  classLists: {},
  removed: { quizzes: {}, results: {} },
  exportedAt: null,
});

/** Adds (or replaces) a quiz, filed under its fingerprint. */
export function saveQuiz(data: GradebookData, quiz: SavedQuiz): GradebookData {
  return { ...data, quizzes: { ...data.quizzes, [quiz.fingerprint]: quiz } };
}

/** A SavedQuiz for a shared quiz and its code, fingerprint computed here so it can't disagree. */
export function savedQuiz(
  shared: AnySharedQuiz,
  code: string,
  createdAt: string,
  sealed?: { secret: string; unsealed: string },
): SavedQuiz {
  return { fingerprint: quizFingerprint(shared), code, shared, createdAt, ...sealed };
}

/**
 * Files a decoded result. Refused when its quiz is not in this gradebook
 * (a result for another teacher's quiz, or for a quiz since deleted, cannot
 * be scored: the questions come from the quiz). Returns `data` unchanged
 * unless the outcome is "added".
 */
export function importResult(
  data: GradebookData,
  decoded: StudentResult,
  resultId: string,
  now: string,
): { data: GradebookData; outcome: ImportOutcome } {
  if (!Object.hasOwn(data.quizzes, decoded.quiz)) {
    return {
      data,
      outcome: {
        kind: "refused",
        reason: `The result from “${decoded.name}” is for a quiz that is not in this gradebook. Open or paste that quiz’s link here first, or check that the student used your link.`,
      },
    };
  }
  const existing = Object.hasOwn(data.results, resultId) ? data.results[resultId] : undefined;
  if (existing) return { data, outcome: { kind: "duplicate", name: existing.name } };
  const result: GradedResult = {
    id: resultId,
    quiz: decoded.quiz,
    name: decoded.name,
    answers: decoded.answers,
    startedAt: decoded.startedAt,
    durationMs: decoded.durationMs,
    ...(tokenOf(decoded) === null ? {} : { token: tokenOf(decoded)! }),
    importedAt: now,
  };
  return { data: { ...data, results: { ...data.results, [resultId]: result } }, outcome: { kind: "added", result } };
}

/**
 * Sets (or, with no students, empties) a quiz's class list. Refused for a
 * quiz not in this gradebook: a list is only worth keeping beside its quiz.
 */
export function setClassList(
  data: GradebookData,
  quiz: string,
  students: readonly ClassListEntry[],
  now: string,
): GradebookData {
  if (!Object.hasOwn(data.quizzes, quiz)) return data;
  return { ...data, classLists: { ...data.classLists, [quiz]: { quiz, students: [...students], updatedAt: now } } };
}

/** The quiz's class list (empty when it has none). */
export function classListOf(data: Pick<GradebookData, "classLists">, quiz: string): ClassListEntry[] {
  return Object.hasOwn(data.classLists, quiz) ? data.classLists[quiz]!.students : [];
}

export function removeResult(data: GradebookData, resultId: string, now: string): GradebookData {
  if (!Object.hasOwn(data.results, resultId)) return data;
  return withoutResults(data, [resultId], now);
}

function withoutResults(data: GradebookData, ids: readonly string[], now: string): GradebookData {
  const { records: results, removed } = removeRecords(data.results, data.removed.results, ids, now);
  return { ...data, results, removed: { ...data.removed, results: removed } };
}

export function clearQuiz(data: GradebookData, fingerprint: string, now: string): GradebookData {
  return withoutResults(
    data,
    Object.keys(data.results).filter((id) => data.results[id]!.quiz === fingerprint),
    now,
  );
}

export function removeQuiz(data: GradebookData, fingerprint: string, now: string): GradebookData {
  const cleared = clearQuiz(data, fingerprint, now);
  const { records: quizzes, removed } = removeRecords(cleared.quizzes, cleared.removed.quizzes, [fingerprint], now);
  // The quiz's tombstone is the list's too: merging drops lists whose quiz is gone.
  const classLists = { ...cleared.classLists };
  delete classLists[fingerprint];
  return { ...cleared, quizzes, classLists, removed: { ...cleared.removed, quizzes: removed } };
}

/**
 * Two gradebooks as one (another tab's and this one's, or an imported file and
 * this browser's): every quiz and result either holds, less what either
 * removed later; results of a quiz that is gone go with it.
 */
export function mergeGradebooks(stored: GradebookData, mine: GradebookData): GradebookData {
  const removed = {
    quizzes: mergeRemoved(stored.removed.quizzes, mine.removed.quizzes),
    results: mergeRemoved(stored.removed.results, mine.removed.results),
  };
  const quizzes = mergeRecords(stored.quizzes, mine.quizzes, removed.quizzes, (q) => q.createdAt);
  // A sealed quiz added from its link has no secret: the copy that has it (the builder's) is the one kept.
  for (const [id, quiz] of Object.entries(quizzes)) {
    if (quiz.secret !== undefined) continue;
    const keeper = [stored.quizzes, mine.quizzes].find((q) => Object.hasOwn(q, id) && q[id]!.secret !== undefined);
    // defineProperty: ids come from storage, and "__proto__" must stay a key.
    if (keeper)
      Object.defineProperty(quizzes, id, { value: keeper[id], enumerable: true, writable: true, configurable: true });
  }
  const results = mergeRecords(stored.results, mine.results, removed.results, (r) => r.importedAt);
  for (const [id, result] of Object.entries(results)) if (!Object.hasOwn(quizzes, result.quiz)) delete results[id];
  // The later list wins: a tab that never saw the new list must not bring the old one back.
  const classLists = mergeRecords(stored.classLists, mine.classLists, {}, (l) => l.updatedAt);
  for (const id of Object.keys(classLists)) if (!Object.hasOwn(quizzes, id)) delete classLists[id];
  const exportedAt =
    stored.exportedAt === null
      ? mine.exportedAt
      : mine.exportedAt === null || stored.exportedAt > mine.exportedAt
        ? stored.exportedAt
        : mine.exportedAt;
  return { quizzes, results, classLists, removed, exportedAt };
}

export function resultsForQuiz(data: Pick<GradebookData, "results">, fingerprint: string): GradedResult[] {
  return Object.values(data.results)
    .filter((r) => r.quiz === fingerprint)
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.name.localeCompare(b.name));
}

/**
 * Schema of persisted gradebook data, for the store's rehydration: stored
 * data is read back through the same validation as links, since another
 * tab, an old version or a browser extension may have written it.
 */
const v2ResultSchema = z.strictObject({
  id: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  quiz: studentResultSchema.shape.quiz,
  name: studentResultSchema.shape.name,
  answers: studentResultSchema.shape.answers,
  startedAt: isoDate,
  durationMs: studentResultSchema.shape.durationMs,
  importedAt: isoDate,
});

const v2QuizSchema = z.strictObject({
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  code: z.string().check(z.maxLength(MAX_TEXT_QUIZ_CODE_CHARS)),
  shared: z.union([sharedQuizSchema, sharedTextQuizSchema, sharedQuizV3Schema, sharedQuizV4Schema, sharedQuizV5Schema]),
  createdAt: isoDate,
  secret: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, "is not a quiz secret"))),
});

const gradebookV2Schema = z.strictObject({
  quizzes: z.record(z.string(), v2QuizSchema),
  results: z.record(z.string(), v2ResultSchema),
});

const gradebookV3Schema = z.strictObject({
  ...gradebookV2Schema.shape,
  removed: z.strictObject({ quizzes: removedSchema, results: removedSchema }),
  exportedAt: z.nullable(isoDate),
});

const v4ResultSchema = z.strictObject({
  ...v2ResultSchema.shape,
  token: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{11}$/))),
});

const gradebookV4Schema = z.strictObject({
  ...gradebookV3Schema.shape,
  results: z.record(z.string(), v4ResultSchema),
  classLists: z.record(z.string(), classListSchema),
});

const fingerprintSchema = z.string().check(z.regex(/^[0-9a-f]{12}$/));

export const gradebookDataSchema = z
  .strictObject({
    ...gradebookV4Schema.shape,
    quizzes: z.record(
      z.string(),
      z
        .strictObject({ ...v2QuizSchema.shape, unsealed: z.optional(fingerprintSchema) })
        .check(
          z.refine(
            (quiz) => quiz.shared.v === 5 || (quiz.secret === undefined && quiz.unsealed === undefined),
            "keeps a secret for a quiz that is not sealed",
          ),
        ),
    ),
  })
  .check(
    z.refine(
      (data) => Object.entries(data.classLists).every(([id, list]) => list.quiz === id),
      "files a class list under another quiz",
    ),
  ) satisfies z.Schema<GradebookData>;

/** A gradebook stored by version 1 to 4, as version 5 (undefined: not a gradebook). */
export function migrateGradebook(state: unknown, fromVersion: number): GradebookData | undefined {
  // Version 4 never wrote a sealed quiz: its data is version 5's as it is.
  if (fromVersion === 4) return gradebookV4Schema.safeParse(state).success ? (state as GradebookData) : undefined;
  if (fromVersion === 3) {
    const old = gradebookV3Schema.safeParse(state);
    return old.success ? { ...old.data, classLists: {} } : undefined;
  }
  if (fromVersion !== 1 && fromVersion !== 2) return undefined;
  const old = gradebookV2Schema.safeParse(state);
  return old.success
    ? { ...old.data, classLists: {}, removed: { quizzes: {}, results: {} }, exportedAt: null }
    : undefined;
}
