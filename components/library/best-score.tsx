"use client";
import { useBestScore, useProgressStore } from "@/components/state/progress-store";
import { useHydratedStore } from "@/components/state/use-hydrated";

/** This browser's best full-quiz score for an article, or a nudge to take it. */
export function BestScore({ slug }: { slug: string }) {
  const hydrated = useHydratedStore(useProgressStore);
  const best = useBestScore(slug);
  if (!hydrated) return <span className="text-sm text-muted">&nbsp;</span>;
  if (!best) return <span className="text-sm text-muted">Not taken yet</span>;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-success-soft px-2.5 py-0.5 text-sm font-medium text-success">
      Best score: {best.score} / {best.total}
    </span>
  );
}
