"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The quiz builder for a pasted article.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const MyArticleBuilder = dynamic(() => import("./my-article-builder").then((m) => m.MyArticleBuilder), {
  ssr: false,
  loading: () => <LoadingStatus>Loading your article…</LoadingStatus>,
});
