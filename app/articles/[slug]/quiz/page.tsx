import { PageHeading } from "@/components/layout/page-heading";
import { Suspense } from "react";
import { articleMetadata, articleOf, articleStaticParams, type ArticleRouteProps } from "../article-route";
import { ArticleQuiz } from "@/components/quiz/article-quiz-lazy";

export const dynamicParams = false;
export const generateStaticParams = articleStaticParams;
export const generateMetadata = articleMetadata((article) => `Quiz: ${article.title}`, "Quiz");

export default async function QuizPage(props: ArticleRouteProps) {
  const article = await articleOf(props);

  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        back={{ href: `/articles/${article.slug}/`, label: "Back to the article" }}
        eyebrow="Quiz"
        title={article.title}
      />
      {/* useSearchParams (for ?seed=) needs a Suspense boundary in a static export. */}
      <Suspense fallback={<p className="py-10 text-center text-muted">Preparing your quiz…</p>}>
        <ArticleQuiz article={article} />
      </Suspense>
    </div>
  );
}
