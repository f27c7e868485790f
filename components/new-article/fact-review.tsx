"use client";
import { useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import type { ArticleFacts, Span } from "@/lib/article/types";
import {
  correctDate,
  correctKind,
  correctMainIdea,
  correctName,
  correctNumber,
  correctPerson,
  factProblems,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  removeFact,
  setQuoteSpeaker,
  type Corrected,
  type FactKind,
} from "@/lib/my-articles/facts";
import type { MyArticle } from "@/lib/my-articles/my-articles";
import { CorrectionForm, type CorrectionField } from "./correction-form";
import { EvidenceSnippet } from "./evidence-snippet";

const KIND_HEADINGS: Partial<Record<FactKind, string>> = {
  people: "People",
  organizations: "Organizations",
  places: "Places",
  dates: "Dates and times",
  numbers: "Numbers",
  quotes: "Quotations",
  claims: "Claims",
};

const KIND_HINTS: Partial<Record<FactKind, string>> = {
  people: "Names as the article writes them, with a role where it gives one.",
  organizations: "Companies, institutions, governments, teams.",
  places: "Cities, countries, regions, venues.",
  dates: "When things happened, and what happened then.",
  numbers: "Each number and what it counts.",
  quotes: "Words in quotation marks and who said them.",
  claims: "Simple statements the article makes about a person, organization or place.",
};

interface Item {
  id: string;
  label: string;
  detail?: string;
  evidence: Span;
  /** The correction form's fields; none: the fact can only be removed. */
  fields?: CorrectionField[];
  correct?: (values: Record<string, string>) => Corrected;
  /** Shown under the label (the speaker chooser). */
  extra?: ReactNode;
}

interface Props {
  entry: MyArticle;
  /** Saves corrected facts (already checked). */
  onChange: (facts: ArticleFacts) => void;
  buildHref: string;
}

/**
 * Step 2: the facts found, grouped by kind, each with the sentence it was
 * found in and its evidence marked. Any fact can be removed or corrected
 * before the quiz is built; a correction is checked against the text
 * (names must be written as in the article, spans stay inside it) before
 * it is kept.
 */
export function FactReview({ entry, onChange, buildHref }: Props) {
  const { article, warnings } = entry;
  const { facts, body } = article;
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const headings = useRef(new Map<FactKind | "mainIdea", HTMLHeadingElement>());
  const nameOf = (id: string) => [...facts.people, ...facts.organizations, ...facts.places].find((e) => e.id === id)?.name ?? id;

  function save(next: ArticleFacts, message: string): string[] {
    const problems = factProblems({ body, facts: next });
    if (problems.length > 0) return problems.map((p) => `This correction would break the facts: ${p}.`);
    onChange(next);
    setEditing(null);
    setAnnouncement(message);
    return [];
  }

  function apply(result: Corrected, message: string): string[] {
    return result.ok ? save(result.facts, message) : result.problems;
  }

  /** "Shannon Foods" is a company, not a region: the kind of an organization or a place, chosen from a list. */
  function kindSelect(kind: "organizations" | "places", entity: { id: string; name: string; kind: string }): ReactNode {
    const options = kind === "organizations" ? ORGANIZATION_KINDS : PLACE_KINDS;
    return (
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor={`kind-${entity.id}`} className="text-sm font-semibold">
          Kind<span className="sr-only"> of {entity.name}</span>
        </label>
        <select
          id={`kind-${entity.id}`}
          value={entity.kind}
          onChange={(e) => {
            const problems = apply(correctKind(facts, kind, entity.id, e.target.value), `${entity.name}: kind set to ${e.target.value}.`);
            if (problems.length > 0) setAnnouncement(problems.join(" "));
          }}
          className="rounded-control border-2 border-line bg-surface px-2 py-1 text-ink"
        >
          {options.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
    );
  }

  function remove(kind: FactKind, item: Item) {
    const { facts: next, alsoRemoved } = removeFact(facts, kind, item.id);
    save(next, `Removed ${item.label}${alsoRemoved > 0 ? `, and ${alsoRemoved} quotation${alsoRemoved === 1 ? "" : "s"} or claim${alsoRemoved === 1 ? "" : "s"} that depended on it` : ""}.`);
    requestAnimationFrame(() => headings.current.get(kind)?.focus());
  }

  const groups: Partial<Record<FactKind, Item[]>> = {
    people: facts.people.map((p) => ({
      id: p.id,
      label: p.name,
      detail: [p.role, p.shortName && `called “${p.shortName}”`, p.affiliation && nameOf(p.affiliation)].filter(Boolean).join(" · ") || undefined,
      evidence: p.evidence,
      fields: [
        { name: "name", label: "Full name", value: p.name },
        { name: "shortName", label: "Short name (optional)", value: p.shortName ?? "", hint: "How the article refers to them later, e.g. the surname." },
        { name: "role", label: "Role (optional)", value: p.role ?? "", hint: "In the article’s own words, from the sentence that names them." },
      ],
      correct: (v) => correctPerson(article, p.id, { name: v.name ?? "", shortName: v.shortName ?? "", role: v.role ?? "" }),
    })),
    organizations: facts.organizations.map((o) => ({
      id: o.id,
      label: o.name,
      detail: o.kind === "other" ? undefined : o.kind,
      evidence: o.evidence,
      fields: [{ name: "name", label: "Name", value: o.name }],
      correct: (v) => correctName(article, "organizations", o.id, v.name ?? ""),
      extra: kindSelect("organizations", o),
    })),
    places: facts.places.map((p) => ({
      id: p.id,
      label: p.name,
      detail: p.kind,
      evidence: p.evidence,
      fields: [{ name: "name", label: "Name", value: p.name }],
      correct: (v) => correctName(article, "places", p.id, v.name ?? ""),
      extra: kindSelect("places", p),
    })),
    dates: facts.dates.map((d) => ({
      id: d.id,
      label: d.text,
      detail: d.describes || undefined,
      evidence: d.evidence,
      fields: [{ name: "describes", label: "What happened then", value: d.describes, hint: "A short clause, e.g. “the city opened the park”." }],
      correct: (v) => correctDate(facts, d.id, v.describes ?? ""),
    })),
    numbers: facts.numbers.map((n) => ({
      id: n.id,
      label: n.text,
      detail: `${n.value.toLocaleString("en-US")} ${n.counts}`,
      evidence: n.evidence,
      fields: [
        { name: "value", label: "Value", value: String(n.value), hint: "In digits, e.g. 50,000 or 3.5." },
        { name: "counts", label: "What it counts", value: n.counts, hint: "E.g. “new parks”, “years”." },
      ],
      correct: (v) => correctNumber(facts, n.id, { value: v.value ?? "", counts: v.counts ?? "" }),
    })),
    quotes: facts.quotes.map((q, i) => ({
      id: q.id,
      label: `quotation ${i + 1}`,
      evidence: q.evidence,
      extra: (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor={`speaker-${q.id}`} className="text-sm font-semibold">
            Who said it<span className="sr-only"> (quotation {i + 1})</span>
          </label>
          <select
            id={`speaker-${q.id}`}
            value={q.speaker}
            onChange={(e) => {
              const problems = apply(setQuoteSpeaker(facts, q.id, e.target.value), `Quotation ${i + 1} is now said by ${nameOf(e.target.value)}.`);
              if (problems.length > 0) setAnnouncement(problems.join(" "));
            }}
            className="rounded-control border-2 border-line bg-surface px-2 py-1 text-ink"
          >
            {facts.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ),
    })),
    claims: facts.claims.map((c, i) => ({
      id: c.id,
      label: `claim ${i + 1}`,
      detail: `${nameOf(c.subject)} ${c.predicate}`,
      evidence: c.evidence,
    })),
  };

  const total = Object.values(groups).reduce((sum, items) => sum + (items?.length ?? 0), 0);

  return (
    <section aria-labelledby="review-heading" className="grid gap-6">
      <div>
        <h2 id="review-heading" tabIndex={-1} className="font-serif text-2xl font-bold leading-tight">
          <span className="block font-sans text-sm font-semibold uppercase tracking-widest text-muted">2. Check the facts</span>
          {article.title}
        </h2>
        <p className="mt-2 max-w-measure text-muted">
          {total} fact{total === 1 ? "" : "s"} found in {article.paragraphs.length} paragraph{article.paragraphs.length === 1 ? "" : "s"} ({article.source}). Questions are
          made from these facts, so remove any that are wrong and correct names, speakers and numbers. The marked words are where each fact was found.
        </p>
        {warnings.length > 0 && (
          <ul aria-label="Notes about this text" className="mt-3 grid gap-2">
            {warnings.map((w) => (
              <li key={w} className="rounded-control border border-warning bg-warning-soft px-3 py-2 text-sm text-warning">
                {w}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href={buildHref} className="inline-block rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent no-underline shadow-card hover:bg-accent-strong">
            Build the quiz
          </Link>
        </p>
      </div>

      <section aria-labelledby="facts-main-idea" className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
        <h3
          id="facts-main-idea"
          tabIndex={-1}
          ref={(el) => {
            if (el) headings.current.set("mainIdea", el);
          }}
          className="text-lg font-semibold"
        >
          Main idea
        </h3>
        <p className="mt-2 font-medium">{facts.mainIdea.statement || "No main idea found."}</p>
        {editing === "mainIdea" ? (
          <CorrectionForm
            title="Correct the main idea"
            fields={[{ name: "statement", label: "Main idea", value: facts.mainIdea.statement, multiline: true, hint: "One sentence a student should take away." }]}
            onSave={(v) => apply(correctMainIdea(facts, v.statement ?? ""), "Main idea corrected.")}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button type="button" onClick={() => setEditing("mainIdea")} className="mt-2 rounded-control px-1 text-sm font-medium text-accent underline underline-offset-4">
            Correct<span className="sr-only"> the main idea</span>
          </button>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        {(Object.keys(groups) as FactKind[]).map((kind) => {
          const items = groups[kind] ?? [];
          const headingId = `facts-${kind}`;
          return (
            <section key={kind} aria-labelledby={headingId} className="min-w-0 rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
              <h3
                id={headingId}
                tabIndex={-1}
                ref={(el) => {
                  if (el) headings.current.set(kind, el);
                }}
                className="text-lg font-semibold"
              >
                {KIND_HEADINGS[kind]} <span className="font-normal text-muted">({items.length})</span>
              </h3>
              <p className="text-sm text-muted">{KIND_HINTS[kind]}</p>
              {items.length === 0 ? (
                <p className="mt-3 text-sm text-muted">None found.</p>
              ) : (
                <ul className="mt-3 grid gap-3">
                  {items.map((item) => {
                    const key = `${kind}:${item.id}`;
                    return (
                      <li key={item.id} className="rounded-control border border-line p-3">
                        <p className="font-semibold">
                          {kind === "quotes" || kind === "claims" ? <span className="sr-only">{item.label}: </span> : item.label}
                          {item.detail && <span className={`font-normal text-muted ${kind === "claims" ? "text-ink" : ""}`}>{kind === "claims" ? item.detail : ` · ${item.detail}`}</span>}
                        </p>
                        <EvidenceSnippet body={body} span={item.evidence} />
                        {item.extra}
                        {editing === key && item.fields && item.correct ? (
                          <CorrectionForm
                            title={`Correct ${item.label}`}
                            fields={item.fields}
                            onSave={(values) => apply(item.correct!(values), `${item.label} corrected.`)}
                            onCancel={() => setEditing(null)}
                          />
                        ) : (
                          <div className="mt-2 flex flex-wrap gap-3 text-sm">
                            {item.fields && (
                              <button type="button" onClick={() => setEditing(key)} className="rounded-control px-1 font-medium text-accent underline underline-offset-4">
                                Correct<span className="sr-only"> {item.label}</span>
                              </button>
                            )}
                            <button type="button" onClick={() => remove(kind, item)} className="rounded-control px-1 font-medium text-danger underline underline-offset-4">
                              Remove<span className="sr-only"> {item.label}</span>
                            </button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>

      <p>
        <Link href={buildHref} className="inline-block rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent no-underline shadow-card hover:bg-accent-strong">
          Build the quiz
        </Link>
      </p>

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </section>
  );
}
