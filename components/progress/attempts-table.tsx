"use client";
import type { Attempt } from "@/lib/progress";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Newest first. Rendered only after hydration, so local dates cannot mismatch the server HTML. */
export function AttemptsTable({ attempts, titles }: { attempts: Attempt[]; titles: Record<string, string> }) {
  if (attempts.length === 0) return <p className="text-muted">No quizzes finished yet.</p>;
  const newestFirst = attempts.toReversed();
  return (
    <div
      className="overflow-x-auto rounded-card border border-line bg-surface shadow-card"
      tabIndex={0}
      aria-label="Quiz history table"
      role="region"
    >
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">Finished quizzes, newest first</caption>
        <thead className="border-b border-line bg-surface-muted text-xs tracking-wider text-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Finished
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Article
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Kind
            </th>
            <th scope="col" className="px-4 py-2.5 text-right font-semibold">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((attempt) => (
            <tr key={attempt.id} className="border-b border-line last:border-0">
              <td className="px-4 py-2.5 tabular-nums">
                <time dateTime={attempt.finishedAt}>{dateFormat.format(new Date(attempt.finishedAt))}</time>
              </td>
              <td className="px-4 py-2.5">{titles[attempt.slug] ?? attempt.slug}</td>
              <td className="px-4 py-2.5 text-muted">{attempt.mode === "retry" ? "Retry of missed" : "Full quiz"}</td>
              <td className="px-4 py-2.5 text-right font-semibold tabular-nums">
                {attempt.score} / {attempt.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
