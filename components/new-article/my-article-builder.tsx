"use client";
import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { useSearchParams } from "next/navigation";
import { builderDraftKey } from "@/lib/my-articles";
import { useMyArticle, useMyArticlesStore } from "@/components/state/my-articles-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
// The builder (engine, share codes, QR) is fetched only for an article that is here: "not found" needs none of it.
import { QuizBuilder } from "@/components/teacher/quiz-builder-lazy";

/** /articles/mine/?id=…: the builder for one of the teacher's pasted articles, the same one the library's articles use. */
export function MyArticleBuilder() {
  const id = useSearchParams().get("id") ?? "";
  const ready = useHydratedStore(useMyArticlesStore);
  const entry = useMyArticle(id);

  if (!ready) {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Loading your article…
      </p>
    );
  }
  if (!entry) {
    return (
      <div className="mx-auto max-w-measure">
        <h1 className="font-serif text-2xl leading-tight font-bold sm:text-3xl">Article not found</h1>
        <p role="alert" className="mt-4 rounded-card border-2 border-danger bg-danger-soft p-4 text-danger">
          This article is not saved in this browser. It may have been deleted, or pasted on another computer.
        </p>
        <p className="mt-6">
          <Link href="/articles/new/" className="font-medium text-accent underline underline-offset-4">
            Paste an article
          </Link>
        </p>
      </div>
    );
  }

  const { article } = entry;
  const draftKey = builderDraftKey(entry.id, article.facts);
  return (
    <>
      <PageHeading
        className="print:hidden"
        back={{ href: `/articles/new/#review=${encodeURIComponent(entry.id)}`, label: "Back to the facts" }}
        eyebrow="Build a quiz for your class"
        title={article.title}
      >
        Your article ({article.source}). Choose the settings, check every question and its evidence, then share. The
        link carries the article’s text, so students need nothing else. Results come back to your{" "}
        <Link href="/gradebook/" className="font-medium text-accent underline underline-offset-4">
          gradebook
        </Link>
        .
      </PageHeading>
      <QuizBuilder key={draftKey} article={article} articleKind="text" draftKey={draftKey} />
    </>
  );
}
