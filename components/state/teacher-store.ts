"use client";
/**
 * Quizzes being built, one draft per article, persisted under
 * "reader:quiz-drafts" so a reload (or closing the tab) loses no edits.
 * Logic lives in lib/teacher/draft.ts; this file wires it to Zustand and
 * localStorage through the safe storage layer.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useShallow } from "zustand/react/shallow";
import { DRAFT_VERSION, isQuizDraft, type QuizDraft } from "@/lib/teacher/draft";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export const DRAFTS_KEY = "reader:quiz-drafts";

export interface DraftsData {
  /** Keyed by article slug. */
  drafts: Record<string, QuizDraft>;
}

type State = DraftsData;

interface Actions {
  /** Replaces the article's draft with `update(current)`; `current` is `fresh` when there is none yet. */
  update: (slug: string, fresh: QuizDraft, update: (draft: QuizDraft) => QuizDraft) => void;
  discard: (slug: string) => void;
}

export type TeacherStore = State & Actions;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function isDraftsData(x: unknown): x is DraftsData {
  return isRecord(x) && isRecord(x.drafts) && Object.values(x.drafts).every(isQuizDraft);
}

export function createTeacherStore(getBackend?: () => KeyValueStorage | null) {
  return create<TeacherStore>()(
    persist(
      (set) => ({
        drafts: {},
        update: (slug, fresh, update) => set((s) => ({ drafts: { ...s.drafts, [slug]: update(s.drafts[slug] ?? fresh) } })),
        discard: (slug) =>
          set((s) => {
            const drafts = { ...s.drafts };
            delete drafts[slug];
            return { drafts };
          }),
      }),
      {
        name: DRAFTS_KEY,
        version: DRAFT_VERSION,
        storage: browserStorage<DraftsData>(
          // There was no version 0: an unversioned value is someone else's.
          { version: DRAFT_VERSION, accepts: (state, version) => version === DRAFT_VERSION && isDraftsData(state) },
          getBackend,
        ),
        partialize: (s): DraftsData => ({ drafts: s.drafts }),
        migrate: (persisted) => (isDraftsData(persisted) ? persisted : { drafts: {} }) as TeacherStore,
        skipHydration: true,
      },
    ),
  );
}

export const useTeacherStore = createTeacherStore();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === DRAFTS_KEY && useTeacherStore.persist.hasHydrated()) void useTeacherStore.persist.rehydrate();
  });
}

export const useDraft = (slug: string) => useTeacherStore((s) => s.drafts[slug]);

export const useDraftActions = () => useTeacherStore(useShallow((s) => ({ update: s.update, discard: s.discard })));
