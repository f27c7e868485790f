import type { Metadata } from "next";
import { PageHeading } from "@/components/layout/page-heading";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getAllArticles, getArticle } from "@/lib/content";
import { QuizRunner } from "@/components/quiz/quiz-runner";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  return { title: article ? `Quiz: ${article.title}` : "Quiz" };
}

export default async function QuizPage({ params }: { params: Params }) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();

  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        back={{ href: `/articles/${article.slug}/`, label: "Back to the article" }}
        eyebrow="Quiz"
        title={article.title}
      />
      {/* useSearchParams (for ?seed=) needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="py-10 text-center text-muted">Preparing your quiz…</p>}>
        <QuizRunner article={article} />
      </Suspense>
    </div>
  );
}
