"use client";
/**
 * Problems the safe storage layer ran into (bad data set aside, storage full
 * or blocked), waiting to be shown once as a dismissible notice.
 * Not persisted: each page load reports what it finds.
 */
import { create } from "zustand";
import type { StorageProblem } from "@/lib/storage";

interface State {
  problems: StorageProblem[];
}

interface Actions {
  report: (problem: StorageProblem) => void;
  dismiss: () => void;
}

export const useStorageNoticesStore = create<State & Actions>()((set) => ({
  problems: [],
  report: (problem) => set((s) => ({ problems: [...s.problems, problem] })),
  dismiss: () => set({ problems: [] }),
}));

export const useStorageProblems = () => useStorageNoticesStore((s) => s.problems);
