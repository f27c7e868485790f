"use client";
/**
 * Finished quizzes in this browser, persisted under "reader:progress".
 * Logic lives in lib/progress; tabs keep every attempt either recorded, and
 * a reset in one tab is not undone by another.
 */
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import {
  PROGRESS_VERSION,
  bestScore,
  emptyProgress,
  mergeProgress,
  migrateOldProgress,
  progressDataSchema,
  recordAttempt,
  resetProgress,
  skillAccuracy,
  type Attempt,
  type ProgressData,
} from "@/lib/progress";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const PROGRESS_KEY = "reader:progress";

interface Actions {
  record: (attempt: Attempt) => void;
  reset: () => void;
}

export type ProgressStore = ProgressData & Actions;

/** A factory so unit tests can build a store over an in-memory Storage. */
export function createProgressStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<ProgressData, Actions>(
    {
      key: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      schema: progressDataSchema,
      initial: () => ({ ...emptyProgress }),
      migrate: migrateOldProgress,
      merge: mergeProgress,
      actions: (set) => ({
        record: (attempt) => set((s) => recordAttempt(s, attempt)),
        reset: () => set((s) => resetProgress(s, new Date().toISOString())),
      }),
    },
    getBackend,
  );
}

export const useProgressStore = createProgressStore();

export const useAttempts = () => useProgressStore((s) => s.attempts);

export const useBestScore = (slug: string) => useProgressStore(useShallow((s) => bestScore(s, slug)));

export function useSkillAccuracy() {
  const attempts = useAttempts();
  // Derived in a memo: a selector returning fresh objects would re-render forever.
  return useMemo(() => skillAccuracy({ attempts, resetAt: null }), [attempts]);
}

export const useProgressActions = () => useProgressStore(useShallow((s) => ({ record: s.record, reset: s.reset })));
