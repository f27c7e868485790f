"use client";
import { useId } from "react";

interface Props {
  left: string[];
  right: string[];
  pairs: number[];
  /** After checking: the right pairs, to mark each row. */
  answer: number[] | null;
  onChange: (pairs: number[]) => void;
}

/**
 * One radio group per item on the left, every match written out in full:
 * a phone's select cuts long options off, and two roles that start alike
 * ("research fellow at the Institute…") then look the same. Radios keep
 * the arrow keys and what a screen reader says ("3 of 4").
 */
export function MatchingAnswer({ left, right, pairs, answer, onChange }: Props) {
  const baseId = useId();
  const checked = answer !== null;
  return (
    <ul className="grid gap-3">
      {left.map((item, i) => {
        const labelId = `${baseId}-${i}`;
        const chosen = pairs[i] ?? -1;
        const right_ = checked && answer[i] === chosen;
        return (
          <li
            key={i}
            className={`grid gap-2 rounded-control border-2 p-3 ${
              !checked
                ? "border-line bg-surface"
                : right_
                  ? "border-success bg-success-soft"
                  : "border-danger bg-danger-soft"
            }`}
          >
            <p id={labelId} data-read-part={`item-${i}`} className="leading-snug font-medium">
              {item}
            </p>
            <div role="radiogroup" aria-labelledby={labelId} className="grid gap-1.5">
              {right.map((option, j) => {
                const isChosen = chosen === j;
                return (
                  <label
                    key={j}
                    className={`flex cursor-pointer items-start gap-2.5 rounded-control border px-3 py-2 text-sm leading-snug has-[:disabled]:cursor-default has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
                      isChosen ? "border-accent bg-accent-soft" : "border-line bg-surface hover:border-muted"
                    }`}
                  >
                    <input
                      type="radio"
                      name={`${baseId}-match-${i}`}
                      value={j}
                      checked={isChosen}
                      disabled={checked}
                      onChange={() => onChange(left.map((_, k) => (k === i ? j : (pairs[k] ?? -1))))}
                      className="mt-0.5 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
                    />
                    <span data-read-part={`choice-${j}`} className="min-w-0 flex-1 break-words">
                      {option}
                    </span>
                  </label>
                );
              })}
            </div>
            {checked && !right_ && <p className="text-sm text-danger">Right match: {right[answer[i] ?? -1] ?? "?"}</p>}
          </li>
        );
      })}
    </ul>
  );
}
