import type { Metadata } from "next";
import { Suspense } from "react";
import { getAllArticles } from "@/lib/content";
import { SharedQuizPlayer } from "@/components/play/shared-quiz-player-lazy";

export const metadata: Metadata = { title: "Quiz from your teacher" };

export default function PlayPage() {
  // The quiz is in the URL fragment, read in the browser; any built-in article may be the one it needs.
  const articles = Object.fromEntries(getAllArticles().map((article) => [article.slug, article]));
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10">
      {/* The quiz runner reads ?seed= with useSearchParams, which needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="py-10 text-center text-muted">Opening your teacher’s quiz…</p>}>
        <SharedQuizPlayer articles={articles} />
      </Suspense>
    </div>
  );
}
