import type { Metadata } from "next";
import { getAllArticles } from "@/lib/content";
import { GradebookView } from "@/components/teacher/gradebook-view-lazy";

export const metadata: Metadata = { title: "Gradebook" };

export default function GradebookPage() {
  // Results are scored against questions rebuilt from each quiz's article, in the browser.
  const articles = Object.fromEntries(getAllArticles().map((article) => [article.slug, article]));
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight">Gradebook</h1>
      <p className="mt-2 max-w-measure text-muted">
        Your students’ results for the quizzes you shared. Scores are worked out again here from each student’s answers,
        and everything stays in this browser.
      </p>
      <p className="mt-2 max-w-measure text-muted">
        A score here is good for practice and class checks, not for exams: with no server and no sign-in, nothing proves
        who answered or that a result was not edited. Results that look impossible (too fast, dated in the future, one
        name twice, look-alike names) are marked with the reason, for you to check.
      </p>
      <div className="mt-6">
        <GradebookView articles={articles} />
      </div>
    </div>
  );
}
