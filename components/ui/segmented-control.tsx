"use client";
import type { ReactNode } from "react";

interface Props<T extends string> {
  /** The radio group's name (one per page). */
  name: string;
  legend: string;
  /** Shows the legend beside the options; otherwise only screen readers read it. */
  showLegend?: boolean;
  options: readonly T[];
  /** The chosen option; undefined until the saved choice is known, so none is shown chosen too early. */
  value: T | undefined;
  onChange: (option: T) => void;
  /** Each option's name: its tooltip and what a screen reader says. */
  labels: Record<T, string>;
  /** What each option shows (its name is read instead). */
  glyph: (option: T) => ReactNode;
  /** How an option lays out its glyph. */
  optionClassName: string;
}

/**
 * A row of radio buttons drawn as one segmented control: arrow keys move
 * the choice as in any radio group, the chosen one is raised, the focused
 * one outlined.
 */
export function SegmentedControl<T extends string>({
  name,
  legend,
  showLegend = false,
  options,
  value,
  onChange,
  labels,
  glyph,
  optionClassName,
}: Props<T>) {
  return (
    <fieldset className="flex items-center gap-2">
      <legend className={showLegend ? "float-left mr-2 text-sm text-muted" : "sr-only"}>{legend}</legend>
      <div className="flex rounded-control border border-line bg-surface-muted p-0.5">
        {options.map((option) => (
          <label
            key={option}
            title={labels[option]}
            className={`flex h-8 w-9 cursor-pointer justify-center rounded-[0.375rem] text-muted hover:text-ink has-[:checked]:bg-surface has-[:checked]:text-accent has-[:checked]:shadow-card has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus ${optionClassName}`}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {glyph(option)}
            <span className="sr-only">{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
