"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The gradebook, with the engine that scores results again and the share codecs.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const GradebookView = dynamic(() => import("./gradebook-view").then((m) => m.GradebookView), {
  ssr: false,
  loading: () => <LoadingStatus>Loading your gradebook…</LoadingStatus>,
});
