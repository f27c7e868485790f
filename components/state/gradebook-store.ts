"use client";
/**
 * The teacher's gradebook in this browser, persisted under "reader:gradebook":
 * the quizzes made here (with their links) and the results imported for
 * them. Logic lives in lib/gradebook; tabs merge by id (a result added in one
 * tab is never lost to another tab's write, a removal is not undone).
 */
import { useShallow } from "zustand/react/shallow";
import {
  GRADEBOOK_VERSION,
  clearQuiz,
  emptyGradebook,
  gradebookDataSchema,
  importGradebook,
  importResult,
  mergeGradebooks,
  migrateGradebook,
  removeQuiz,
  removeResult,
  saveQuiz,
  setClassList,
  type ClassListEntry,
  type GradebookData,
  type ImportOutcome,
  type ImportSummary,
  type SavedQuiz,
} from "@/lib/gradebook";
import type { StudentResult } from "@/lib/share";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const GRADEBOOK_KEY = "reader:gradebook";
export { GRADEBOOK_VERSION };

interface Actions {
  saveQuiz: (quiz: SavedQuiz) => void;
  /** Files one decoded result and says what happened (added, duplicate or refused with a reason). */
  importResult: (result: StudentResult, resultId: string) => ImportOutcome;
  removeResult: (resultId: string) => void;
  clearQuiz: (fingerprint: string) => void;
  removeQuiz: (fingerprint: string) => void;
  /** The quiz's class list for personal links (an empty list removes them). */
  setClassList: (fingerprint: string, students: readonly ClassListEntry[]) => void;
  /** Adds a gradebook file's quizzes and results to this one. */
  importFile: (file: GradebookData) => ImportSummary;
  markExported: (at: string) => void;
}

export type GradebookStore = GradebookData & Actions;

const now = () => new Date().toISOString();

export function createGradebookStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<GradebookData, Actions>(
    {
      key: GRADEBOOK_KEY,
      version: GRADEBOOK_VERSION,
      schema: gradebookDataSchema,
      initial: emptyGradebook,
      migrate: migrateGradebook,
      merge: mergeGradebooks,
      actions: (set, get) => ({
        saveQuiz: (quiz) => set((s) => saveQuiz(s, quiz)),
        importResult: (result, resultId) => {
          const { data, outcome } = importResult(get(), result, resultId, now());
          if (outcome.kind === "added") set({ results: data.results });
          return outcome;
        },
        removeResult: (resultId) => set((s) => removeResult(s, resultId, now())),
        clearQuiz: (fingerprint) => set((s) => clearQuiz(s, fingerprint, now())),
        removeQuiz: (fingerprint) => set((s) => removeQuiz(s, fingerprint, now())),
        setClassList: (fingerprint, students) => set((s) => setClassList(s, fingerprint, students, now())),
        importFile: (file) => {
          const summary = importGradebook(get(), file);
          set(summary.data);
          return summary;
        },
        markExported: (at) => set({ exportedAt: at }),
      }),
    },
    getBackend,
  );
}

export const useGradebookStore = createGradebookStore();

export const useSavedQuizzes = () => useGradebookStore((s) => s.quizzes);
export const useSavedQuiz = (fingerprint: string) => useGradebookStore((s) => s.quizzes[fingerprint]);
/**
 * The link the builder made for the quiz whose fingerprint (with its answers) is `fingerprint`: filed under
 * it, or, sealed, under its own fingerprint with `unsealed` pointing back.
 */
export const useBuiltQuiz = (fingerprint: string, sealed: boolean) =>
  useGradebookStore((s) =>
    sealed
      ? Object.values(s.quizzes).find((q) => q.shared.v === 5 && q.unsealed === fingerprint)
      : Object.hasOwn(s.quizzes, fingerprint) && s.quizzes[fingerprint]!.shared.v !== 5
        ? s.quizzes[fingerprint]
        : undefined,
  );
export const useGradedResults = () => useGradebookStore((s) => s.results);
export const useClassLists = () => useGradebookStore((s) => s.classLists);
export const useClassList = (fingerprint: string) => useGradebookStore((s) => s.classLists[fingerprint]);
export const useLastExported = () => useGradebookStore((s) => s.exportedAt);

export const useGradebookActions = () =>
  useGradebookStore(
    useShallow((s) => ({
      saveQuiz: s.saveQuiz,
      importResult: s.importResult,
      removeResult: s.removeResult,
      clearQuiz: s.clearQuiz,
      removeQuiz: s.removeQuiz,
      setClassList: s.setClassList,
      importFile: s.importFile,
      markExported: s.markExported,
    })),
  );
