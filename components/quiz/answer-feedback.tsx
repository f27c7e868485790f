import { describeAnswer, describeResponse } from "@/lib/quiz";
import type { Question, Response } from "@/lib/quiz";
import { AnswerLines } from "./answer-lines";
import { EvidenceQuotes } from "./evidence-quotes";

interface Props {
  question: Question;
  response: Response | null;
  correct: boolean;
  /** Every sentence that proves the answer, in article order. */
  evidence: string[];
}

/** What the student sees after checking. The same facts are announced through the quiz's live region. */
export function AnswerFeedback({ question, response, correct, evidence }: Props) {
  return (
    <div
      className={`rounded-card border-2 p-4 sm:p-5 ${correct ? "border-success bg-success-soft" : "border-danger bg-danger-soft"}`}
    >
      <p className={`flex items-center gap-2 text-lg font-bold ${correct ? "text-success" : "text-danger"}`}>
        <span aria-hidden="true">{correct ? "✓" : "✗"}</span>
        {correct ? "Correct" : "Not quite"}
      </p>
      <dl className="mt-2 grid gap-1 text-sm">
        {!correct && (
          <>
            <div className="flex flex-wrap gap-x-1.5 [&>dd:has(ul,ol)]:basis-full">
              <dt className="font-semibold">Your answer:</dt>
              <dd className="min-w-0">
                <AnswerLines lines={describeResponse(question, response)} ordered={question.type === "ordering"} />
              </dd>
            </div>
            <div className="flex flex-wrap gap-x-1.5 [&>dd:has(ul,ol)]:basis-full">
              <dt className="font-semibold">Right answer:</dt>
              <dd className="min-w-0">
                <AnswerLines lines={describeAnswer(question)} ordered={question.type === "ordering"} />
              </dd>
            </div>
          </>
        )}
      </dl>
      <p className="mt-2">{question.explanation}</p>
      <EvidenceQuotes sentences={evidence} className="mt-3" />
    </div>
  );
}
