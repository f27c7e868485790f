"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * An article's quiz, with the question engine and the schemas that check a stored session.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const ArticleQuiz = dynamic(() => import("./article-quiz").then((m) => m.ArticleQuiz), {
  ssr: false,
  loading: () => <LoadingStatus>Preparing your quiz…</LoadingStatus>,
});
