"use client";
import { useRef } from "react";

interface Props {
  items: string[];
  /** Indices into `items`, in the order the student has put them. */
  order: number[];
  /** After checking: the right order. */
  answer: number[] | null;
  onChange: (order: number[]) => void;
  onAnnounce: (message: string) => void;
}

/** Reordering by "Move up" / "Move down" buttons: no dragging needed, works with keyboard and screen readers. */
export function OrderingAnswer({ items, order, answer, onChange, onAnnounce }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const checked = answer !== null;

  function move(position: number, delta: -1 | 1) {
    const target = position + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[position], next[target]] = [next[target]!, next[position]!];
    onChange(next);
    const item = items[order[position]!] ?? "";
    onAnnounce(`“${item}” moved to position ${target + 1} of ${order.length}.`);
    // Keep focus on the same button of the moved item; at the ends use the other one.
    const direction = delta === -1 ? (target === 0 ? "down" : "up") : target === order.length - 1 ? "up" : "down";
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLButtonElement>(`[data-position="${target}"][data-direction="${direction}"]`)
        ?.focus(),
    );
  }

  return (
    <ol ref={listRef} className="grid gap-2.5">
      {order.map((itemIndex, position) => {
        const item = items[itemIndex] ?? "";
        const inPlace = checked && answer[position] === itemIndex;
        return (
          <li
            key={itemIndex}
            className={`flex items-center gap-3 rounded-control border-2 px-3 py-2.5 ${
              !checked
                ? "border-line bg-surface"
                : inPlace
                  ? "border-success bg-success-soft"
                  : "border-danger bg-danger-soft"
            }`}
          >
            <span aria-hidden="true" className="w-6 shrink-0 text-center font-semibold text-muted tabular-nums">
              {position + 1}
            </span>
            <span data-read-part={`event-${itemIndex}`} className="flex-1 leading-snug">
              {item}
            </span>
            {!checked && (
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  data-position={position}
                  data-direction="up"
                  disabled={position === 0}
                  onClick={() => move(position, -1)}
                  aria-label={`Move “${item}” up`}
                  className="grid h-9 w-9 place-items-center rounded-control border border-line bg-surface-muted hover:border-muted disabled:opacity-40"
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  data-position={position}
                  data-direction="down"
                  disabled={position === order.length - 1}
                  onClick={() => move(position, 1)}
                  aria-label={`Move “${item}” down`}
                  className="grid h-9 w-9 place-items-center rounded-control border border-line bg-surface-muted hover:border-muted disabled:opacity-40"
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
