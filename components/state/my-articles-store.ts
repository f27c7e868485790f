"use client";
/**
 * Articles the teacher pasted, with their reviewed facts, persisted under
 * "reader:my-articles" so a reload keeps the work. Logic lives in
 * lib/my-articles; two tabs keep each article as last changed, and a
 * deleted article stays deleted (full storage: the articles stay in this
 * page and the storage notice says they will not be kept).
 */
import { useShallow } from "zustand/react/shallow";
import type { Article, ArticleFacts } from "@/lib/article";
import {
  MY_ARTICLES_VERSION,
  addArticle,
  emptyMyArticles,
  mergeMyArticles,
  migrateMyArticles,
  myArticlesDataSchema,
  removeArticle,
  updateFacts,
  type AddOutcome,
  type MyArticlesData,
} from "@/lib/my-articles";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const MY_ARTICLES_KEY = "reader:my-articles";

interface Actions {
  add: (article: Article, warnings: string[]) => AddOutcome;
  remove: (id: string) => void;
  updateFacts: (id: string, facts: ArticleFacts) => void;
}

export type MyArticlesStore = MyArticlesData & Actions;

const now = () => new Date().toISOString();

export function createMyArticlesStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<MyArticlesData, Actions>(
    {
      key: MY_ARTICLES_KEY,
      version: MY_ARTICLES_VERSION,
      schema: myArticlesDataSchema,
      initial: emptyMyArticles,
      migrate: migrateMyArticles,
      merge: mergeMyArticles,
      actions: (set, get) => ({
        add: (article, warnings) => {
          const outcome = addArticle(get(), article, warnings, now());
          if (outcome.ok) set({ articles: outcome.data.articles });
          return outcome;
        },
        remove: (id) => set((s) => removeArticle(s, id, now())),
        updateFacts: (id, facts) => set((s) => updateFacts(s, id, facts, now())),
      }),
    },
    getBackend,
  );
}

export const useMyArticlesStore = createMyArticlesStore();

export const useMyArticles = () => useMyArticlesStore((s) => s.articles);
export const useMyArticle = (id: string) =>
  useMyArticlesStore((s) => (Object.hasOwn(s.articles, id) ? s.articles[id] : undefined));
export const useMyArticlesActions = () =>
  useMyArticlesStore(useShallow((s) => ({ add: s.add, remove: s.remove, updateFacts: s.updateFacts })));
