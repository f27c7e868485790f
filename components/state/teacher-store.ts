"use client";
/**
 * Quizzes being built, one draft per article, persisted under
 * "reader:quiz-drafts" so a reload (or closing the tab) loses no edits.
 * Logic lives in lib/teacher/draft.ts; two tabs keep each article's latest
 * draft, and a discarded draft stays discarded.
 */
import { useShallow } from "zustand/react/shallow";
import type { KeyValueStorage } from "@/lib/storage";
import { removeRecords } from "@/lib/storage";
import {
  DRAFT_VERSION,
  draftsDataSchema,
  mergeDrafts,
  migrateDrafts,
  type DraftsData,
  type QuizDraft,
} from "@/lib/teacher";
import { createPersistedStore } from "./persisted-store";

export const DRAFTS_KEY = "reader:quiz-drafts";
export type { DraftsData };

interface Actions {
  /** Replaces the article's draft with `update(current)`; `current` is `fresh` when there is none yet. */
  update: (slug: string, fresh: QuizDraft, update: (draft: QuizDraft) => QuizDraft) => void;
  discard: (slug: string) => void;
}

export type TeacherStore = DraftsData & Actions;

export function createTeacherStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<DraftsData, Actions>(
    {
      key: DRAFTS_KEY,
      version: DRAFT_VERSION,
      schema: draftsDataSchema,
      initial: () => ({ drafts: {}, removed: {} }),
      migrate: migrateDrafts,
      merge: mergeDrafts,
      actions: (set) => ({
        update: (slug, fresh, update) =>
          set((s) => ({
            drafts: {
              ...s.drafts,
              [slug]: { ...update(s.drafts[slug] ?? fresh), updatedAt: new Date().toISOString() },
            },
          })),
        discard: (slug) =>
          set((s) => {
            const { records: drafts, removed } = removeRecords(s.drafts, s.removed, [slug], new Date().toISOString());
            return { drafts, removed };
          }),
      }),
    },
    getBackend,
  );
}

export const useTeacherStore = createTeacherStore();

export const useDraft = (slug: string) => useTeacherStore((s) => s.drafts[slug]);

export const useDraftActions = () => useTeacherStore(useShallow((s) => ({ update: s.update, discard: s.discard })));
