import type { Question } from "@/lib/quiz";
import { describeAnswer } from "@/lib/quiz";
import { AnswerLines } from "@/components/quiz/answer-lines";
import { letter } from "./labels";

/**
 * A question's options with the right one marked, or its answer, for the
 * builder's preview and the printed answer key. The mark is a word as well
 * as a colour, so it survives black-and-white printing and screen readers.
 */
export function AnswerSummary({ question }: { question: Question }) {
  if ("options" in question) {
    return (
      <ol className="grid gap-1.5" aria-label="Options">
        {question.options.map((option, i) => {
          const right = i === question.answer;
          return (
            <li
              key={i}
              className={`flex items-start gap-2 rounded-control border px-3 py-1.5 print:border-0 print:px-0 print:py-0.5 ${
                right
                  ? "border-success bg-success-soft font-semibold text-success print:bg-transparent print:text-ink"
                  : "border-line"
              }`}
            >
              <span className="w-4 shrink-0 font-semibold" aria-hidden="true">
                {letter(i)}
              </span>
              <span className="flex-1">
                {option}
                {right && <span className="sr-only"> (right answer)</span>}
              </span>
              {right && (
                <span className="shrink-0 text-sm font-bold" aria-hidden="true">
                  ✓ Right
                </span>
              )}
            </li>
          );
        })}
      </ol>
    );
  }
  const lines = describeAnswer(question);
  const accepted = question.type === "fill-blank" || question.type === "short-answer" ? question.accepted : [];
  return (
    <dl className="grid gap-1 text-sm">
      <div className="flex flex-wrap gap-x-1.5 [&>dd:has(ul,ol)]:basis-full">
        <dt className="font-semibold">Answer:</dt>
        <dd className="min-w-0 font-semibold text-success print:text-ink">
          <AnswerLines lines={lines} ordered={question.type === "ordering"} />
        </dd>
      </div>
      {accepted.length > 0 && (
        <div className="flex flex-wrap gap-x-1.5">
          <dt className="font-semibold text-muted">Also accepted:</dt>
          <dd className="min-w-0">{accepted.join("; ")}</dd>
        </div>
      )}
    </dl>
  );
}
