"use client";
import { useMemo, useState } from "react";
import type { Article } from "@/lib/article";
import type { Quiz } from "@/lib/quiz";
import {
  answerBreakdown,
  fileResult,
  flagResults,
  notSubmitted,
  gradebookCsv,
  itemAnalysis,
  rescore,
  type ClassListEntry,
  type GradedResult,
  type SavedQuiz,
} from "@/lib/gradebook";
import { quizLink, fileNameFor } from "@/lib/share";
import { sentenceText, quoted } from "@/lib/teacher";
import { describeAnswer } from "@/lib/quiz";
import { AnswerLines } from "@/components/quiz/answer-lines";
import { AnswerBreakdown } from "./answer-breakdown";
import { CopyButton } from "@/components/sharing/copy-button";
import { SelectableText } from "@/components/sharing/selectable-text";
import { downloadFile } from "./download-file";
import { ReleaseAnswers } from "./release-answers";
import { formatDuration } from "./labels";
import { BASE_PATH, siteOrigin } from "@/components/sharing/site-url";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const percent = (share: number) => `${Math.round(share * 100)}%`;

interface Props {
  saved: SavedQuiz;
  article: Article | undefined;
  quiz: Quiz | null;
  /** A sealed quiz whose answers are still being opened, or a format-1 quiz whose engine is on its way. */
  opening?: boolean;
  /** Why the quiz could not be rebuilt (its article is missing...). */
  problem: string | null;
  results: GradedResult[];
  /** The quiz's class list for personal links (empty: none). */
  classList: readonly ClassListEntry[];
  onDeleteResult: (result: GradedResult) => void;
  onClearResults: () => void;
  onForgetQuiz: () => void;
}

/**
 * One quiz in the gradebook: its link, a row per student with the score
 * recomputed from their answers, and how the class did on each question.
 */
