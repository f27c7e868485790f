"use client";
import { useId, useState } from "react";
import type { Article } from "@/lib/article";
import {
  ADDABLE_KINDS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  placeNewFact,
  valueOfWords,
  type AddableKind,
  type NewFact,
} from "@/lib/my-articles";
import { ArticleText } from "./article-text";
import { fieldClass } from "./correction-form";
import { EvidenceSnippet } from "./evidence-snippet";
import { ProblemList } from "./problem-list";

const KIND_LABELS: Record<AddableKind, string> = {
  people: "Person",
  organizations: "Organization",
  places: "Place",
  numbers: "Number",
  dates: "Date or time",
  quotes: "Quotation",
};

interface Props {
  article: Pick<Article, "body" | "paragraphs" | "facts">;
  /** Adds the fact; returns the problems to show (empty: added). */
  onAdd: (kind: AddableKind, fields: NewFact) => string[];
}

type Values = Required<Pick<NewFact, "role" | "affiliation" | "kind" | "value" | "counts" | "describes" | "speaker">>;
const EMPTY: Values = { role: "", affiliation: "", kind: "", value: "", counts: "", describes: "", speaker: "" };

/**
 * "Add a fact the app missed": select its words in the article (or type
 * them: the keyboard way), say what they are and give what that kind of
 * fact needs. The preview shows the sentence the fact will point to.
 */
export function AddFact({ article, onAdd }: Props) {
  const id = useId();
  const { body, facts } = article;
  const [words, setWords] = useState("");
  // Where the selection was made; typed words have none and are looked for.
  const [at, setAt] = useState<number | undefined>(undefined);
  const [occurrence, setOccurrence] = useState(0);
  const [kind, setKind] = useState<AddableKind | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (name: keyof Values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });

  const placed = words.trim() ? placeNewFact(body, kind ?? "numbers", { words, at, occurrence }) : undefined;
  const several = placed?.ok && at === undefined && placed.occurrences.length > 1 ? placed.occurrences : undefined;

  const field = (
    name: keyof Values,
    label: string,
    hint?: string,
    extra?: { required?: boolean; placeholder?: string },
  ) => (
    <div className="grid gap-1">
      <label htmlFor={`${id}-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={`${id}-${name}`}
        type="text"
        value={values[name]}
        onChange={set(name)}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        aria-required={extra?.required}
        placeholder={extra?.placeholder}
        className={fieldClass}
      />
    </div>
  );
  const choice = (name: keyof Values, label: string, options: { value: string; label: string }[], empty: string) => (
    <div className="grid gap-1">
      <label htmlFor={`${id}-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`${id}-${name}`} value={values[name]} onChange={set(name)} className={fieldClass}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section
      aria-labelledby="add-fact-heading"
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h3 id="add-fact-heading" className="text-lg font-semibold">
        Add a fact the app missed
      </h3>
      <p id="article-text-hint" className="max-w-measure text-sm text-muted">
        Select its words in the article, or type or paste them into “Words”, then say what they are. The fact points to
        the sentence the words are in.
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ArticleText
          paragraphs={article.paragraphs}
          body={body}
          onSelect={(span) => {
            setWords(body.slice(span.start, span.end));
            setAt(span.start);
            setOccurrence(0);
          }}
        />
        <form
          aria-label="Add a fact"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!kind) {
              setProblems([
                "Choose what the words are: a person, an organization, a place, a number, a date or a quotation.",
              ]);
              return;
            }
            const result = onAdd(kind, { words, at, occurrence, ...values });
            setProblems(result);
            if (result.length === 0) {
              // A selection left in the text would fill the words in again at its next change.
              const selection = document.getSelection();
              if (selection?.anchorNode && e.currentTarget.parentElement?.contains(selection.anchorNode))
                selection.removeAllRanges();
              setWords("");
              setAt(undefined);
              setOccurrence(0);
              setValues(EMPTY);
            }
          }}
          className="grid content-start gap-3"
        >
          <div className="grid gap-1">
            <label htmlFor={`${id}-words`} className="text-sm font-semibold">
              Words
            </label>
            <textarea
              id={`${id}-words`}
              rows={2}
              value={words}
              onChange={(e) => {
                setWords(e.target.value);
                setAt(undefined);
                setOccurrence(0);
              }}
              aria-describedby={`${id}-words-hint`}
              className={fieldClass}
            />
            <p id={`${id}-words-hint`} className="text-sm text-muted">
              As the article writes them: a name, a number, a date, or the words of a quotation.
            </p>
          </div>
          {several && (
            <div className="grid gap-1">
              <label htmlFor={`${id}-occurrence`} className="text-sm font-semibold">
                Which time (the article writes them {several.length} times)
              </label>
              <select
                id={`${id}-occurrence`}
                value={occurrence}
                onChange={(e) => setOccurrence(Number(e.target.value))}
                className={fieldClass}
              >
                {several.map((span, i) => (
                  <option key={span.start} value={i}>
                    {`${i + 1}: …${body
                      .slice(Math.max(0, span.start - 30), span.end + 30)
                      .replace(/\s+/g, " ")
                      .trim()}…`}
                  </option>
                ))}
              </select>
            </div>
          )}
          {placed?.ok && (
            <div className="rounded-control border border-line bg-surface-muted p-2">
              <p className="text-sm font-semibold">It will point to:</p>
              <EvidenceSnippet body={body} span={placed.evidence} words={placed.words} />
            </div>
          )}
          <fieldset className="grid gap-2">
            <legend className="text-sm font-semibold">What are these words?</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {ADDABLE_KINDS.map((k) => (
                <label key={k} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                    className="h-4 w-4 accent-accent"
                  />
                  {KIND_LABELS[k]}
                </label>
              ))}
            </div>
          </fieldset>
          {kind === "people" && (
            <>
              {field(
                "role",
                "Role (optional)",
                "In the article’s words, from the same sentence, e.g. “harbor master”.",
              )}
              {choice(
                "affiliation",
                "Works for (optional)",
                facts.organizations.map((o) => ({ value: o.id, label: o.name })),
                "None",
              )}
            </>
          )}
          {kind === "organizations" &&
            choice(
              "kind",
              "Kind of organization",
              ORGANIZATION_KINDS.map((k) => ({ value: k, label: k })),
              "Choose…",
            )}
          {kind === "places" &&
            choice(
              "kind",
              "Kind of place",
              PLACE_KINDS.map((k) => ({ value: k, label: k })),
              "Choose…",
            )}
          {kind === "numbers" && (
            <>
              {field("counts", "What it counts", "E.g. “fishing boats”, “dollars for repairs”.", { required: true })}
              {field(
                "value",
                "Value (optional)",
                "In digits, when the words do not say it plainly, e.g. 12 for “a dozen”.",
                {
                  placeholder: placed?.ok
                    ? String(valueOfWords(body.slice(placed.words.start, placed.words.end)) ?? "")
                    : undefined,
                },
              )}
            </>
          )}
          {kind === "dates" &&
            field("describes", "What happened then", "A short clause, e.g. “the council voted on the plan”.", {
              required: true,
            })}
          {kind === "quotes" &&
            choice(
              "speaker",
              "Who said it",
              facts.people.map((p) => ({ value: p.id, label: p.name })),
              facts.people.length === 0 ? "No people yet: add the speaker as a person first" : "Choose…",
            )}
          <ProblemList problems={problems} />
          <p>
            <button
              type="submit"
              className="rounded-control bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
            >
              Add the fact
            </button>
          </p>
        </form>
      </div>
    </section>
  );
}
