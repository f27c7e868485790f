"use client";
/**
 * Articles the teacher pasted, with their reviewed facts, persisted under
 * "reader:my-articles" so a reload keeps the work. Logic lives in
 * lib/my-articles; this file wires it to Zustand and localStorage through
 * the safe storage layer (full storage: the articles stay in this page and
 * the storage notice says they will not be kept).
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useShallow } from "zustand/react/shallow";
import type { Article, ArticleFacts } from "@/lib/article/types";
import {
  MY_ARTICLES_VERSION,
  addArticle,
  emptyMyArticles,
  isMyArticlesData,
  removeArticle,
  updateFacts,
  type AddOutcome,
  type MyArticlesData,
} from "@/lib/my-articles";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

export const MY_ARTICLES_KEY = "reader:my-articles";

type State = MyArticlesData;

interface Actions {
  add: (article: Article, warnings: string[]) => AddOutcome;
  remove: (id: string) => void;
  updateFacts: (id: string, facts: ArticleFacts) => void;
}

export type MyArticlesStore = State & Actions;

export function createMyArticlesStore(getBackend?: () => KeyValueStorage | null) {
  return create<MyArticlesStore>()(
    persist(
      (set, get) => ({
        ...emptyMyArticles(),
        add: (article, warnings) => {
          const outcome = addArticle(get(), article, warnings, new Date().toISOString());
          if (outcome.ok) set({ articles: outcome.data.articles });
          return outcome;
        },
        remove: (id) => set((s) => removeArticle(s, id)),
        updateFacts: (id, facts) => set((s) => updateFacts(s, id, facts, new Date().toISOString())),
      }),
      {
        name: MY_ARTICLES_KEY,
        version: MY_ARTICLES_VERSION,
        storage: browserStorage<MyArticlesData>(
          // There was no version 0: an unversioned value is someone else's.
          { version: MY_ARTICLES_VERSION, accepts: (state, version) => version === MY_ARTICLES_VERSION && isMyArticlesData(state) },
          getBackend,
        ),
        partialize: (s): MyArticlesData => ({ articles: s.articles }),
        migrate: (persisted) => (isMyArticlesData(persisted) ? persisted : emptyMyArticles()) as MyArticlesStore,
        skipHydration: true,
      },
    ),
  );
}

export const useMyArticlesStore = createMyArticlesStore();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === MY_ARTICLES_KEY && useMyArticlesStore.persist.hasHydrated()) void useMyArticlesStore.persist.rehydrate();
  });
}

export const useMyArticles = () => useMyArticlesStore((s) => s.articles);
export const useMyArticle = (id: string) => useMyArticlesStore((s) => (Object.hasOwn(s.articles, id) ? s.articles[id] : undefined));
export const useMyArticlesActions = () => useMyArticlesStore(useShallow((s) => ({ add: s.add, remove: s.remove, updateFacts: s.updateFacts })));
