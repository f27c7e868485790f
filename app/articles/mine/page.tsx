import type { Metadata } from "next";
import { Suspense } from "react";
import { MyArticleBuilder } from "@/components/new-article/my-article-builder-lazy";

export const metadata: Metadata = { title: "Build a quiz: your article" };

export default function MyArticleBuildPage() {
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10 print:max-w-none print:p-0">
      {/* The article's id is in ?id=, read with useSearchParams, which needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="py-10 text-center text-muted">Loading your article…</p>}>
        <MyArticleBuilder />
      </Suspense>
    </div>
  );
}
