import { quoted } from "@/lib/teacher";
import type { Question } from "@/lib/quiz";
import { AnswerSummary } from "./answer-summary";
import { WorksheetAnswer, WriteLine } from "@/components/quiz/answer-controls";
import { TYPE_NAMES } from "./labels";

export type PrintMode = "key" | "worksheet";

interface Props {
  mode: PrintMode;
  title: string;
  classLabel?: string;
  articleTitle: string;
  questions: Question[];
  /** The evidence sentence for each question, by id (answer key only). */
  evidence: Record<string, string>;
}

/**
 * The printable answer key and student worksheet. Hidden on screen; the
 * print stylesheet hides everything else (see the `print:` classes and
 * app/globals.css), so "Print" gives just this, in black on white.
 */
export function PrintSheets({ mode, title, classLabel, articleTitle, questions, evidence }: Props) {
  const isKey = mode === "key";
  return (
    <section
      aria-label={isKey ? "Answer key for printing" : "Student worksheet for printing"}
      className="hidden font-sans text-[11pt] leading-snug text-ink print:block"
    >
      <header className="border-b-2 border-ink pb-2">
        <p className="text-[9pt] font-semibold tracking-widest uppercase">{isKey ? "Answer key" : "Worksheet"}</p>
        <h1 className="font-serif text-[18pt] leading-tight font-bold">{title}</h1>
        <p className="text-[10pt]">
          {classLabel && <>{classLabel} · </>}Article: {articleTitle}
        </p>
      </header>
      {!isKey && (
        <p className="mt-4 flex gap-6">
          <span className="flex flex-1 items-end gap-2">
            Name: <WriteLine label="Name" wide />
          </span>
          <span className="flex w-48 items-end gap-2">
            Date: <WriteLine label="Date" wide />
          </span>
        </p>
      )}
      <ol className="mt-4 grid gap-4">
        {questions.map((question, i) => (
          <li key={question.id} className="break-inside-avoid">
            <p className="text-[8pt] tracking-wider uppercase">{TYPE_NAMES[question.type]}</p>
            <p className="font-semibold">
              {i + 1}. {question.prompt}
            </p>
            {isKey ? (
              <div className="mt-1">
                <AnswerSummary question={question} />
                <p className="mt-1 text-[10pt]">{question.explanation}</p>
                {evidence[question.id] && (
                  <p className="mt-1 border-l-2 border-ink pl-2 font-serif text-[10pt] italic">
                    Evidence: {quoted(evidence[question.id] ?? "")}
                  </p>
                )}
              </div>
            ) : (
              <WorksheetAnswer question={question} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
