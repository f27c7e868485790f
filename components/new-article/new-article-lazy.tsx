"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The paste form and the fact review of a pasted article.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const NewArticle = dynamic(() => import("./new-article").then((m) => m.NewArticle), {
  ssr: false,
  loading: () => <LoadingStatus>Loading your articles…</LoadingStatus>,
});
