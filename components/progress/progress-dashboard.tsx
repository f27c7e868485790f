"use client";
import { Link } from "@/components/ui/link";
import { bestScore } from "@/lib/progress";
import { useAttempts, useProgressActions, useProgressStore, useSkillAccuracy } from "@/components/state/progress-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { AttemptsTable } from "./attempts-table";
import { ResetProgress } from "./reset-progress";
import { SkillChart } from "./skill-chart";

interface Props {
  articles: { slug: string; title: string }[];
}

const card = "rounded-card border border-line bg-surface p-5 shadow-card";

export function ProgressDashboard({ articles }: Props) {
  const hydrated = useHydratedStore(useProgressStore);
  const attempts = useAttempts();
  const skills = useSkillAccuracy();
  const { reset } = useProgressActions();
  const titles = Object.fromEntries(articles.map((a) => [a.slug, a.title]));

  if (!hydrated) {
    return (
      <p className="text-muted" role="status">
        Loading your progress…
      </p>
    );
  }

  const answered = skills.reduce((sum, s) => sum + s.answered, 0);
  const correct = skills.reduce((sum, s) => sum + s.correct, 0);

  return (
    <div className="grid grid-cols-1 gap-8">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className={card}>
          <dt className="text-sm text-muted">Quizzes finished</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">{attempts.length}</dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-muted">Questions answered</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">{answered}</dd>
        </div>
        <div className={`${card} col-span-2 sm:col-span-1`}>
          <dt className="text-sm text-muted">Answered right</dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">
            {answered === 0 ? "—" : `${Math.round((correct / answered) * 100)}%`}
          </dd>
        </div>
      </dl>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="best-heading">
          <h2 id="best-heading" className="text-xl font-semibold">
            Best score per article
          </h2>
          <ul className="mt-3 grid gap-3">
            {articles.map((article) => {
              const best = bestScore({ attempts, resetAt: null }, article.slug);
              return (
                <li key={article.slug} className={`${card} flex flex-wrap items-center justify-between gap-3`}>
                  <Link
                    href={`/articles/${article.slug}/`}
                    className="min-w-0 flex-1 basis-48 font-medium underline-offset-4 hover:underline"
                  >
                    {article.title}
                  </Link>
                  <span className={`font-semibold tabular-nums ${best ? "text-success" : "text-muted"}`}>
                    {best ? `${best.score} / ${best.total}` : "Not taken yet"}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="text-xl font-semibold">
            Accuracy per skill
          </h2>
          <div className={`${card} mt-3`}>
            <SkillChart skills={skills} />
          </div>
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <div className="mt-3">
          <AttemptsTable attempts={attempts} titles={titles} />
        </div>
      </section>

      <section aria-labelledby="reset-heading" className="border-t border-line pt-6">
        <h2 id="reset-heading" className="text-lg font-semibold">
          Start over
        </h2>
        <p className="mt-1 mb-3 text-sm text-muted">
          Scores are kept only in this browser. Resetting removes them from every tab.
        </p>
        <ResetProgress onConfirm={reset} disabled={attempts.length === 0} />
      </section>
    </div>
  );
}
