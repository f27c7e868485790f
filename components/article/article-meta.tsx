import type { Article } from "@/lib/article";
import { readingMinutes, wordCount } from "@/lib/article";

// Every item starts with its "·"; the list sits one separator's width to the
// left inside a clipping box, so the "·" of whichever item starts a line
// (the first, or one wrapped on a phone) is cut off instead of leading it.
const ITEM =
  "flex items-center before:inline-block before:w-5 before:shrink-0 before:text-center before:text-line before:content-['·']";

/** "SHANGHAI · Sixth Tone · 4 min read (612 words)" */
export function ArticleMeta({ article }: { article: Article }) {
  const words = wordCount(article.body);
  return (
    <div className="min-w-0 overflow-hidden">
      <ul className="-ml-5 flex flex-wrap items-center gap-y-1 text-sm text-muted" data-testid="article-meta">
        {article.dateline && (
          <li className={ITEM}>
            <span className="sr-only">Dateline: </span>
            <span className="font-semibold tracking-wide">{article.dateline}</span>
          </li>
        )}
        <li className={ITEM}>
          <span>
            <span className="sr-only">Source: </span>
            {article.source}
          </span>
        </li>
        <li className={ITEM}>
          <span>
            {readingMinutes(article.body)} min read{" "}
            <span className="text-xs">({words.toLocaleString("en-US")} words)</span>
          </span>
        </li>
      </ul>
    </div>
  );
}
