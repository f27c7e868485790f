import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAllArticles, getArticle } from "@/lib/content";
import { QuizBuilder } from "@/components/teacher/quiz-builder";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  return { title: article ? `Build a quiz: ${article.title}` : "Build a quiz" };
}

export default async function BuildPage({ params }: { params: Params }) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();

  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10 print:max-w-none print:p-0">
      <div className="mb-6 print:hidden">
        <Link href={`/articles/${article.slug}/`} className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          ← Back to the article
        </Link>
        <h1 className="mt-3 font-serif text-2xl font-bold leading-tight tracking-tight text-balance sm:text-3xl">
          <span className="block font-sans text-sm font-semibold uppercase tracking-widest text-muted">Build a quiz for your class</span>
          {article.title}
        </h1>
        <p className="mt-2 max-w-measure text-muted">
          Choose the settings, check every question and its evidence, then share one link. Results come back to your{" "}
          <Link href="/gradebook/" className="font-medium text-accent underline underline-offset-4">
            gradebook
          </Link>
          .
        </p>
      </div>
      <QuizBuilder article={article} />
    </div>
  );
}
