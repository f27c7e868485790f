import { Link } from "@/components/ui/link";
import { articleMetadata, articleOf, articleStaticParams, type ArticleRouteProps } from "./article-route";
import { ArticleText } from "@/components/article/article-text";
import { ArticleMeta } from "@/components/article/article-meta";
import { ReadingProgress } from "@/components/article/reading-progress";
import { TextSizeControl } from "@/components/article/text-size-control";
import { ReadAloud } from "@/components/article/read-aloud";
import { definedWords } from "@/lib/article";

export const dynamicParams = false;
export const generateStaticParams = articleStaticParams;
export const generateMetadata = articleMetadata((article) => article.title, "Article");

export default async function ArticlePage(props: ArticleRouteProps) {
  const article = await articleOf(props);

  return (
    <>
      <ReadingProgress targetId="article" />
      <article id="article" className="mx-auto max-w-measure px-4 pt-6 pb-12 sm:px-6 sm:pt-10">
        <Link href="/" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          ← Library
        </Link>
        <header className="mt-4">
          <p className="text-xs font-semibold tracking-widest text-accent uppercase">{article.source}</p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
            {article.title}
          </h1>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <ArticleMeta article={article} />
            <TextSizeControl />
          </div>
          <div className="mt-3">
            <ReadAloud paragraphs={article.paragraphs} targetId="article-text" />
          </div>
        </header>
        <hr className="my-6 border-line" />
        <ArticleText
          id="article-text"
          words={definedWords(article)}
          paragraphs={article.paragraphs}
          dateline={article.dateline}
        />
        {/* No header image is shown, so its credit (article.imageCredit) is not either. */}
        <p className="mt-6 text-sm text-muted">Source: {article.source}</p>
        <aside
          aria-labelledby="quiz-cta"
          className="mt-10 rounded-card border border-line bg-surface p-5 shadow-card sm:p-6"
        >
          <h2 id="quiz-cta" className="text-lg font-semibold">
            Ready to check what you read?
          </h2>
          <p className="mt-1 text-muted">
            Ten questions, one at a time. After each answer you see the sentence that proves it.
          </p>
          <Link
            href={`/articles/${article.slug}/quiz/`}
            className="mt-4 inline-flex items-center gap-2 rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent no-underline shadow-card hover:bg-accent-strong"
          >
            Take the quiz <span aria-hidden="true">→</span>
          </Link>
        </aside>
        <p className="mt-4 text-sm text-muted">
          Teaching this article?{" "}
          <Link
            href={`/articles/${article.slug}/build/`}
            className="font-medium text-accent underline underline-offset-4"
          >
            Build a quiz for your class
          </Link>{" "}
          and share it as one link.
        </p>
      </article>
    </>
  );
}
