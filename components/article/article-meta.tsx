import type { Article } from "@/lib/article/types";
import { readingMinutes, wordCount } from "@/lib/article/reading-time";

/** "SHANGHAI · Sixth Tone · 4 min read (612 words)" */
export function ArticleMeta({ article }: { article: Article }) {
  const words = wordCount(article.body);
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      {article.dateline && (
        <li>
          <span className="sr-only">Dateline: </span>
          <span className="font-semibold tracking-wide">{article.dateline}</span>
        </li>
      )}
      <li className="flex items-center gap-3 before:content-['·'] before:text-line first:before:hidden">
        <span>
          <span className="sr-only">Source: </span>
          {article.source}
        </span>
      </li>
      <li className="flex items-center gap-3 before:content-['·'] before:text-line">
        {readingMinutes(article.body)} min read <span className="text-xs">({words.toLocaleString("en-US")} words)</span>
      </li>
    </ul>
  );
}
