"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { Question } from "@/lib/quiz";
import type { Span } from "@/lib/article";
import {
  CUSTOM_KINDS,
  LIMITS,
  choiceProblems,
  customProblems,
  tidy,
  type CustomFields,
  type CustomKind,
  type QuestionChanges,
} from "@/lib/teacher";
import { quoted, type Sentence } from "@/lib/teacher";
import { letter, TYPE_NAMES } from "./labels";

type Props = {
  /** Prefix for element ids and names: unique per form on the page. */
  idPrefix: string;
  sentences: Sentence[];
  bodyLength: number;
  onCancel: () => void;
  /** Told whether the form holds changes not yet saved (false again when it closes). */
  onDirtyChange?: (dirty: boolean) => void;
} &
  /** onAdd / onSave return the problems that keep the question out of the quiz (empty: accepted). */
  (
    | { mode: "add"; onAdd: (fields: CustomFields) => string[] }
    | { mode: "edit"; question: Question; custom: boolean; onSave: (changes: QuestionChanges) => string[] }
  );

const inputClass = "w-full rounded-control border-2 border-line bg-surface px-3 py-2 text-ink";

function initialFields(props: Props): CustomFields {
  if (props.mode === "add") {
    // Three option fields to start: a question needs two, more can be added, and empty ones are left out.
    return {
      kind: "multiple-choice",
      prompt: "",
      options: ["", "", ""],
      answer: -1,
      expected: "",
      alsoAccepted: [],
      explanation: "",
      evidence: null,
    };
  }
  const q = props.question;
  const kind: CustomKind =
    q.type === "true-false" ? "true-false" : q.type === "short-answer" ? "short-answer" : "multiple-choice";
  return {
    kind,
    prompt: q.prompt,
    options: "options" in q ? [...q.options] : [],
    answer: "options" in q ? q.answer : -1,
    expected: q.type === "short-answer" ? q.answer : "",
    alsoAccepted: q.type === "short-answer" ? q.accepted : [],
    explanation: q.explanation,
    evidence: q.evidence[0] ?? null,
  };
}

function sameSpan(a: Span | null, b: Span): boolean {
  return a !== null && a.start === b.start && a.end === b.end;
}

function shorten(text: string, max = 110): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Writing a question (mode "add") or changing one in the preview (mode
 * "edit"). What can change depends on the question: a generated matching
 * question keeps its pairs, a teacher's own question can change everything
 * but its kind. Problems are listed in an alert and block saving.
 */
