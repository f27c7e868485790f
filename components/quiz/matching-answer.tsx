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

/** One labelled select per item on the left; selects work with the keyboard everywhere. */
export function MatchingAnswer({ left, right, pairs, answer, onChange }: Props) {
  const baseId = useId();
  const checked = answer !== null;
  return (
    <ul className="grid gap-3">
      {left.map((item, i) => {
        const id = `${baseId}-${i}`;
        const chosen = pairs[i] ?? -1;
        const right_ = checked && answer[i] === chosen;
        return (
          <li
            key={i}
            className={`grid gap-2 rounded-control border-2 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] sm:items-center ${
              !checked ? "border-line bg-surface" : right_ ? "border-success bg-success-soft" : "border-danger bg-danger-soft"
            }`}
          >
            <label htmlFor={id} className="font-medium leading-snug">
              {item}
            </label>
            <select
              id={id}
              value={chosen}
              disabled={checked}
              onChange={(e) => onChange(left.map((_, j) => (j === i ? Number(e.target.value) : (pairs[j] ?? -1))))}
              className="w-full rounded-control border-2 border-line bg-surface px-3 py-2 disabled:opacity-90"
            >
              <option value={-1}>Choose…</option>
              {right.map((option, j) => (
                <option key={j} value={j}>
                  {option}
                </option>
              ))}
            </select>
            {checked && !right_ && (
              <p className="text-sm text-danger sm:col-span-2">Right match: {right[answer[i] ?? -1] ?? "?"}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
