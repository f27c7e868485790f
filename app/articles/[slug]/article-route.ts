/**
 * What the three pages of a built-in article (the article, its quiz, its
 * quiz builder) share: one static page per article, no other slug, and the
 * article looked up from the route's slug.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Article } from "@/lib/article";
import { getAllArticles, getArticle } from "@/lib/content";

export interface ArticleRouteProps {
  params: Promise<{ slug: string }>;
}

/** One page per built-in article; with `dynamicParams = false`, any other slug is a 404. */
export function articleStaticParams(): { slug: string }[] {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

/** A `generateMetadata` whose title names the article, or `fallback` where the slug names none. */
export function articleMetadata(title: (article: Article) => string, fallback: string) {
  return async ({ params }: ArticleRouteProps): Promise<Metadata> => {
    const article = getArticle((await params).slug);
    return { title: article ? title(article) : fallback };
  };
}

/** The route's article; a slug that names none renders the 404 page. */
export async function articleOf({ params }: ArticleRouteProps): Promise<Article> {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return article;
}
