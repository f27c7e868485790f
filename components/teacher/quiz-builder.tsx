"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Article } from "@/lib/article";
import { GENERATED_TYPES, questionProblems } from "@/lib/quiz";
import type { Question, Skill } from "@/lib/quiz";
import { SKILL_LABELS } from "@/lib/progress";
import { upgradeQuestion } from "@/lib/share";
import { quizFingerprint } from "@/lib/share";
import {
  LIMITS,
  addCustom,
  availableCount,
  customQuestion,
  draftQuestions,
  draftToShared,
  drawnQuestions,
  editQuestion,
  editedQuestion,
  isCustomId,
  newDraft,
  removeQuestion,
  resetEdit,
  restoreRemoved,
  teacherWording,
  updateSettings,
  withSeed,
  type QuizDraft,
} from "@/lib/teacher";
import { articleSentences, sentenceText } from "@/lib/teacher";
import { useDraft, useDraftActions, useTeacherStore } from "@/components/state/teacher-store";
import { useGradebookStore } from "@/components/state/gradebook-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { BuilderSettings } from "./builder-settings";
import { PreviewQuestion } from "./preview-question";
import { PrintSheets, type PrintMode } from "./print-sheets";
import { QuestionForm } from "./question-form";
import { SharePanel } from "./share-panel";
import { LoadingStatus } from "@/components/ui/loading-status";
import { usePool } from "./use-pool";

function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

const SKILLS = Object.keys(SKILL_LABELS) as Skill[];
const NO_POOL: Question[] = [];

interface Props {
  article: Article;
  /**
   * "builtin": the link names the article. "text": an article the teacher
   * pasted, which students' copies of the app do not have, so the link
   * carries its text too. Either way it carries the finished questions.
   */
  articleKind?: "builtin" | "text";
  /** Where the draft is saved; the article's slug by default. */
  draftKey?: string;
}

/**
 * The quiz builder for one article: settings, a live preview with answers
 * and evidence (remove, edit, add your own), printing, and the share link.
 * The draft is saved as it changes, so a reload loses nothing.
 */
export function QuizBuilder(props: Props) {
  const draftsReady = useHydratedStore(useTeacherStore);
  const gradebookReady = useHydratedStore(useGradebookStore);
  // Nothing is built before the saved draft is read: a pool built for the first render's random seed would be
  // thrown away at once for the saved one's, and that work (the engine's heaviest) would block hydration.
  if (!draftsReady || !gradebookReady) return <LoadingStatus>Loading your quiz…</LoadingStatus>;
  return <BuilderWorkspace {...props} />;
}

