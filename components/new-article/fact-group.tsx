"use client";
import type { Ref } from "react";
import { KIND_HEADING, type Corrected, type Doubt, type FactKind } from "@/lib/my-articles";
import { FactCard } from "./fact-card";
import { KIND_HINTS, type FactItem } from "./review-items";

interface Props {
  kind: FactKind;
  items: FactItem[];
  body: string;
  doubts: ReadonlyMap<string, Doubt>;
  /** The card whose correction form is open, as "kind:id". */
  editing: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: (item: FactItem) => void;
  onCancel: (item: FactItem) => void;
  onApply: (result: Corrected, description: string, focus: string) => string[];
  onConfirm: (item: FactItem) => void;
  onRemove: (item: FactItem) => void;
}

/** The facts of one kind, least certain first. */
export function FactGroup({
  kind,
  items,
  body,
  doubts,
  editing,
  headingRef,
  onEdit,
  onCancel,
  onApply,
  onConfirm,
  onRemove,
}: Props) {
  const headingId = `facts-${kind}`;
  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h3 id={headingId} tabIndex={-1} ref={headingRef} className="scroll-mt-20 text-lg font-semibold">
        {KIND_HEADING[kind]} <span className="font-normal text-muted">({items.length})</span>
      </h3>
      <p className="text-sm text-muted">{KIND_HINTS[kind]}</p>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-muted">None found.</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {items.map((item) => {
            const doubt = doubts.get(`${kind}:${item.fact.id}`);
            return (
              <FactCard
                key={item.fact.id}
                item={item}
                body={body}
                doubt={doubt}
                editing={editing === `${kind}:${item.fact.id}`}
                onEdit={() => onEdit(item)}
                onCancel={() => onCancel(item)}
                onApply={onApply}
                onConfirm={() => onConfirm(item)}
                onRemove={() => onRemove(item)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
