import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { articleMetadata, articleOf, articleStaticParams, type ArticleRouteProps } from "../article-route";
import { QuizBuilder } from "@/components/teacher/quiz-builder-lazy";

export const dynamicParams = false;
export const generateStaticParams = articleStaticParams;
export const generateMetadata = articleMetadata((article) => `Build a quiz: ${article.title}`, "Build a quiz");

export default async function BuildPage(props: ArticleRouteProps) {
  const article = await articleOf(props);

  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10 print:max-w-none print:p-0">
      <PageHeading
        className="print:hidden"
        back={{ href: `/articles/${article.slug}/`, label: "Back to the article" }}
        eyebrow="Build a quiz for your class"
        title={article.title}
      >
        Choose the settings, check every question and its evidence, then share one link. Results come back to your{" "}
        <Link href="/gradebook/" className="font-medium text-accent underline underline-offset-4">
          gradebook
        </Link>
        .
      </PageHeading>
      <QuizBuilder article={article} />
    </div>
  );
}
