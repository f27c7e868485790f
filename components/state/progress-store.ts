"use client";
/**
 * Finished quizzes in this browser, persisted under "reader:progress".
 * Logic lives in lib/progress; this file wires it to Zustand, localStorage
 * (through the safe storage layer) and other tabs.
 */
import { useMemo } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useShallow } from "zustand/react/shallow";
import {
  PROGRESS_VERSION,
  acceptsStoredProgress,
  bestScore,
  emptyProgress,
  mergeProgress,
  migrateProgress,
  recordAttempt,
  resetProgress,
  skillAccuracy,
  type Attempt,
  type ProgressData,
} from "@/lib/progress/progress";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export const PROGRESS_KEY = "reader:progress";

type State = ProgressData;

interface Actions {
  record: (attempt: Attempt) => void;
  reset: () => void;
}

export type ProgressStore = State & Actions;

/** A factory so unit tests can build a store over an in-memory Storage. */
export function createProgressStore(getBackend?: () => KeyValueStorage | null) {
  return create<ProgressStore>()(
    persist(
      (set) => ({
        ...emptyProgress,
        record: (attempt) => set((s) => recordAttempt(s, attempt)),
        reset: () => set((s) => resetProgress(s, new Date().toISOString())),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: browserStorage<ProgressData>(
          { version: PROGRESS_VERSION, accepts: acceptsStoredProgress, mergeOnWrite: mergeProgress },
          getBackend,
        ),
        partialize: (s): ProgressData => ({ attempts: s.attempts, resetAt: s.resetAt }),
        migrate: (persisted, version) => migrateProgress(persisted, version) as ProgressStore,
        // What another tab stored and what this tab holds are both kept.
        merge: (persisted, current) => ({ ...current, ...mergeProgress(current, (persisted as ProgressData | undefined) ?? emptyProgress) }),
        skipHydration: true,
      },
    ),
  );
}

export const useProgressStore = createProgressStore();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== PROGRESS_KEY || !useProgressStore.persist.hasHydrated()) return;
    // Tabs that write in the same instant overwrite each other (each tab's view
    // of localStorage catches up asynchronously), so storage may now lack an
    // attempt only this tab holds. Writing the merged history back restores it;
    // when nothing is missing the value is unchanged and no new event fires.
    void useProgressStore.persist.rehydrate().then(() => useProgressStore.setState({}));
  });
}

export const useAttempts = () => useProgressStore((s) => s.attempts);

export const useBestScore = (slug: string) => useProgressStore(useShallow((s) => bestScore(s, slug)));

export function useSkillAccuracy() {
  const attempts = useAttempts();
  // Derived in a memo: a selector returning fresh objects would re-render forever.
  return useMemo(() => skillAccuracy({ attempts, resetAt: null }), [attempts]);
}

export const useProgressActions = () => useProgressStore(useShallow((s) => ({ record: s.record, reset: s.reset })));
