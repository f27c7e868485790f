"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The quiz builder, with the question engine, the share codecs and the QR code.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const QuizBuilder = dynamic(() => import("./quiz-builder").then((m) => m.QuizBuilder), {
  ssr: false,
  loading: () => <LoadingStatus>Loading your quiz…</LoadingStatus>,
});
