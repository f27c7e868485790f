"use client";
import { useId, useState } from "react";
import { ProblemList } from "./problem-list";

export interface FieldOption {
  value: string;
  label: string;
}

export interface CorrectionField {
  name: string;
  label: string;
  value: string;
  hint?: string;
  /** A longer text (the main idea, one wrong answer a line) gets a text area. */
  multiline?: boolean;
  /** A choice among these (a speaker, a date of the article) instead of free text. */
  options?: readonly FieldOption[];
}

interface Props {
  /** For the form's accessible name: "Correct Maria Lopez". */
  title: string;
  fields: CorrectionField[];
  /** Returns the problems to show; empty means saved. */
  onSave: (values: Record<string, string>) => string[];
  onCancel: () => void;
  submitLabel?: string;
}

export const fieldClass = "w-full rounded-control border-2 border-line bg-surface px-3 py-2 text-ink";

/** A small inline form correcting one fact. Problems stay beside the fields; nothing typed is lost. */
export function CorrectionForm({ title, fields, onSave, onCancel, submitLabel = "Save correction" }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.value])),
  );
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setProblems(onSave(values));
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      className="mt-3 grid gap-3 rounded-control border border-line bg-surface-muted p-3"
    >
      {fields.map((f, i) => {
        const inputId = `${id}-${f.name}`;
        const common = {
          id: inputId,
          value: values[f.name] ?? "",
          autoFocus: i === 0,
          "aria-describedby": f.hint ? `${inputId}-hint` : undefined,
          className: fieldClass,
        };
        const change = (value: string) => setValues({ ...values, [f.name]: value });
        return (
          <div key={f.name} className="grid gap-1">
            <label htmlFor={inputId} className="text-sm font-semibold">
              {f.label}
            </label>
            {f.hint && (
              <p id={`${inputId}-hint`} className="text-sm text-muted">
                {f.hint}
              </p>
            )}
            {f.options ? (
              <select {...common} onChange={(e) => change(e.target.value)}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.multiline ? (
              <textarea rows={3} {...common} onChange={(e) => change(e.target.value)} />
            ) : (
              <input type="text" {...common} onChange={(e) => change(e.target.value)} />
            )}
          </div>
        );
      })}
      <ProblemList problems={problems} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          className="rounded-control bg-accent px-4 py-1.5 font-semibold text-on-accent hover:bg-accent-strong"
        >
          {submitLabel}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-control border-2 border-line px-4 py-1.5 font-semibold hover:border-accent"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
