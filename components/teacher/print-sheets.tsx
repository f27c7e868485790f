import { quoted } from "@/lib/teacher/sentences";
import type { Question } from "@/lib/quiz/types";
import { AnswerSummary } from "./answer-summary";
import { letter, TYPE_NAMES } from "./labels";

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

function Blank({ label, wide = false }: { label: string; wide?: boolean }) {
  return (
    <span className={`inline-block border-b border-ink align-bottom ${wide ? "w-full" : "w-40"}`} aria-label={label}>
      &nbsp;
    </span>
  );
}

/** A question as printed for students: options with circles to fill, lines to write on. */
function WorksheetQuestion({ question }: { question: Question }) {
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
    case "numeric":
      return (
        <p className="mt-3 flex items-end gap-2">
          <span className="shrink-0">Answer:</span>
          <Blank label="Write your answer" wide />
          {question.type === "numeric" && question.unit && <span className="shrink-0">{question.unit}</span>}
        </p>
      );
    case "matching":
      return (
        <div className="mt-2 grid grid-cols-2 gap-6">
          <ol className="grid gap-2">
            {question.left.map((item, i) => (
              <li key={i} className="flex items-end gap-2">
                <span className="inline-block w-8 border-b border-ink" aria-label="Write a letter" />
                <span>{item}</span>
              </li>
            ))}
          </ol>
          <ol className="grid gap-2">
            {question.right.map((item, i) => (
              <li key={i}>
                <span className="font-semibold">{letter(i)}.</span> {item}
              </li>
            ))}
          </ol>
        </div>
      );
    case "ordering":
      return (
        <>
          <p className="mt-1 text-sm">Number the events 1 (earliest) to {question.items.length}.</p>
          <ul className="mt-2 grid gap-2">
            {question.items.map((item, i) => (
              <li key={i} className="flex items-end gap-2">
                <span className="inline-block w-8 border-b border-ink" aria-label="Write a number" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </>
      );
    default:
      return (
        <ul className="mt-2 grid gap-1.5">
          {question.options.map((option, i) => (
            <li key={i} className="flex items-start gap-2">
              <span className="mt-0.5 inline-block h-4 w-4 shrink-0 rounded-full border border-ink" aria-hidden="true" />
              <span className="font-semibold">{letter(i)}.</span>
              <span>{option}</span>
            </li>
          ))}
        </ul>
      );
  }
}

/**
 * The printable answer key and student worksheet. Hidden on screen; the
 * print stylesheet hides everything else (see the `print:` classes and
 * app/globals.css), so "Print" gives just this, in black on white.
 */
export function PrintSheets({ mode, title, classLabel, articleTitle, questions, evidence }: Props) {
  const isKey = mode === "key";
  return (
    <section aria-label={isKey ? "Answer key for printing" : "Student worksheet for printing"} className="hidden font-sans text-[11pt] leading-snug text-ink print:block">
      <header className="border-b-2 border-ink pb-2">
        <p className="text-[9pt] font-semibold uppercase tracking-widest">{isKey ? "Answer key" : "Worksheet"}</p>
        <h1 className="font-serif text-[18pt] font-bold leading-tight">{title}</h1>
        <p className="text-[10pt]">
          {classLabel && <>{classLabel} · </>}Article: {articleTitle}
        </p>
      </header>
      {!isKey && (
        <p className="mt-4 flex gap-6">
          <span className="flex flex-1 items-end gap-2">
            Name: <Blank label="Name" wide />
          </span>
          <span className="flex w-48 items-end gap-2">
            Date: <Blank label="Date" wide />
          </span>
        </p>
      )}
      <ol className="mt-4 grid gap-4">
        {questions.map((question, i) => (
          <li key={question.id} className="break-inside-avoid">
            <p className="text-[8pt] uppercase tracking-wider">{TYPE_NAMES[question.type]}</p>
            <p className="font-semibold">
              {i + 1}. {question.prompt}
            </p>
            {isKey ? (
              <div className="mt-1">
                <AnswerSummary question={question} />
                <p className="mt-1 text-[10pt]">{question.explanation}</p>
                {evidence[question.id] && <p className="mt-1 border-l-2 border-ink pl-2 font-serif text-[10pt] italic">Evidence: {quoted(evidence[question.id] ?? "")}</p>}
              </div>
            ) : (
              <WorksheetQuestion question={question} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
