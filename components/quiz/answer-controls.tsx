"use client";
/**
 * One answer control per question kind: what a student uses to answer it on
 * screen, and how it is answered on a printed worksheet. A new kind is one
 * entry here (most reuse the controls of their shape).
 */
import type { ReactNode, RefObject } from "react";
import type {
  ChoiceQuestion,
  FillBlankQuestion,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  QuestionOf,
  QuestionType,
  Response,
} from "@/lib/quiz";
import { letter } from "./option-letters";
import { ChoiceOptions } from "./choice-options";
import { MatchingAnswer } from "./matching-answer";
import { NumberAnswer } from "./number-answer";
import { OrderingAnswer } from "./ordering-answer";
import { TextAnswer } from "./text-answer";

export interface AnswerControlProps<Q extends Question = Question> {
  question: Q;
  /** Unique per question on the page: names radio groups. */
  name: string;
  response: Response | null;
  checked: boolean;
  onRespond(response: Response): void;
  onAnnounce(message: string): void;
  /** The options' container, so number keys can move focus to the option they pick. */
  optionsRef: RefObject<HTMLDivElement | null>;
}

export const identity = (length: number) => Array.from({ length }, (_, i) => i);

function ChoiceControl({
  question,
  name,
  response,
  checked,
  onRespond,
  optionsRef,
}: AnswerControlProps<ChoiceQuestion>) {
  return (
    <ChoiceOptions
      ref={optionsRef}
      name={name}
      options={question.options}
      selected={response?.kind === "choice" ? response.index : null}
      answer={checked ? question.answer : null}
      onSelect={(index) => onRespond({ kind: "choice", index })}
    />
  );
}

function TextControl({ question, response, checked, onRespond }: AnswerControlProps<FillBlankQuestion>) {
  return (
    <>
      {question.bank && (
        <WordBank words={question.bank} disabled={checked} onPick={(text) => onRespond({ kind: "text", text })} />
      )}
      <TextAnswer
        value={response?.kind === "text" ? response.text : ""}
        disabled={checked}
        onChange={(text) => onRespond({ kind: "text", text })}
      />
    </>
  );
}

/** The words a blank may take: picking one types it in (it can still be edited). */
function WordBank({ words, disabled, onPick }: { words: string[]; disabled: boolean; onPick: (word: string) => void }) {
  return (
    <div role="group" aria-label="Word bank" className="flex flex-wrap gap-2">
      {words.map((word) => (
        <button
          key={word}
          type="button"
          disabled={disabled}
          onClick={() => onPick(word)}
          className="rounded-control border border-line bg-surface-muted px-3 py-1 text-sm font-medium hover:border-accent disabled:opacity-70"
        >
          {word}
        </button>
      ))}
    </div>
  );
}

function NumberControl({ question, response, checked, onRespond }: AnswerControlProps<NumericQuestion>) {
  return (
    <NumberAnswer
      key={question.id}
      value={response?.kind === "number" ? response.value : null}
      unit={question.unit}
      disabled={checked}
      onChange={(value) => onRespond({ kind: "number", value })}
    />
  );
}

function MatchingControl({ question, response, checked, onRespond }: AnswerControlProps<MatchingQuestion>) {
  return (
    <MatchingAnswer
      left={question.left}
      right={question.right}
      pairs={response?.kind === "matching" ? response.pairs : question.left.map(() => -1)}
      answer={checked ? question.answer : null}
      onChange={(pairs) => onRespond({ kind: "matching", pairs })}
    />
  );
}

function OrderingControl({ question, response, checked, onRespond, onAnnounce }: AnswerControlProps<OrderingQuestion>) {
  return (
    <OrderingAnswer
      items={question.items}
      order={response?.kind === "ordering" ? response.order : identity(question.items.length)}
      answer={checked ? question.answer : null}
      onChange={(order) => onRespond({ kind: "ordering", order })}
      onAnnounce={onAnnounce}
    />
  );
}

/** A line to write on. */
export function WriteLine({ label, wide = false }: { label: string; wide?: boolean }) {
  return (
    <span className={`inline-block border-b border-ink align-bottom ${wide ? "w-full" : "w-40"}`} aria-label={label}>
      &nbsp;
    </span>
  );
}

function ChoiceSheet({ question }: { question: ChoiceQuestion }) {
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

function WrittenSheet({ question }: { question: FillBlankQuestion | NumericQuestion }) {
  return (
    <>
      {question.type !== "numeric" && question.bank && (
        <p className="mt-2 text-sm">Word bank: {question.bank.join(" · ")}</p>
      )}
      <p className="mt-3 flex items-end gap-2">
        <span className="shrink-0">Answer:</span>
        <WriteLine label="Write your answer" wide />
        {question.type === "numeric" && question.unit && <span className="shrink-0">{question.unit}</span>}
      </p>
    </>
  );
}

function MatchingSheet({ question }: { question: MatchingQuestion }) {
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
}

function OrderingSheet({ question }: { question: OrderingQuestion }) {
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
}

interface Controls<Q extends Question> {
  answer: (props: AnswerControlProps<Q>) => ReactNode;
  worksheet: (props: { question: Q }) => ReactNode;
}

const CHOICE: Controls<ChoiceQuestion> = { answer: ChoiceControl, worksheet: ChoiceSheet };
const TYPED: Controls<FillBlankQuestion> = { answer: TextControl, worksheet: WrittenSheet };

const CONTROLS: { [T in QuestionType]: Controls<QuestionOf<T>> } = {
  "multiple-choice": CHOICE,
  "quote-attribution": CHOICE,
  "true-false": CHOICE,
  "main-idea": CHOICE,
  "in-article": CHOICE,
  "cause-effect": CHOICE,
  "speaker-position": CHOICE,
  vocabulary: CHOICE,
  "fill-blank": TYPED,
  "short-answer": TYPED,
  numeric: { answer: NumberControl, worksheet: WrittenSheet },
  matching: { answer: MatchingControl, worksheet: MatchingSheet },
  ordering: { answer: OrderingControl, worksheet: OrderingSheet },
};

// The registry is typed per kind; a question's type says which entry fits it.
const controlsOf = (question: Question) => CONTROLS[question.type] as unknown as Controls<Question>;

/** How a student is told to answer, where the control alone does not say. */
export const INSTRUCTIONS: Partial<Record<QuestionType, string>> = {
  "fill-blank": "Type the missing words.",
  "short-answer": "Type your answer.",
  numeric: "Type a number.",
  matching: "Choose a match for each item.",
  // The prompt already says what order; this says how to change it.
  ordering: "Move an item with its ↑ and ↓ buttons; the top one comes first.",
};

/** The on-screen control for this question's kind. */
export function AnswerControl(props: AnswerControlProps) {
  const Control = controlsOf(props.question).answer;
  return <Control {...props} />;
}

/** The question's answer space on a printed worksheet: circles to fill, lines to write on. */
export function WorksheetAnswer({ question }: { question: Question }) {
  const Sheet = controlsOf(question).worksheet;
  return <Sheet question={question} />;
}