export function QuizResults({
  saved,
  article,
  quiz,
  opening = false,
  problem,
  results,
  classList,
  onDeleteResult,
  onClearResults,
  onForgetQuiz,
}: Props) {
  const { settings } = saved.shared;
  const headingId = `quiz-${saved.fingerprint}`;
  const linkId = `quiz-link-${saved.fingerprint}`;
  const link = quizLink(siteOrigin(), BASE_PATH, saved.code);

  const rows = useMemo(
    () =>
      quiz
        ? results
            .map((result) => ({ result, score: rescore(result, quiz), filed: fileResult(result, classList) }))
            .sort(
              (a, b) =>
                a.filed.name.localeCompare(b.filed.name) || a.result.startedAt.localeCompare(b.result.startedAt),
            )
        : [],
    [quiz, results, classList],
  );
  const missing = useMemo(() => notSubmitted(results, classList), [results, classList]);
  // The clock read once, when the gradebook opens: "in the future" is judged with ten minutes' slack, so seconds do not matter.
  const [now] = useState(() => Date.now());
  const flags = useMemo(
    () =>
      quiz
        ? flagResults(results, { questions: quiz.questions.length, quizCreatedAt: saved.createdAt, now, classList })
        : new Map<string, never[]>(),
    [quiz, results, saved.createdAt, now, classList],
  );
  const items = useMemo(() => (quiz && results.length > 0 ? itemAnalysis(results, quiz) : []), [quiz, results]);
  const chosen = useMemo(
    () => new Map(items.map((item) => [item.question.id, answerBreakdown(results, item.question)])),
    [items, results],
  );
  const average =
    rows.length === 0
      ? null
      : rows.reduce((sum, r) => sum + (r.score.total ? r.score.correct / r.score.total : 0), 0) / rows.length;

  return (
    <article aria-labelledby={headingId} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="font-serif text-xl leading-snug font-bold sm:text-2xl">
            {settings.title}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {settings.classLabel && <>{settings.classLabel} · </>}
            {article
              ? article.title
              : saved.shared.article.kind === "text"
                ? saved.shared.article.title
                : saved.shared.article.slug}{" "}
            · made <time dateTime={saved.createdAt}>{dateFormat.format(new Date(saved.createdAt))}</time> · quiz no.{" "}
            <span className="font-mono">{saved.fingerprint}</span>
          </p>
        </div>
        <p className="shrink-0 rounded-full bg-accent-soft px-3 py-1 text-sm font-semibold text-accent-strong">
          {results.length} result{results.length === 1 ? "" : "s"}
          {average !== null && ` · average ${percent(average)}`}
        </p>
      </header>

      <details className="mt-4 rounded-control border border-line px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-accent">Quiz link</summary>
        <div className="mt-2 grid gap-2">
          <label htmlFor={linkId} className="sr-only">
            Quiz link for {settings.title}
          </label>
          <SelectableText id={linkId} value={link} />
          <CopyButton text={link} label="Copy link" fieldId={linkId} />
        </div>
      </details>

      {quiz && rows.length > 0 && (
        <button
          type="button"
          onClick={() =>
            downloadFile(
              gradebookCsv(
                quiz,
                rows.map((r) => r.result),
                classList,
              ),
              fileNameFor(settings.title, "-results.csv"),
              "text/csv;charset=utf-8",
            )
          }
          className="mt-4 rounded-control bg-accent px-4 py-2 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
        >
          Download CSV
        </button>
      )}

      {opening && (
        <p role="status" className="mt-4 text-sm text-muted">
          {saved.shared.v === 5
            ? "Opening this quiz’s sealed answers to grade its results…"
            : "Rebuilding this quiz’s questions to grade its results…"}
        </p>
      )}

      {saved.shared.v === 5 && saved.secret !== undefined && (
        <ReleaseAnswers saved={{ ...saved, secret: saved.secret }} />
      )}

      {problem && (
        <p role="alert" className="mt-4 rounded-control border-2 border-danger bg-danger-soft p-3 text-sm text-danger">
          {problem}
        </p>
      )}

      {classList.length > 0 && (
        <section aria-labelledby={`${headingId}-missing`} className="mt-4 rounded-control border border-line p-3">
          <h3 id={`${headingId}-missing`} className="font-semibold">
            {missing.length === 0
              ? `Everyone on the class list has sent a result (${classList.length}).`
              : `Not submitted yet: ${missing.length} of ${classList.length}`}
          </h3>
          {missing.length > 0 && (
            <ul
              className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm"
              aria-label={`Not submitted yet for ${settings.title}`}
            >
              {missing.map((s) => (
                <li key={s.token}>{s.name}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      {quiz && results.length === 0 && (
        <p className="mt-4 text-muted">No results yet. Paste the result links your students send you above.</p>
      )}

      {quiz && rows.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">Students</h3>
          <p role="status" aria-live="polite" className="mt-1 text-sm">
            {flags.size > 0 && (
              <strong className="font-semibold text-warning">
                {flags.size} result{flags.size === 1 ? "" : "s"} to check: see “To check” in the table.
              </strong>
            )}
          </p>
          <div
            className="mt-2 overflow-x-auto rounded-control border border-line"
            tabIndex={0}
            role="region"
            aria-label={`Students’ scores for ${settings.title}`}
          >
            <table className="w-full min-w-[34rem] text-left text-sm">
              <caption className="sr-only">Scores recomputed from each student’s answers</caption>
              <thead className="border-b border-line bg-surface-muted text-xs tracking-wider text-muted uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    Score
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Time taken
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    Submitted
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    To check
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ result, score, filed }) => {
                  const finished = new Date(Date.parse(result.startedAt) + result.durationMs);
                  const rowFlags = flags.get(result.id) ?? [];
                  return (
                    <tr key={result.id} className="border-b border-line last:border-0">
                      <th scope="row" className="max-w-[16rem] px-3 py-2 font-medium break-words">
                        {filed.name}
                        {filed.typed !== null && (
                          <span className="block text-xs font-normal text-muted">typed “{filed.typed}”</span>
                        )}
                      </th>
                      <td className="px-3 py-2 text-right font-semibold whitespace-nowrap tabular-nums">
                        {score.correct} / {score.total}
                      </td>
                      <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDuration(result.durationMs)}</td>
                      <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                        <time dateTime={finished.toISOString()}>{dateFormat.format(finished)}</time>
                      </td>
                      <td className="min-w-[14rem] px-3 py-2">
                        {rowFlags.length > 0 && (
                          <ul
                            className="grid gap-1 border-l-4 border-warning pl-2 text-xs"
                            aria-label={`Why to check ${filed.name}’s result`}
                          >
                            {rowFlags.map((flag) => (
                              <li key={flag.kind}>
                                <span className="font-semibold">Check: </span>
                                {flag.reason}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className="px-3 py-2 text-right">
                        <button
                          type="button"
                          onClick={() => onDeleteResult(result)}
                          aria-label={`Delete the result of ${filed.name}`}
                          className="rounded-control border border-line px-2.5 py-1 text-xs font-medium text-danger hover:border-danger"
                        >
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <h3 className="mt-6 font-semibold">Questions, most missed first</h3>
          <ol className="mt-2 grid gap-3" aria-label={`Questions of ${settings.title}, most missed first`}>
            {items.map((item) => {
              const number = quiz.questions.indexOf(item.question) + 1;
              const evidence = article ? sentenceText(article.body, item.question.evidence) : "";
              return (
                <li key={item.question.id} className="rounded-control border border-line p-3 sm:p-4">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="font-serif text-2xl font-bold tabular-nums">{percent(item.correctShare)}</span>
                    <span className="text-sm text-muted">
                      right · {Math.round(item.correctShare * results.length)} of {results.length} students
                      {item.answered < results.length && ` · ${results.length - item.answered} skipped`}
                    </span>
                  </div>
                  <div
                    className="mt-2 h-2 overflow-hidden rounded-full bg-danger-soft"
                    role="img"
                    aria-label={`${percent(item.correctShare)} of students got it right`}
                  >
                    <div className="h-full rounded-full bg-success" style={{ width: percent(item.correctShare) }} />
                  </div>
                  <p className="mt-2 font-semibold">
                    <span className="text-muted">Q{number}.</span> {item.question.prompt}
                  </p>
                  <div className="mt-1 text-sm">
                    <span className="font-semibold">Right answer: </span>
                    <AnswerLines lines={describeAnswer(item.question)} ordered={item.question.type === "ordering"} />
                  </div>
                  <AnswerBreakdown
                    counts={chosen.get(item.question.id) ?? []}
                    students={results.length}
                    typed={!("options" in item.question)}
                  />
                  {evidence && (
                    <blockquote className="mt-2 border-l-4 border-accent/40 pl-3 font-serif text-sm italic">
                      {quoted(evidence)}
                    </blockquote>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      <div className="mt-6 flex flex-wrap gap-3">
        {results.length > 0 && (
          <button
            type="button"
            onClick={onClearResults}
            className="rounded-control border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-danger-soft"
          >
            Clear results
          </button>
        )}
        <button
          type="button"
          onClick={onForgetQuiz}
          className="rounded-control border border-line px-4 py-2 font-medium text-muted hover:border-danger hover:text-danger"
        >
          Remove quiz
        </button>
      </div>
    </article>
  );
}
