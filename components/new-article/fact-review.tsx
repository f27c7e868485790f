"use client";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import type { ArticleFacts } from "@/lib/article";
import {
  addFact,
  confirmFact,
  correctMainIdea,
  emptyHistory,
  factProblems,
  FACT_KINDS,
  factsToCheckFirst,
  KIND_HEADING,
  removeFact,
  reviewHistory,
  undoneMessage,
  undoStep,
  type AddableKind,
  type Corrected,
  type Doubt,
  type FactKind,
  type MyArticle,
  type NewFact,
} from "@/lib/my-articles";
import { AddFact } from "./add-fact";
import { CheckFirst } from "./check-first";
import { CorrectionForm } from "./correction-form";
import { cardId, correctButtonId } from "./fact-card";
import { FactGroup } from "./fact-group";
import { reviewItems, type FactItem } from "./review-items";
import { UndoBar } from "./undo-bar";

interface Props {
  entry: MyArticle;
  /** Saves corrected facts (already checked). */
  onChange: (facts: ArticleFacts) => void;
  buildHref: string;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Step 2: the facts found, grouped by kind, least certain first, each with
 * the sentence it was found in and its words marked. Any fact can be
 * confirmed, corrected or removed, a missed one added from the text, and
 * every change undone. A change is checked against the text (names written
 * as in the article, spans inside it, references that exist) before it is
 * kept.
 */
export function FactReview({ entry, onChange, buildHref }: Props) {
  const { article, warnings } = entry;
  const { facts, body } = article;
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [history, dispatch] = useReducer(reviewHistory, undefined, emptyHistory);
  const headings = useRef(new Map<FactKind | "mainIdea", HTMLHeadingElement>());
  // The element to focus once the change just made is on screen (a moved or added card).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
    target?.scrollIntoView({ block: "nearest" });
  });

  /** Keeps `next` if the facts still hold together; returns the problems otherwise. */
  const commit = useCallback(
    (next: ArticleFacts, description: string): string[] => {
      const problems = factProblems({ body, facts: next });
      if (problems.length > 0) return problems.map((p) => `This change would break the facts: ${p}.`);
      onChange(next);
      dispatch({ type: "changed", before: facts, after: next, description });
      setEditing(null);
      setAnnouncement(description);
      return [];
    },
    [body, facts, onChange],
  );

  const undo = useCallback(() => {
    const step = undoStep(history, facts);
    if (!step.ok) {
      if (step.reason === "changed-elsewhere") {
        dispatch({ type: "cleared" });
        setAnnouncement("Nothing to undo here: the facts were changed in another tab or window since.");
      }
      return;
    }
    onChange(step.facts);
    dispatch({ type: "undone" });
    setEditing(null);
    setAnnouncement(undoneMessage(step.description));
  }, [history, facts, onChange]);

  // Ctrl+Z (⌘Z) undoes a change of the review, but never the typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        !e.altKey &&
        e.key.toLowerCase() === "z" &&
        !isEditable(e.target) &&
        history.past.length > 0
      ) {
        e.preventDefault();
        undo();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [undo, history.past.length]);

  const groups = useMemo(() => FACT_KINDS.map((kind) => ({ kind, items: reviewItems(article, kind) })), [article]);
  const checkFirst = useMemo(() => factsToCheckFirst(article), [article]);
  const doubts = useMemo(
    () => new Map<string, Doubt>(checkFirst.map((d) => [`${d.kind}:${d.fact.id}`, d])),
    [checkFirst],
  );
  // Kinds only extracted articles have are shown when there is something in them.
  const shown = groups.filter(
    ({ kind, items }) =>
      items.length > 0 || ["people", "organizations", "places", "dates", "numbers", "quotes", "claims"].includes(kind),
  );
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);

  /** `focus`: where focus goes once it is saved (the card may move: a corrected fact is certain, so it goes after the unsure ones). */
  function apply(result: Corrected, description: string, focus: string): string[] {
    if (!result.ok) {
      setAnnouncement(result.problems.join(" "));
      return result.problems;
    }
    const problems = commit(result.facts, description);
    if (problems.length === 0) focusNext.current = focus;
    else setAnnouncement(problems.join(" "));
    return problems;
  }

  function confirm(item: FactItem) {
    const result = confirmFact(facts, item.kind, item.fact.id);
    if (result.ok && commit(result.facts, `Confirmed ${item.name}.`).length === 0) focusNext.current = cardId(item);
  }

  function remove(item: FactItem) {
    const { facts: next, alsoRemoved } = removeFact(facts, item.kind, item.fact.id);
    const also =
      alsoRemoved > 0
        ? `, and ${alsoRemoved} quotation${alsoRemoved === 1 ? "" : "s"}, claim${alsoRemoved === 1 ? "" : "s"} or view${alsoRemoved === 1 ? "" : "s"} that depended on it`
        : "";
    if (commit(next, `Removed ${item.name}${also}.`).length === 0)
      requestAnimationFrame(() => headings.current.get(item.kind)?.focus());
  }

  function add(kind: AddableKind, fields: NewFact): string[] {
    const result = addFact(article, kind, fields);
    if (!result.ok) {
      setAnnouncement(`Not added: ${result.problems.join(" ")}`);
      return result.problems;
    }
    const added = reviewItems({ body, facts: result.facts }, kind).find((i) => i.fact.id === result.id);
    const problems = commit(result.facts, `Added ${added?.name ?? "the fact"} to ${KIND_HEADING[kind]}.`);
    if (problems.length === 0 && added) focusNext.current = cardId(added);
    return problems;
  }

  function cancel(item: FactItem) {
    focusNext.current = correctButtonId(item);
    setEditing(null);
  }

  const last = history.past.at(-1);
  return (
    <section aria-labelledby="review-heading" className="grid gap-6">
      <div>
        <h2 id="review-heading" tabIndex={-1} className="font-serif text-2xl leading-tight font-bold">
          <span className="block font-sans text-sm font-semibold tracking-widest text-muted uppercase">
            2. Check the facts
          </span>
          {article.title}
        </h2>
        <p className="mt-2 max-w-measure text-muted">
          {total} fact{total === 1 ? "" : "s"} found in {article.paragraphs.length} paragraph
          {article.paragraphs.length === 1 ? "" : "s"} ({article.source}). Questions are made from these facts, so
          remove any that are wrong, correct names, speakers and numbers, and add what the app missed. The marked words
          are where each fact was found.
        </p>
        {warnings.length > 0 && (
          <ul aria-label="Notes about this text" className="mt-3 grid gap-2">
            {warnings.map((w) => (
              <li
                key={w}
                className="rounded-control border border-warning bg-warning-soft px-3 py-2 text-sm text-warning"
              >
                {w}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <BuildQuizLink href={buildHref} />
        </p>
      </div>

      <UndoBar last={last?.description} count={history.past.length} onUndo={undo} />

      <CheckFirst
        doubts={checkFirst}
        onShow={(doubt) => {
          const target = document.getElementById(cardId({ kind: doubt.kind, fact: doubt.fact }));
          target?.scrollIntoView({ block: "center" });
          target?.focus();
        }}
      />

      <section
        aria-labelledby="facts-main-idea"
        className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
      >
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
        {facts.mainIdea.distortions.length > 0 && (
          <p className="mt-1 text-sm text-muted">
            Wrong versions offered beside it: {facts.mainIdea.distortions.map((d) => `“${d}”`).join(", ")}
          </p>
        )}
        {editing === "mainIdea" ? (
          <CorrectionForm
            title="Correct the main idea"
            fields={[
              {
                name: "statement",
                label: "Main idea",
                value: facts.mainIdea.statement,
                multiline: true,
                hint: "One sentence a student should take away.",
              },
              {
                name: "distortions",
                label: "Wrong versions (optional, one a line)",
                value: facts.mainIdea.distortions.join("\n"),
                multiline: true,
                hint: "They sound like the main idea, but the article does not say them.",
              },
            ]}
            onSave={(v) => {
              const result = correctMainIdea(facts, v.statement ?? "", v.distortions ?? "");
              if (!result.ok) return result.problems;
              const problems = commit(result.facts, "Corrected the main idea.");
              if (problems.length === 0) focusNext.current = "correct-main-idea";
              return problems;
            }}
            onCancel={() => {
              focusNext.current = "correct-main-idea";
              setEditing(null);
            }}
          />
        ) : (
          <button
            type="button"
            id="correct-main-idea"
            onClick={() => setEditing("mainIdea")}
            className="mt-2 rounded-control px-1 text-sm font-medium text-accent underline underline-offset-4"
          >
            Correct<span className="sr-only"> the main idea</span>
          </button>
        )}
      </section>

      <AddFact article={article} onAdd={add} />

      <div className="grid gap-6 lg:grid-cols-2">
        {shown.map(({ kind, items }) => (
          <FactGroup
            key={kind}
            kind={kind}
            items={items}
            body={body}
            doubts={doubts}
            editing={editing}
            headingRef={(el) => {
              if (el) headings.current.set(kind, el);
            }}
            onEdit={(item) => setEditing(`${kind}:${item.fact.id}`)}
            onCancel={cancel}
            onApply={apply}
            onConfirm={confirm}
            onRemove={remove}
          />
        ))}
      </div>

      <p>
        <BuildQuizLink href={buildHref} />
      </p>

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </section>
  );
}

/** Above the facts and again below them, so a long review need not be scrolled back up. */
function BuildQuizLink({ href }: { href: string }) {
  return (
    <Link
      href={href}
      className="inline-block rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent no-underline shadow-card hover:bg-accent-strong"
    >
      Build the quiz
    </Link>
  );
}
