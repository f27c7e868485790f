import { Link } from "@/components/ui/link";
import { BestScore } from "./best-score";

export interface ArticleSummary {
  slug: string;
  title: string;
  source: string;
  dateline?: string;
  minutes: number;
  excerpt: string;
}

/** The whole card is one link to the article; the best score sits outside the link's name. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="group relative flex h-full flex-col rounded-card border border-line bg-surface p-5 shadow-card transition-shadow focus-within:ring-3 focus-within:ring-focus hover:shadow-md">
      <p className="text-xs font-semibold tracking-widest text-accent uppercase">{article.source}</p>
      <h2 className="mt-2 font-serif text-xl leading-snug font-bold">
        <Link
          href={`/articles/${article.slug}/`}
          className="no-underline group-hover:underline after:absolute after:inset-0 after:rounded-card focus-visible:outline-none"
        >
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-muted">{article.excerpt}</p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-4 text-sm text-muted">
        <span>
          {article.dateline && <>{article.dateline} · </>}
          {article.minutes} min read
        </span>
        <BestScore slug={article.slug} />
      </div>
    </article>
  );
}
