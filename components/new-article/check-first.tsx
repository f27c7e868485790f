"use client";
import { certaintySentence, KIND_HEADING, labelOf, type Doubt } from "@/lib/my-articles";

/** More than this would be the whole review again; the rest are first in their groups anyway. */
const SHOWN = 10;

interface Props {
  doubts: Doubt[];
  /** Moves to the fact's card in its group. */
  onShow: (doubt: Doubt) => void;
}

/** The facts the app is least sure of, at the top of the review, each with what it noticed. */
export function CheckFirst({ doubts, onShow }: Props) {
  if (doubts.length === 0) return null;
  const shown = doubts.slice(0, SHOWN);
  return (
    <section
      aria-labelledby="check-first-heading"
      className="rounded-card border-2 border-warning bg-warning-soft p-4 sm:p-5"
    >
      <h3 id="check-first-heading" className="text-lg font-semibold text-ink">
        Check these first <span className="font-normal text-muted">({doubts.length})</span>
      </h3>
      <p className="text-sm text-ink">
        The facts the app is least sure of, least sure first. Confirm each one that is right (“Looks right”), correct it
        or remove it in its group below.
      </p>
      <ol className="mt-3 grid gap-2">
        {shown.map((doubt) => {
          const label = labelOf(doubt.kind, doubt.fact);
          return (
            <li key={`${doubt.kind}:${doubt.fact.id}`} className="rounded-control border border-line bg-surface p-3">
              <p className="text-sm">
                <span className="font-semibold">{KIND_HEADING[doubt.kind]}:</span> {label}
              </p>
              <p className="text-sm text-muted">
                {certaintySentence(doubt.certainty)} {doubt.reasons.join(" ")}
              </p>
              <button
                type="button"
                onClick={() => onShow(doubt)}
                className="mt-1 rounded-control px-1 text-sm font-medium text-accent underline underline-offset-4"
              >
                Go to it
                <span className="sr-only">
                  : {KIND_HEADING[doubt.kind]}, {label}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {doubts.length > shown.length && (
        <p className="mt-2 text-sm text-ink">
          And {doubts.length - shown.length} more, listed first in their groups below.
        </p>
      )}
    </section>
  );
}
