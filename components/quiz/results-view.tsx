"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "@/components/ui/link";
import type { QuizSession } from "@/lib/session";
import { scoreOf } from "@/lib/session";
import { evidenceSentences } from "@/lib/text";
import { QuestionReview } from "./question-review";

interface Props {
  session: QuizSession;
  /** The article's text, for the sentences that prove each answer. */
  body: string;
  selectedQuestion: number | null;
  onShowEvidence: (index: number) => void;
  onRetryMissed: () => void;
  onNewQuiz: () => void;
  /** Shown instead of "Retry" and "New quiz" (a shared quiz offers its result link here). */
  actions?: ReactNode;
}

function verdict(score: number, total: number, canRetry: boolean): string {
  const ratio = total === 0 ? 0 : score / total;
  if (ratio === 1) return "Every answer right.";
  if (ratio >= 0.8) return "Strong reading.";
  if (ratio >= 0.5) return "Good start: look at the evidence for the ones you missed.";
  return canRetry
    ? "Reread the highlighted sentences, then try the missed ones again."
    : "Reread the evidence for the ones you missed, below.";
}

export function ResultsView({
  session,
  body,
  selectedQuestion,
  onShowEvidence,
  onRetryMissed,
  onNewQuiz,
  actions,
}: Props) {
  const { score, total } = scoreOf(session);
  const missed = total - score;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [session.id]);

  return (
    <div className="grid gap-6">
      <section
        aria-labelledby="score-heading"
        className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6"
      >
        <h2
          id="score-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-sm font-semibold tracking-widest text-accent uppercase"
        >
          {session.mode === "retry" ? "Retry results" : "Your score"}
        </h2>
        <p className="mt-2 font-serif text-5xl font-bold tabular-nums" data-testid="score">
          {score} / {total}
        </p>
        <p className="mt-2 text-muted">{verdict(score, total, actions === undefined)}</p>
        {actions ?? (
          <div className="mt-5 flex flex-wrap gap-3">
            {missed > 0 && (
              <button
                type="button"
                onClick={onRetryMissed}
                className="rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
              >
                Retry the ones I missed
              </button>
            )}
            <button
              type="button"
              onClick={onNewQuiz}
              className={`rounded-control px-5 py-2.5 font-semibold ${
                missed > 0
                  ? "border-2 border-accent text-accent hover:bg-accent-soft"
                  : "bg-accent text-on-accent shadow-card hover:bg-accent-strong"
              }`}
            >
              New quiz
            </button>
            <Link
              href="/progress/"
              className="self-center rounded-control px-2 py-1 text-sm font-medium text-accent underline-offset-4 hover:underline"
            >
              See your progress
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading" className="text-lg font-semibold">
          Review
        </h2>
        <ol className="mt-3 grid gap-3">
          {session.questions.map((question, i) => (
            <li key={question.id}>
              <QuestionReview
                number={i + 1}
                question={question}
                evidence={evidenceSentences(body, question.evidence)}
                response={session.responses[i] ?? null}
                correct={session.results[i] === true}
                selected={selectedQuestion === i}
                onShowEvidence={() => onShowEvidence(i)}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
