import "server-only";
/**
 * The content as server components see it. Validated when first read, so a
 * broken article fails `next build` with the ContentError's messages.
 */
import path from "node:path";
import type { Article } from "../article";
import { readAllArticles } from "./read";

const CONTENT_ROOT = path.join(process.cwd(), "content/articles");

let cached: Article[] | undefined;

/** All articles, sorted by slug. */
export function getAllArticles(): Article[] {
  // In development, re-read on every call so edits to content show without a restart.
  if (process.env.NODE_ENV !== "production") return readAllArticles(CONTENT_ROOT);
  cached ??= readAllArticles(CONTENT_ROOT);
  return cached;
}

export function getArticle(slug: string): Article | undefined {
  return getAllArticles().find((article) => article.slug === slug);
}
