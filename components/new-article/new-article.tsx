"use client";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import type { ExtractResult } from "@/lib/extract";
import { draftKeyPrefix, listArticles } from "@/lib/my-articles";
import { useMyArticles, useMyArticlesActions, useMyArticlesStore } from "@/components/state/my-articles-store";
import { useStorageProblems } from "@/components/state/storage-notices-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FactReview } from "./fact-review";
import { PasteForm, type PastedText } from "./paste-form";
import { useExtraction } from "./use-extraction";
import { MY_ARTICLES_KEY } from "@/components/state/my-articles-store";

/** The review step lives in the URL fragment, so a reload (or Back from the builder) returns to it. */
function reviewIdFromHash(): string | null {
  const match = /^#review=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

export const builderHref = (id: string) => `/articles/mine/?id=${encodeURIComponent(id)}`;

/**
 * /articles/new/: paste an article, find its facts (in a Web Worker), check
 * them, then build a quiz with the same builder as for the library's
 * articles. Articles are kept in this browser (reader:my-articles) and
 * listed here.
 */
export function NewArticle() {
  const ready = useHydratedStore(useMyArticlesStore);
  const articles = useMyArticles();
  const actions = useMyArticlesActions();
  const storageProblems = useStorageProblems();
  const [pasted, setPasted] = useState<PastedText>({ text: "", title: "", source: "" });
  const [message, setMessage] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [deleting, setDeleting] = useState<{ id: string; title: string } | null>(null);
  const reviewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const read = () => setReviewing(reviewIdFromHash());
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  // Where focus goes once the step just asked for is on screen.
  const focusNext = useRef<string | null>(null);
  const focusHeading = useCallback(() => {
    const target = focusNext.current && document.getElementById(focusNext.current);
    if (!target) return;
    focusNext.current = null;
    target.focus?.();
  }, []);
  const review = useCallback(
    (id: string | null) => {
      window.history.pushState(null, "", id ? `#review=${encodeURIComponent(id)}` : window.location.pathname);
      focusNext.current = id ? "review-heading" : "paste-heading";
      // The review of a long article is hundreds of facts: as a transition React
      // renders it in slices, so the page never freezes for one long task.
      startTransition(() => setReviewing(id));
      requestAnimationFrame(() => {
        // Already on that step (nothing to render): move focus now.
        if (document.getElementById(focusNext.current ?? "")) focusHeading();
      });
    },
    [focusHeading],
  );
  useEffect(focusHeading, [reviewing, focusHeading]);

  const finished = useCallback(
    (result: ExtractResult) => {
      if (!result.ok) {
        setMessage(result.message);
        setAnnouncement("No facts: see the message above the button.");
        return;
      }
      const added = actions.add(result.article, result.warnings);
      if (!added.ok) {
        setMessage(added.message);
        return;
      }
      setMessage(null);
      setAnnouncement("Facts found. Check them below.");
      review(added.id);
    },
    [actions, review],
  );
  const { state: extraction, start, cancel } = useExtraction(finished);
  const storageFull = storageProblems.some(
    (p) => p.key === MY_ARTICLES_KEY && (p.kind === "full" || p.kind === "unavailable"),
  );

  if (!ready) {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Loading your articles…
      </p>
    );
  }

  const entry = reviewing && Object.hasOwn(articles, reviewing) ? articles[reviewing] : undefined;
  const saved = listArticles({ articles });

  const pasteArea =
    reviewing && !entry ? (
      <p role="alert" className="rounded-control border-2 border-danger bg-danger-soft p-3 text-danger">
        This article is not saved in this browser (it may have been deleted).{" "}
        <button type="button" onClick={() => review(null)} className="font-semibold underline underline-offset-4">
          Paste an article
        </button>
      </p>
    ) : entry ? (
      <div ref={reviewRef} className="grid gap-4">
        <p>
          <button
            type="button"
            onClick={() => review(null)}
            className="rounded-control px-1 text-sm font-medium text-accent underline underline-offset-4"
          >
            ← Paste another article
          </button>
        </p>
        <FactReview
          key={entry.id}
          entry={entry}
          onChange={(facts) => actions.updateFacts(entry.id, facts)}
          buildHref={builderHref(entry.id)}
        />
      </div>
    ) : (
      <PasteForm
        value={pasted}
        onChange={setPasted}
        extraction={extraction}
        message={extraction.status === "crashed" ? extraction.message : message}
        onExtract={(input) => {
          setMessage(null);
          setAnnouncement("Finding the facts…");
          start(input);
        }}
        onCancel={() => {
          cancel();
          setAnnouncement("Stopped. Your text is still in the box.");
        }}
      />
    );

  const savedList = !entry && (
    <section aria-labelledby="saved-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="saved-heading" className="text-lg font-semibold">
          Your articles
        </h2>
        {saved.length > 0 && !reviewing && (
          <a href="#paste-heading" className="text-sm font-medium text-accent underline underline-offset-4">
            New article: paste one <span aria-hidden="true">↓</span>
          </a>
        )}
      </div>
      {saved.length === 0 ? (
        <p className="mt-1 text-muted">
          None yet. Articles you check are kept in this browser, so you can come back to them.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {saved.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-line bg-surface p-3 shadow-card sm:p-4"
            >
              <div className="min-w-0 flex-1 basis-60">
                <p className="font-semibold">{item.article.title}</p>
                <p className="text-sm text-muted">
                  {item.article.source} · {item.article.paragraphs.length} paragraph
                  {item.article.paragraphs.length === 1 ? "" : "s"}
                </p>
              </div>
              <div className="flex flex-wrap gap-2 text-sm">
                <button
                  type="button"
                  onClick={() => review(item.id)}
                  aria-label={`Check the facts of ${item.article.title}`}
                  className="rounded-control border-2 border-line px-3 py-1.5 font-medium hover:border-accent"
                >
                  Check the facts
                </button>
                <Link
                  href={builderHref(item.id)}
                  aria-label={`Build a quiz on ${item.article.title}`}
                  className="rounded-control border-2 border-accent px-3 py-1.5 font-medium text-accent no-underline hover:bg-accent-soft"
                >
                  Build a quiz
                </Link>
                <button
                  type="button"
                  onClick={() => setDeleting({ id: item.id, title: item.article.title })}
                  aria-label={`Delete ${item.article.title}`}
                  className="rounded-control border-2 border-line px-3 py-1.5 font-medium text-danger hover:border-danger"
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className="grid gap-8">
      {storageFull && (
        <p role="alert" className="rounded-control border-2 border-warning bg-warning-soft p-3 text-sm text-warning">
          This browser is not letting the app save your articles (storage is full or blocked). Your work stays on this
          page until you close it: build and share the quiz before you do, or delete older articles below to make room.
        </p>
      )}

      {/* Someone with saved articles came back for them: the list first, the paste form after it. */}
      {saved.length > 0 ? (
        <>
          {savedList}
          {pasteArea}
        </>
      ) : (
        <>
          {pasteArea}
          {savedList}
        </>
      )}

      <ConfirmDialog
        request={
          deleting
            ? {
                title: `Delete “${deleting.title}”?`,
                description:
                  "The article and your corrections to its facts are deleted from this browser. Quizzes already shared keep working: they carry the text.",
                confirmLabel: "Delete article",
              }
            : null
        }
        onConfirm={() => {
          if (!deleting) return;
          const { id } = deleting;
          actions.remove(id);
          // Its quiz drafts go too; the builder saves them under keys starting with the article's id. The drafts'
          // store (and the engine and share codes its schema needs) is fetched only now: the form has no use for it.
          void import("@/components/state/teacher-store")
            .then(async ({ useTeacherStore }) => {
              if (!useTeacherStore.persist.hasHydrated()) await useTeacherStore.persist.rehydrate();
              return useTeacherStore;
            })
            .then((store) => {
              const { drafts, discard } = store.getState();
              for (const key of Object.keys(drafts)) if (key.startsWith(draftKeyPrefix(id))) discard(key);
            });
          setAnnouncement(`Deleted “${deleting.title}”.`);
        }}
        onClose={() => setDeleting(null)}
      />

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
