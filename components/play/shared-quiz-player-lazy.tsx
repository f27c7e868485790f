"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The shared-quiz player, with the link codecs and the question engine.
 * Loaded after the page is shown, so the route's first-load script stays small and the heavy work is not
 * part of hydration. The server-rendered page showed this same line: nothing moves when it arrives.
 */
export const SharedQuizPlayer = dynamic(
  () => {
    // A quiz link is inflated with fflate, which the player would ask for only once its own code has run: asking
    // for both at once takes a round trip off the way to the first question. The codec asks again (from the cache).
    if (/[#&]q=/.test(window.location.hash)) import("fflate").catch(() => {});
    return import("./shared-quiz-player").then((m) => m.SharedQuizPlayer);
  },
  {
    ssr: false,
    loading: () => <LoadingStatus>Opening your teacher’s quiz…</LoadingStatus>,
  },
);
