import { describeAnswer, describeResponse } from "@/lib/quiz";
import type { Question, Response } from "@/lib/quiz";
import { AnswerLines } from "./answer-lines";
import { EvidenceQuotes } from "./evidence-quotes";

interface Props {
  number: number;
  question: Question;
  /** The sentences that prove the answer, in article order. */
  evidence: string[];
  response: Response | null;
  correct: boolean;
  selected: boolean;
  onShowEvidence: () => void;
}

/** One line of the results: the question, both answers, why, and a way to see the proof in the article. */
export function QuestionReview({ number, question, evidence, response, correct, selected, onShowEvidence }: Props) {
  const headingId = `review-${number}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-card border bg-surface p-4 shadow-card sm:p-5 ${selected ? "border-accent ring-2 ring-accent" : "border-line"}`}
    >
      <div className="flex flex-col items-start gap-2 sm:flex-row sm:gap-3">
        <span
          className={`mt-0.5 inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-bold ${
            correct ? "bg-success-soft text-success" : "bg-danger-soft text-danger"
          }`}
        >
          {correct ? "✓ Right" : "✗ Missed"}
        </span>
        <h3 id={headingId} className="leading-snug font-semibold">
          <span className="sr-only">Question {number}: </span>
          {question.prompt}
        </h3>
      </div>
      <dl className="mt-3 grid gap-1 text-sm">
        <div className="flex flex-wrap gap-x-1.5 [&>dd:has(ul,ol)]:basis-full">
          <dt className="font-semibold text-muted">Your answer:</dt>
          <dd className="min-w-0">
            <AnswerLines lines={describeResponse(question, response)} ordered={question.type === "ordering"} />
          </dd>
        </div>
        {!correct && (
          <div className="flex flex-wrap gap-x-1.5 [&>dd:has(ul,ol)]:basis-full">
            <dt className="font-semibold text-muted">Right answer:</dt>
            <dd className="min-w-0">
              <AnswerLines lines={describeAnswer(question)} ordered={question.type === "ordering"} />
            </dd>
          </div>
        )}
      </dl>
      <p className="mt-2 text-sm">{question.explanation}</p>
      {/* One sentence is a click away ("Show in article"); a question proved by several lists them all here. */}
      {evidence.length > 1 && <EvidenceQuotes sentences={evidence} className="mt-3 text-sm" />}
      <button
        id={`show-evidence-${number}`}
        type="button"
        onClick={onShowEvidence}
        aria-pressed={selected}
        aria-describedby={headingId}
        className="mt-3 rounded-control border border-line px-3 py-1.5 text-sm font-medium text-accent hover:border-accent"
      >
        Show in article
      </button>
    </article>
  );
}
