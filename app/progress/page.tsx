import type { Metadata } from "next";
import { getAllArticles } from "@/lib/content";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";

export const metadata: Metadata = { title: "Progress" };

export default function ProgressPage() {
  const articles = getAllArticles().map(({ slug, title }) => ({ slug, title }));
  return (
    <div className="mx-auto max-w-page px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
      <p className="mt-2 max-w-measure text-muted">Scores from quizzes taken in this browser.</p>
      <div className="mt-8">
        <ProgressDashboard articles={articles} />
      </div>
    </div>
  );
}
