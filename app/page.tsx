import { Link } from "@/components/ui/link";
import { getAllArticles } from "@/lib/content";
import { readingMinutes } from "@/lib/article";
import { ArticleCard, type ArticleSummary } from "@/components/library/article-card";

function excerptOf(paragraph: string, dateline?: string): string {
  // The first paragraph opens with "SHANGHAI – "; the card shows the dateline separately.
  return dateline && paragraph.startsWith(dateline)
    ? paragraph.slice(dateline.length).replace(/^\s*[–—-]\s*/, "")
    : paragraph;
}

export default function LibraryPage() {
  const articles: ArticleSummary[] = getAllArticles().map((article) => ({
    slug: article.slug,
    title: article.title,
    source: article.source,
    dateline: article.dateline,
    minutes: readingMinutes(article.body),
    excerpt: excerptOf(article.paragraphs[0] ?? "", article.dateline),
  }));

  return (
    <div className="mx-auto max-w-page px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Library</h1>
      <p className="mt-2 max-w-measure text-muted">
        Pick an article, read it, then take a quiz made from its facts. Every answer comes with the sentence that proves
        it.
      </p>
      <ul className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      {/* After the articles: students come for those first, and reach them first by keyboard. */}
      <p className="mt-10 max-w-measure border-t border-line pt-6">
        Teachers:{" "}
        <Link href="/articles/new/" className="font-medium text-accent underline underline-offset-4">
          Use your own article
        </Link>{" "}
        — paste any news text and get the same kind of quiz, made in your browser.
      </p>
    </div>
  );
}
