"use client";
import { useEffect, useRef } from "react";
import type { Question, Response } from "@/lib/quiz";
import { AnswerFeedback } from "./answer-feedback";
import { AnswerControl, identity, INSTRUCTIONS } from "./answer-controls";
import { QuestionReadAloud } from "./question-read-aloud";
import { TYPE_NAMES } from "./type-names";

interface Props {
  question: Question;
  number: number;
  response: Response | null;
  /** null until checked. */
  result: boolean | null;
  isLast: boolean;
  /** The sentences that prove the answer, once it is checked. */
  evidence: string[];
  hint: string | null;
  /** Feedback only at the end (a teacher's setting): the button saves the answer and moves on. */
  deferFeedback?: boolean;
  onRespond: (response: Response) => void;
  onCheck: () => void;
  onNext: () => void;
  onAnnounce: (message: string) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && target.type !== "radio" && target.type !== "checkbox";
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a, summary, select, textarea") !== null;
}

/** One question: its answer controls, "Check answer", then feedback and "Next question" / "See results". */
export function QuestionCard(props: Props) {
  const {
    question,
    number,
    response,
    result,
    isLast,
    evidence,
    hint,
    deferFeedback = false,
    onRespond,
    onCheck,
    onNext,
    onAnnounce,
  } = props;
  const checked = result !== null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const optionsRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // A new question: focus its prompt so screen readers read it and keys apply to it.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: false });
  }, [question.id]);

  // Checked: the way on is one Enter away.
  useEffect(() => {
    if (!checked) return;
    nextRef.current?.focus();
    // After "Check answer" React reuses that same button as "Next question", so
    // focus() does not move and does not scroll: the feedback rendered above it
    // would push the focused button (and most of the feedback) off screen.
    nextRef.current?.scrollIntoView({ block: "nearest" });
  }, [checked]);

  // Keyboard: 1–9 pick an option, Enter checks and then goes on.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key) && "options" in question && !checked) {
        const index = Number(event.key) - 1;
        if (index >= question.options.length) return;
        event.preventDefault();
        onRespond({ kind: "choice", index });
        optionsRef.current?.querySelector<HTMLInputElement>(`[data-option-index="${index}"]`)?.focus();
      } else if (event.key === "Enter" && !isActivatable(event.target)) {
        event.preventDefault();
        if (checked) onNext();
        else submit();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  function submit() {
    // An untouched ordering is still an answer: the order as shown.
    if (question.type === "ordering" && response === null)
      onRespond({ kind: "ordering", order: identity(question.items.length) });
    onCheck();
  }

  const name = `q-${number}`;
  const promptId = `${name}-prompt`;

  const isChoice = "options" in question;
  const order = response?.kind === "ordering" ? response.order : undefined;
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (checked) onNext();
        else submit();
      }}
      className="grid gap-5"
    >
      <fieldset
        className="grid gap-4"
        aria-describedby={INSTRUCTIONS[question.type] ? `${name}-instructions` : undefined}
      >
        <legend className="contents">
          <h2
            id={promptId}
            ref={headingRef}
            tabIndex={-1}
            data-read-part="prompt"
            className="font-serif text-xl leading-snug font-bold sm:text-2xl"
          >
            {question.prompt}
          </h2>
        </legend>
        <p className="order-first -mb-3 text-xs font-semibold tracking-widest text-accent uppercase">
          {TYPE_NAMES[question.type]}
        </p>
        {INSTRUCTIONS[question.type] && (
          <p id={`${name}-instructions`} className="-mt-2 text-sm text-muted">
            {INSTRUCTIONS[question.type]}
          </p>
        )}
        <AnswerControl
          question={question}
          name={name}
          response={response}
          checked={checked}
          onRespond={onRespond}
          onAnnounce={onAnnounce}
          optionsRef={optionsRef}
        />
        <QuestionReadAloud
          // A new order on screen, or the answer checked (feedback is about to be announced), stops the reading.
          key={`${checked}:${order?.join(",") ?? ""}`}
          question={question}
          order={order}
          cardRef={formRef}
        />
      </fieldset>

      {hint && !checked && (
        <p className="text-sm font-medium text-danger" role="alert">
          {hint}
        </p>
      )}

      {checked && <AnswerFeedback question={question} response={response} correct={result} evidence={evidence} />}

      <div className="flex flex-wrap items-center gap-3">
        {checked ? (
          <button
            ref={nextRef}
            type="submit"
            className="rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
          >
            {isLast ? "See results" : "Next question"}
          </button>
        ) : (
          <button
            type="submit"
            className="rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
          >
            {deferFeedback ? (isLast ? "Save and finish" : "Save and go on") : "Check answer"}
          </button>
        )}
        <p className="hidden text-sm text-muted sm:block">
          {checked ? (
            <>
              Press <kbd className="font-mono">Enter</kbd> to go on
            </>
          ) : isChoice ? (
            <>
              Keys <kbd className="font-mono">1</kbd>–
              <kbd className="font-mono">{Math.min(question.options.length, 9)}</kbd> choose,{" "}
              <kbd className="font-mono">Enter</kbd> {deferFeedback ? "saves" : "checks"}
            </>
          ) : (
            <>
              <kbd className="font-mono">Enter</kbd> {deferFeedback ? "saves" : "checks"}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
