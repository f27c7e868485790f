"use client";
/**
 * The teacher's gradebook in this browser, persisted under "reader:gradebook":
 * the quizzes made here (with their links) and the results imported for
 * them. Logic lives in lib/gradebook; this file wires it to Zustand and
 * localStorage through the safe storage layer.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useShallow } from "zustand/react/shallow";
import {
  clearQuiz,
  emptyGradebook,
  gradebookDataSchema,
  importResult,
  removeQuiz,
  removeResult,
  saveQuiz,
  type GradebookData,
  type ImportOutcome,
  type SavedQuiz,
} from "@/lib/gradebook";
import type { StudentResult } from "@/lib/share/result-code";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export const GRADEBOOK_KEY = "reader:gradebook";
/** 2: saved quizzes may be version-2 quizzes (pasted articles). Version-1 data is valid version-2 data. */
export const GRADEBOOK_VERSION = 2;

type State = GradebookData;

interface Actions {
  saveQuiz: (quiz: SavedQuiz) => void;
  /** Files one decoded result and says what happened (added, duplicate or refused with a reason). */
  importResult: (result: StudentResult, resultId: string) => ImportOutcome;
  removeResult: (resultId: string) => void;
  clearQuiz: (fingerprint: string) => void;
  removeQuiz: (fingerprint: string) => void;
}

export type GradebookStore = State & Actions;

export function isGradebookData(x: unknown): x is GradebookData {
  return gradebookDataSchema.safeParse(x).success;
}

export function createGradebookStore(getBackend?: () => KeyValueStorage | null) {
  return create<GradebookStore>()(
    persist(
      (set, get) => ({
        ...emptyGradebook(),
        saveQuiz: (quiz) => set((s) => saveQuiz(s, quiz)),
        importResult: (result, resultId) => {
          const { data, outcome } = importResult(get(), result, resultId, new Date().toISOString());
          if (outcome.kind === "added") set({ quizzes: data.quizzes, results: data.results });
          return outcome;
        },
        removeResult: (resultId) => set((s) => removeResult(s, resultId)),
        clearQuiz: (fingerprint) => set((s) => clearQuiz(s, fingerprint)),
        removeQuiz: (fingerprint) => set((s) => removeQuiz(s, fingerprint)),
      }),
      {
        name: GRADEBOOK_KEY,
        version: GRADEBOOK_VERSION,
        storage: browserStorage<GradebookData>(
          // There was no version 0: an unversioned value is someone else's.
          { version: GRADEBOOK_VERSION, accepts: (state, version) => version >= 1 && isGradebookData(state) },
          getBackend,
        ),
        partialize: (s): GradebookData => ({ quizzes: s.quizzes, results: s.results }),
        migrate: (persisted) => (isGradebookData(persisted) ? persisted : emptyGradebook()) as GradebookStore,
        skipHydration: true,
      },
    ),
  );
}

export const useGradebookStore = createGradebookStore();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === GRADEBOOK_KEY && useGradebookStore.persist.hasHydrated()) void useGradebookStore.persist.rehydrate();
  });
}

export const useSavedQuizzes = () => useGradebookStore((s) => s.quizzes);
export const useSavedQuiz = (fingerprint: string) => useGradebookStore((s) => s.quizzes[fingerprint]);
export const useGradedResults = () => useGradebookStore((s) => s.results);

export const useGradebookActions = () =>
  useGradebookStore(
    useShallow((s) => ({
      saveQuiz: s.saveQuiz,
      importResult: s.importResult,
      removeResult: s.removeResult,
      clearQuiz: s.clearQuiz,
      removeQuiz: s.removeQuiz,
    })),
  );