function BuilderWorkspace({ article, articleKind = "builtin", draftKey }: Props) {
  const slug = draftKey ?? article.slug;
  const stored = useDraft(slug);
  const { update } = useDraftActions();
  const [fresh] = useState(() => newDraft(article, randomSeed()));
  const draft = stored ?? fresh;

  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // An open question form with changes not saved yet: "Create link" asks before leaving them out.
  const [formDirty, setFormDirty] = useState(false);
  const [printMode, setPrintMode] = useState<PrintMode>("key");
  const [printRequest, setPrintRequest] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  // The first visit keeps its random seed: a reload shows the same questions.
  useEffect(() => {
    if (!stored) update(slug, fresh, (d) => d);
  }, [stored, update, slug, fresh]);

  const change = (fn: (d: QuizDraft) => QuizDraft) => update(slug, fresh, fn);

  const sentences = useMemo(() => articleSentences(article.body), [article.body]);
  // The pool comes from a worker; after "Another version" the last one stays on screen until the new one is in.
  const { ready, pending } = usePool(article, draft.seed);
  const pool = ready?.pool ?? NO_POOL;
  const drawn = useMemo(
    () => (ready && ready.seed !== draft.seed ? { ...draft, seed: ready.seed } : draft),
    [ready, draft],
  );
  const built = useMemo(() => draftQuestions(pool, drawn, article), [pool, drawn, article]);
  const questions: Question[] = useMemo(() => (built.ok ? built.questions : []), [built]);
  // What the link carries: the questions exactly as previewed (and, for a pasted article, its text).
  const shareable = useMemo(
    () => (built.ok ? draftToShared(questions, draft, article, articleKind) : null),
    [built.ok, questions, draft, article, articleKind],
  );
  const fingerprint = useMemo(() => (shareable ? quizFingerprint(shareable) : null), [shareable]);
  const evidence = useMemo(
    () => Object.fromEntries(questions.map((q) => [q.id, sentenceText(article.body, q.evidence)])),
    [questions, article.body],
  );

  const types = useMemo(() => GENERATED_TYPES.filter((t) => pool.some((q) => q.type === t)), [pool]);
  const skills = useMemo(() => SKILLS.filter((s) => pool.some((q) => q.skill === s)), [pool]);
  const available = availableCount(pool, draft.settings);
  // Fewer than asked for: the draw leaves out what a teacher would throw away rather than fill the quiz with it.
  const short =
    draft.settings.types === undefined && questions.filter((q) => !isCustomId(q.id)).length < draft.settings.count;

  const blocker = pending
    ? "Preparing the questions…"
    : !draft.settings.title.trim()
      ? "Give the quiz a title before creating the link."
      : !built.ok
        ? built.message
        : questions.length === 0
          ? "Add at least one question."
          : null;

  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);

  // The printouts render every question twice more (the key and the worksheet), hidden on screen: only once
  // the teacher prints, from the buttons or the browser's own Print (rendered synchronously before it prints).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrinting(true));
    window.addEventListener("beforeprint", onBeforePrint);
    return () => window.removeEventListener("beforeprint", onBeforePrint);
  }, []);

  /** The engine's own checks on a question about to enter the quiz, so a save can never break the link. */
  function problemsOf(question: Question): string[] {
    return questionProblems(question, article.body.length).map(teacherWording);
  }

  function remove(question: Question, index: number) {
    const next = removeQuestion(draft, question.id);
    // The next best question goes where the article puts it, which may be elsewhere in the list.
    const shown = new Set(questions.map((q) => q.id));
    const redrawn = isCustomId(question.id) ? [] : drawnQuestions(pool, { ...next, seed: drawn.seed }, article);
    const replacement = redrawn.find((q) => !shown.has(q.id));
    change(() => next);
    setEditingId(null);
    const at = replacement ? redrawn.indexOf(replacement) : -1;
    setAnnouncement(
      isCustomId(question.id)
        ? `Question ${index + 1} removed.`
        : replacement
          ? `Question ${index + 1} replaced. The new question is number ${at + 1}: ${replacement.prompt}`
          : `Question ${index + 1} removed: the article has no other question that fits.`,
    );
    // Focus lands on the new question (or on the one now in the removed one's place, or the list's heading), once it has rendered.
    requestAnimationFrame(() => {
      const heading =
        (replacement && headings.current.get(replacement.id)) ??
        document.querySelectorAll<HTMLElement>("#preview-list > li h3")[index];
      (heading ?? previewHeadingRef.current)?.focus();
    });
  }

  function focusQuestion(id: string) {
    requestAnimationFrame(() => headings.current.get(id)?.focus());
  }

  function print(mode: PrintMode) {
    setPrintMode(mode);
    setPrinting(true);
    setPrintRequest((n) => n + 1);
  }

  // The first pool: the page's own "Loading" line stays until there are questions to show.
  if (!ready) return <LoadingStatus>Loading your quiz…</LoadingStatus>;

  const removedCount = draft.removed.length;
  const editedCount = questions.filter((q) => q.id in draft.edits).length;

  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[minmax(18rem,22rem)_minmax(0,1fr)] lg:items-start print:hidden">
        <div className="grid min-w-0 gap-6">
          <section
            aria-labelledby="settings-heading"
            className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
          >
            <h2 id="settings-heading" className="mb-4 text-lg font-semibold">
              Settings
            </h2>
            <BuilderSettings
              settings={draft.settings}
              types={types}
              skills={skills}
              available={available}
              onChange={(patch) => change((d) => updateSettings(d, patch))}
              onNewVersion={() => {
                change((d) => withSeed(d, randomSeed()));
                setEditingId(null);
                setAnnouncement("Another version: new questions and option orders in the preview.");
              }}
            />
          </section>
          <SharePanel
            shared={blocker ? null : shareable}
            articleBody={article.body}
            fingerprint={fingerprint}
            feedback={draft.settings.feedback}
            blocker={blocker}
            unsaved={formDirty ? (adding ? "the question you are writing" : "your changes to a question") : null}
          />
        </div>

        <section aria-labelledby="preview-heading" className="grid min-w-0 gap-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="preview-heading" ref={previewHeadingRef} tabIndex={-1} className="text-lg font-semibold">
                Preview: {questions.length} question{questions.length === 1 ? "" : "s"}
              </h2>
              <p className="text-sm text-muted">
                Students see these without the answers
                {draft.settings.order === "shuffled" ? ", each in their own order" : ""}.
                {editedCount > 0 && ` ${editedCount} edited.`}
              </p>
              {short && (
                <p className="mt-1 max-w-prose text-sm text-muted">
                  Fewer than {draft.settings.count}: the other questions this article gives are ones a teacher would
                  throw away. Add your own, or choose question kinds in the settings to see them all.
                </p>
              )}
            </div>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => print("key")}
                disabled={questions.length === 0}
                className="rounded-control border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent disabled:opacity-60"
              >
                Print answer key
              </button>
              <button
                type="button"
                onClick={() => print("worksheet")}
                disabled={questions.length === 0}
                className="rounded-control border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent disabled:opacity-60"
              >
                Print student worksheet
              </button>
            </div>
          </div>

          {!built.ok && (
            <p role="alert" className="rounded-control border-2 border-danger bg-danger-soft p-3 text-sm text-danger">
              {built.message}
            </p>
          )}
          {removedCount > 0 && (
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
              {removedCount} question{removedCount === 1 ? "" : "s"} replaced.
              <button
                type="button"
                onClick={() => {
                  change(restoreRemoved);
                  setAnnouncement("Removed questions are back.");
                }}
                className="rounded-control px-1 font-medium text-accent underline underline-offset-4"
              >
                Bring them back
              </button>
            </p>
          )}

          <ol id="preview-list" className="grid gap-4">
            {questions.map((question, i) => (
              <li key={question.id}>
                <PreviewQuestion
                  ref={(el) => {
                    if (el) headings.current.set(question.id, el);
                    else headings.current.delete(question.id);
                  }}
                  number={i + 1}
                  question={question}
                  evidence={evidence[question.id] ?? ""}
                  custom={isCustomId(question.id)}
                  edited={question.id in draft.edits}
                  editing={editingId === question.id}
                  sentences={sentences}
                  bodyLength={article.body.length}
                  onDirtyChange={setFormDirty}
                  onEdit={() => {
                    setEditingId(question.id);
                    setAdding(false);
                  }}
                  onCancelEdit={() => {
                    setEditingId(null);
                    focusQuestion(question.id);
                  }}
                  onSave={(changes) => {
                    // Edits are measured against the engine's question, not the already edited one.
                    const original = isCustomId(question.id)
                      ? question
                      : (pool.find((q) => q.id === question.id) ?? question);
                    const next = editQuestion(draft, original, changes);
                    const saved = editedQuestion(next, original);
                    const problems = saved.ok ? problemsOf(saved.question) : [teacherWording(saved.problem)];
                    if (problems.length > 0) return problems;
                    change(() => next);
                    setEditingId(null);
                    setAnnouncement(`Question ${i + 1} saved.`);
                    focusQuestion(question.id);
                    return [];
                  }}
                  onUndoEdit={() => {
                    change((d) => resetEdit(d, question.id));
                    setAnnouncement(`Question ${i + 1} is back to the generated wording.`);
                    focusQuestion(question.id);
                  }}
                  onRemove={() => remove(question, i)}
                />
              </li>
            ))}
          </ol>

          {adding ? (
            <section
              aria-labelledby="add-heading"
              className="rounded-card border-2 border-dashed border-accent bg-surface p-4 sm:p-5"
            >
              <h3 id="add-heading" className="mb-3 font-semibold">
                Write your own question
              </h3>
              <QuestionForm
                mode="add"
                idPrefix="add"
                sentences={sentences}
                bodyLength={article.body.length}
                onDirtyChange={setFormDirty}
                onAdd={(fields) => {
                  const problems = problemsOf(upgradeQuestion(customQuestion(fields)));
                  if (problems.length > 0) return problems;
                  const next = addCustom(draft, customQuestion(fields));
                  const added = next.custom.at(-1);
                  change(() => next);
                  setAdding(false);
                  setAnnouncement("Your question was added at the end of the quiz.");
                  if (added) focusQuestion(added.id);
                  return [];
                }}
                onCancel={() => {
                  setAdding(false);
                  requestAnimationFrame(() => addButtonRef.current?.focus());
                }}
              />
            </section>
          ) : (
            <div>
              <button
                ref={addButtonRef}
                type="button"
                onClick={() => {
                  setAdding(true);
                  setEditingId(null);
                }}
                disabled={draft.custom.length >= LIMITS.custom}
                className="rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft disabled:opacity-60"
              >
                Add a question
              </button>
              {draft.custom.length >= LIMITS.custom && (
                <p className="mt-1 text-sm text-muted">You can add up to {LIMITS.custom} questions of your own.</p>
              )}
            </div>
          )}
        </section>
      </div>

      {printing && (
        <PrintSheets
          mode={printMode}
          title={draft.settings.title.trim() || article.title}
          classLabel={draft.settings.classLabel?.trim() || undefined}
          articleTitle={article.title}
          questions={questions}
          evidence={evidence}
        />
      )}

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
