"use client";
import { useId, useState } from "react";

interface Props {
  value: number | null;
  unit?: string;
  disabled: boolean;
  onChange: (value: number) => void;
}

/** "50,000", "50 000" and "50000" all read as 50000; anything else is NaN and cannot be checked. */
export function parseTypedNumber(text: string): number {
  const cleaned = text.replace(/[\s,_]/g, "");
  return cleaned === "" ? Number.NaN : Number(cleaned);
}

export function NumberAnswer({ value, unit, disabled, onChange }: Props) {
  const id = useId();
  const unitId = useId();
  // The text as typed is kept locally so "50," is not reformatted mid-typing.
  const [text, setText] = useState(value === null || Number.isNaN(value) ? "" : String(value));
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Your answer
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-describedby={unit ? unitId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseTypedNumber(e.target.value));
          }}
          className="w-40 rounded-control border-2 border-line bg-surface px-3.5 py-2.5 text-lg tabular-nums disabled:opacity-80"
        />
        {unit && (
          <span id={unitId} className="text-muted">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}
