"use client";
import { useId } from "react";

interface Props {
  value: string;
  disabled: boolean;
  onChange: (text: string) => void;
}

/** Typed answer for fill-in-the-blank; Enter submits the surrounding form (checks the answer). */
export function TextAnswer({ value, disabled, onChange }: Props) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className="w-full rounded-control border-2 border-line bg-surface px-3.5 py-2.5 text-lg disabled:opacity-80"
      />
    </div>
  );
}