export function QuestionForm(props: Props) {
  const { idPrefix, sentences, bodyLength, onCancel, onDirtyChange } = props;
  const [initial] = useState<CustomFields>(() => initialFields(props));
  const [fields, setFields] = useState<CustomFields>(initial);
  // The problems found on the last save, and the fields they were found in.
  const [problems, setProblems] = useState<{ list: string[]; of: CustomFields }>({ list: [], of: initial });
  const dirty = JSON.stringify(fields) !== JSON.stringify(initial);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const firstFieldRef = useRef<HTMLTextAreaElement>(null);

  // Opening the form moves focus into it, so keyboard and screen-reader users land where they type.
  useEffect(() => {
    if (props.mode === "edit") firstFieldRef.current?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const uid = useId();
  const id = (name: string) => `${idPrefix}-${name}${uid.replace(/[^a-zA-Z0-9]/g, "")}`;

  const editing = props.mode === "edit" ? props.question : null;
  const custom = props.mode === "add" || (props.mode === "edit" && props.custom);
  // Generated questions: only choice questions have editable options.
  const hasOptions = editing ? "options" in editing : fields.kind !== "short-answer";
  const optionsEditable = hasOptions && (!custom || fields.kind === "multiple-choice");
  const isTrueFalse = custom && fields.kind === "true-false";
  const isShortAnswer = custom && fields.kind === "short-answer";

  const set = (patch: Partial<CustomFields>) => setFields((f) => ({ ...f, ...patch }));

  function setKind(kind: CustomKind) {
    set({
      kind,
      answer: -1,
      options:
        kind === "multiple-choice" ? (fields.options.length >= 2 ? fields.options : ["", "", ""]) : fields.options,
    });
  }

  function check(): string[] {
    if (custom) {
      const checked: CustomFields = isTrueFalse ? { ...fields, options: ["True", "False"] } : fields;
      return customProblems(checked, bodyLength);
    }
    if (editing && "options" in editing) return choiceProblems(fields.prompt, fields.options, fields.answer);
    const found: string[] = [];
    if (!tidy(fields.prompt)) found.push("Write the question.");
    if (tidy(fields.prompt).length > LIMITS.prompt) found.push(`Keep the question under ${LIMITS.prompt} characters.`);
    return found;
  }

  // Once problems are shown, they follow the fields: a fixed one goes away as soon as it is fixed.
  const shownProblems = problems.list.length === 0 ? [] : problems.of === fields ? problems.list : check();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const showProblems = (found: string[]) => {
      setProblems({ list: found, of: fields });
      if (found.length > 0) requestAnimationFrame(() => problemsRef.current?.focus());
    };
    const found = check();
    if (found.length > 0) return showProblems(found);
    if (props.mode === "add") {
      showProblems(props.onAdd(isTrueFalse ? { ...fields, options: ["True", "False"] } : fields));
      return;
    }
    showProblems(
      props.onSave({
        prompt: fields.prompt,
        explanation: fields.explanation,
        ...(hasOptions ? { options: isTrueFalse ? ["True", "False"] : fields.options, answer: fields.answer } : {}),
        ...(isShortAnswer ? { expected: fields.expected, alsoAccepted: fields.alsoAccepted } : {}),
        ...(custom && fields.evidence ? { evidence: fields.evidence } : {}),
      }),
    );
  }

  const chosenSentence = sentences.find((s) => sameSpan(fields.evidence, s.span));
  const selectedSentence = fields.evidence ? sentences.findIndex((s) => sameSpan(fields.evidence, s.span)) : -1;

  return (
    <form
      noValidate
      onSubmit={submit}
      className="grid gap-4"
      aria-label={props.mode === "add" ? "Write your own question" : "Edit question"}
    >
      {shownProblems.length > 0 && (
        <div
          ref={problemsRef}
          tabIndex={-1}
          role="alert"
          className="rounded-control border-2 border-danger bg-danger-soft p-3 text-sm text-danger"
        >
          <p className="font-semibold">Fix these before saving:</p>
          <ul className="mt-1 list-disc pl-5">
            {shownProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      {props.mode === "add" && (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-semibold">Kind of question</legend>
          <div className="flex flex-wrap gap-2">
            {CUSTOM_KINDS.map((kind) => (
              <label
                key={kind}
                className={`flex cursor-pointer items-center gap-2 rounded-control border-2 px-3 py-1.5 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
                  fields.kind === kind ? "border-accent bg-accent-soft" : "border-line bg-surface"
                }`}
              >
                <input
                  type="radio"
                  name={id("kind")}
                  checked={fields.kind === kind}
                  onChange={() => setKind(kind)}
                  className="accent-[var(--color-accent)]"
                />
                {TYPE_NAMES[kind]}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <div className="grid gap-1.5">
        <label htmlFor={id("prompt")} className="text-sm font-semibold">
          Question
        </label>
        <textarea
          ref={firstFieldRef}
          id={id("prompt")}
          rows={2}
          maxLength={LIMITS.prompt}
          value={fields.prompt}
          onChange={(e) => set({ prompt: e.target.value })}
          className={inputClass}
        />
      </div>

      {optionsEditable && (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-semibold">Options (choose the right one)</legend>
          {fields.options.map((option, i) => (
            <div key={i} className="flex items-center gap-2">
              <input
                type="radio"
                name={id("right")}
                checked={fields.answer === i}
                onChange={() => set({ answer: i })}
                aria-label={`Option ${letter(i)} is the right answer`}
                className="h-5 w-5 shrink-0 accent-[var(--color-success)]"
              />
              <label
                htmlFor={id(`option-${i}`)}
                className="w-5 shrink-0 text-sm font-semibold text-muted"
                aria-hidden="true"
              >
                {letter(i)}
              </label>
              <input
                id={id(`option-${i}`)}
                type="text"
                aria-label={`Option ${letter(i)}`}
                maxLength={LIMITS.option}
                value={option}
                onChange={(e) => set({ options: fields.options.map((o, j) => (j === i ? e.target.value : o)) })}
                className={`${inputClass} min-w-0 flex-1`}
              />
              {fields.options.length > 2 && (
                <button
                  type="button"
                  onClick={() =>
                    set({
                      options: fields.options.filter((_, j) => j !== i),
                      answer: fields.answer === i ? -1 : fields.answer > i ? fields.answer - 1 : fields.answer,
                    })
                  }
                  aria-label={`Remove option ${letter(i)}`}
                  className="shrink-0 rounded-control border border-line px-2.5 py-1.5 text-sm text-muted hover:border-danger hover:text-danger"
                >
                  <span aria-hidden="true">✕</span>
                </button>
              )}
            </div>
          ))}
          {fields.options.length < LIMITS.options && (
            <button
              type="button"
              onClick={() => set({ options: [...fields.options, ""] })}
              className="justify-self-start rounded-control border border-line px-3 py-1.5 text-sm font-medium text-accent hover:border-accent"
            >
              Add an option
            </button>
          )}
        </fieldset>
      )}

      {isTrueFalse && (
        <fieldset className="flex flex-wrap items-center gap-4">
          <legend className="mb-1 text-sm font-semibold">The statement is</legend>
          {["True", "False"].map((label, i) => (
            <label key={label} className="flex items-center gap-2">
              <input
                type="radio"
                name={id("tf")}
                checked={fields.answer === i}
                onChange={() => set({ answer: i })}
                className="h-5 w-5 accent-[var(--color-success)]"
              />
              {label}
            </label>
          ))}
        </fieldset>
      )}

      {isShortAnswer && (
        <>
          <div className="grid gap-1.5">
            <label htmlFor={id("expected")} className="text-sm font-semibold">
              Expected answer
            </label>
            <input
              id={id("expected")}
              type="text"
              maxLength={LIMITS.option}
              value={fields.expected}
              onChange={(e) => set({ expected: e.target.value })}
              className={inputClass}
            />
          </div>
          <div className="grid gap-1.5">
            <label htmlFor={id("accepted")} className="text-sm font-semibold">
              Other answers that count <span className="font-normal text-muted">(optional, one per line)</span>
            </label>
            <textarea
              id={id("accepted")}
              rows={2}
              value={fields.alsoAccepted.join("\n")}
              onChange={(e) => set({ alsoAccepted: e.target.value.split("\n") })}
              className={inputClass}
            />
            <p className="text-xs text-muted">
              Capitals, spacing and “the”/“a” do not matter; numbers may be typed in digits or words.
            </p>
          </div>
        </>
      )}

      <div className="grid gap-1.5">
        <label htmlFor={id("explanation")} className="text-sm font-semibold">
          Why it is right{" "}
          <span className="font-normal text-muted">(shown after answering{custom ? ", optional" : ""})</span>
        </label>
        <textarea
          id={id("explanation")}
          rows={2}
          maxLength={LIMITS.explanation}
          value={fields.explanation}
          onChange={(e) => set({ explanation: e.target.value })}
          className={inputClass}
        />
      </div>

      {custom && (
        <div className="grid gap-1.5">
          <label htmlFor={id("evidence")} className="text-sm font-semibold">
            Sentence that proves the answer
          </label>
          <select
            id={id("evidence")}
            value={selectedSentence}
            onChange={(e) => set({ evidence: sentences[Number(e.target.value)]?.span ?? null })}
            className={`${inputClass} min-w-0`}
          >
            <option value={-1}>Choose a sentence from the article…</option>
            {sentences.map((sentence, i) => (
              <option key={i} value={i}>
                {`${i + 1}. ${shorten(sentence.text)}`}
              </option>
            ))}
          </select>
          {chosenSentence && (
            <blockquote className="border-l-4 border-accent/40 pl-3 font-serif text-sm text-ink italic">
              {quoted(chosenSentence.text)}
            </blockquote>
          )}
        </div>
      )}

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className="rounded-control bg-accent px-4 py-2 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
        >
          {props.mode === "add" ? "Add question" : "Save changes"}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-control border border-line px-4 py-2 font-medium hover:border-muted"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
