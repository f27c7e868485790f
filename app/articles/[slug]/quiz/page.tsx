import type { Metadata } from "next";
import Link from "next/link";
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
      <div className="mb-6">
        <Link href={`/articles/${article.slug}/`} className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          ← Back to the article
        </Link>
        <h1 className="mt-3 font-serif text-2xl font-bold leading-tight tracking-tight text-balance sm:text-3xl">
          <span className="block text-sm font-sans font-semibold uppercase tracking-widest text-muted">Quiz</span>
          {article.title}
        </h1>
      </div>
      {/* useSearchParams (for ?seed=) needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="py-10 text-center text-muted">Preparing your quiz…</p>}>
        <QuizRunner article={article} />
      </Suspense>
    </div>
  );
}
