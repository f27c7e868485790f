"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The shared-quiz player, with the link codecs and the question engine.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const SharedQuizPlayer = dynamic(() => import("./shared-quiz-player").then((m) => m.SharedQuizPlayer), {
  ssr: false,
  loading: () => <LoadingStatus>Opening your teacher’s quiz…</LoadingStatus>,
});
