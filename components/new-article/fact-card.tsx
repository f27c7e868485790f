"use client";
import { certaintySentence, type Corrected, type Doubt } from "@/lib/my-articles";
import { CorrectionForm } from "./correction-form";
import { EvidenceSnippet } from "./evidence-snippet";
import type { FactItem } from "./review-items";

interface Props {
  item: FactItem;
  body: string;
  /** What the app noticed about it, when it should be checked. */
  doubt: Doubt | undefined;
  editing: boolean;
  onEdit: () => void;
  onCancel: () => void;
  /** Saves a correction, then focuses `focus`; returns the problems to show (empty: saved). */
  onApply: (result: Corrected, description: string, focus: string) => string[];
  onConfirm: () => void;
  onRemove: () => void;
}

export const cardId = (item: Pick<FactItem, "kind" | "fact">) => `fact-${item.kind}-${item.fact.id}`;
export const correctButtonId = (item: Pick<FactItem, "kind" | "fact">) => `${cardId(item)}-correct`;

const link = "rounded-control px-1 font-medium underline underline-offset-4";

/** One fact: what it says, the sentence it was found in, and what can be done with it. */
export function FactCard({ item, body, doubt, editing, onEdit, onCancel, onApply, onConfirm, onRemove }: Props) {
  const id = cardId(item);
  return (
    <li id={id} tabIndex={-1} className="scroll-mt-20 rounded-control border border-line p-3">
      <p className="font-semibold">
        {item.title ?? <span className="sr-only">{item.name}: </span>}
        {item.detail && (
          <span className="font-normal text-muted">{item.title ? ` · ${item.detail}` : item.detail}</span>
        )}
      </p>
      {doubt && (
        <p className="mt-1 text-sm text-warning">
          <span className="font-semibold">{certaintySentence(doubt.certainty)}</span> {doubt.reasons.join(" ")}
        </p>
      )}
      <EvidenceSnippet body={body} span={item.fact.evidence} words={item.words} />
      {item.choices?.map((choice) => {
        const selectId = `${id}-${choice.label.toLowerCase().replace(/\s+/g, "-")}`;
        return (
          <div key={choice.label} className="mt-2 flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="text-sm font-semibold">
              {choice.label}
              <span className="sr-only"> ({item.name})</span>
            </label>
            <select
              id={selectId}
              value={choice.value}
              onChange={(e) => onApply(choice.apply(e.target.value), choice.describe(e.target.value), selectId)}
              className="rounded-control border-2 border-line bg-surface px-2 py-1 text-ink"
            >
              {choice.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {editing && item.fields && item.correct ? (
        <CorrectionForm
          title={`Correct ${item.name}`}
          fields={item.fields}
          onSave={(values) => onApply(item.correct!(values), `Corrected ${item.name}.`, correctButtonId(item))}
          onCancel={onCancel}
        />
      ) : (
        <div className="mt-2 flex flex-wrap gap-3 text-sm">
          {doubt && (
            <button type="button" onClick={onConfirm} className={`${link} text-success`}>
              Looks right<span className="sr-only">: {item.name}</span>
            </button>
          )}
          {item.fields && (
            <button type="button" id={correctButtonId(item)} onClick={onEdit} className={`${link} text-accent`}>
              Correct<span className="sr-only"> {item.name}</span>
            </button>
          )}
          <button type="button" onClick={onRemove} className={`${link} text-danger`}>
            Remove<span className="sr-only"> {item.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
