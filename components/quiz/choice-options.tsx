"use client";
import { forwardRef } from "react";

interface Props {
  name: string;
  options: string[];
  selected: number | null;
  /** After checking: the right option, to mark it. */
  answer: number | null;
  onSelect: (index: number) => void;
}

/** Native radios: arrow keys move between options, and digits 1–9 pick one (handled by the question card). */
export const ChoiceOptions = forwardRef<HTMLDivElement, Props>(function ChoiceOptions(
  { name, options, selected, answer, onSelect },
  ref,
) {
  const checked = answer !== null;
  return (
    <div ref={ref} className="grid gap-2.5">
      {options.map((option, i) => {
        const isSelected = selected === i;
        const isAnswer = checked && answer === i;
        const isWrongPick = checked && isSelected && !isAnswer;
        const tone = isAnswer
          ? "border-success bg-success-soft"
          : isWrongPick
            ? "border-danger bg-danger-soft"
            : isSelected
              ? "border-accent bg-accent-soft"
              : "border-line bg-surface hover:border-muted";
        return (
          <label
            key={i}
            className={`flex cursor-pointer items-start gap-3 rounded-control border-2 px-3.5 py-3 transition-colors has-[:disabled]:cursor-default has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${tone}`}
          >
            <input
              type="radio"
              name={name}
              value={i}
              checked={isSelected}
              disabled={checked}
              onChange={() => onSelect(i)}
              data-option-index={i}
              className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
            />
            <span data-read-part={`option-${i}`} className="flex-1 leading-snug">
              {option}
            </span>
            {i < 9 && (
              <kbd
                aria-hidden="true"
                className="hidden rounded border border-line bg-surface-muted px-1.5 font-mono text-xs text-muted sm:inline"
              >
                {i + 1}
              </kbd>
            )}
            {isAnswer && (
              <span aria-hidden="true" className="text-sm font-semibold text-success">
                ✓
              </span>
            )}
            {isWrongPick && (
              <span aria-hidden="true" className="text-sm font-semibold text-danger">
                ✗
              </span>
            )}
          </label>
        );
      })}
    </div>
  );
});
