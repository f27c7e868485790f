"use client";
import { forwardRef } from "react";
import type { Question } from "@/lib/quiz";
import type { QuestionChanges } from "@/lib/teacher";
import { quoted, type Sentence } from "@/lib/teacher";
import { AnswerSummary } from "./answer-summary";
import { testsLabel } from "@/components/quiz/type-names";
import { TYPE_NAMES } from "./labels";
import { QuestionForm } from "./question-form";

interface Props {
  number: number;
  question: Question;
  evidence: string;
  custom: boolean;
  edited: boolean;
  editing: boolean;
  sentences: Sentence[];
  bodyLength: number;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (changes: QuestionChanges) => string[];
  onDirtyChange: (dirty: boolean) => void;
  onUndoEdit: () => void;
  onRemove: () => void;
}

/** One question of the builder's preview: as students get it, plus the answer and the evidence. */
export const PreviewQuestion = forwardRef<HTMLHeadingElement, Props>(function PreviewQuestion(props, headingRef) {
  const { number, question, evidence, custom, edited, editing, sentences, bodyLength } = props;
  const headingId = `preview-${question.id.replace(/[^a-zA-Z0-9-]/g, "-")}`;
  return (
    <article
      aria-labelledby={headingId}
      // The card itself, not its list item: content-visibility clips what overflows, and the shadow is the card's own.
      className="rounded-card border border-line bg-surface p-4 shadow-card render-near-view sm:p-5"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-semibold tracking-wider text-muted uppercase">
        <span className="text-accent">{TYPE_NAMES[question.type]}</span>
        <span aria-hidden="true">·</span>
        <span>
          <span className="sr-only">Tests: </span>
          {testsLabel(question)}
        </span>
        {custom && (
          <span className="rounded-full bg-accent-soft px-2 py-0.5 tracking-normal text-accent-strong normal-case">
            Your question
          </span>
        )}
        {edited && (
          <span className="rounded-full bg-warning-soft px-2 py-0.5 tracking-normal text-warning normal-case">
            Edited
          </span>
        )}
      </p>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="mt-1.5 font-serif text-lg leading-snug font-bold">
        <span className="mr-1.5 font-sans text-muted">{number}.</span>
        {question.prompt}
      </h3>

      {editing ? (
        <div className="mt-4">
          <QuestionForm
            mode="edit"
            idPrefix={headingId}
            question={question}
            custom={custom}
            sentences={sentences}
            bodyLength={bodyLength}
            onSave={props.onSave}
            onCancel={props.onCancelEdit}
            onDirtyChange={props.onDirtyChange}
          />
        </div>
      ) : (
        <>
          <div className="mt-3">
            <AnswerSummary question={question} />
          </div>
          <p className="mt-3 text-sm">{question.explanation}</p>
          {evidence && (
            <figure className="mt-3">
              <figcaption className="text-xs font-semibold tracking-wider text-muted uppercase">Evidence</figcaption>
              <blockquote className="mt-1 border-l-4 border-accent/40 pl-3 font-serif text-sm italic">
                {quoted(evidence)}
              </blockquote>
            </figure>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={props.onEdit}
              aria-label={`Edit question ${number}`}
              className="rounded-control border border-line px-3 py-1.5 text-sm font-medium text-accent hover:border-accent"
            >
              Edit
            </button>
            {edited && (
              <button
                type="button"
                onClick={props.onUndoEdit}
                aria-label={`Undo my changes to question ${number}`}
                className="rounded-control border border-line px-3 py-1.5 text-sm font-medium hover:border-muted"
              >
                Undo my changes
              </button>
            )}
            <button
              type="button"
              onClick={props.onRemove}
              aria-label={
                custom ? `Remove question ${number}` : `Replace question ${number} with the next best question`
              }
              className="rounded-control border border-line px-3 py-1.5 text-sm font-medium text-danger hover:border-danger"
            >
              {custom ? "Remove" : "Replace"}
            </button>
          </div>
        </>
      )}
    </article>
  );
});
