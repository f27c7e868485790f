"use client";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import type { Article } from "@/lib/article";
import {
  classListOf,
  openSavedQuiz,
  rescore,
  resultsForQuiz,
  type GradedResult,
  type SavedQuiz,
} from "@/lib/gradebook";
import { addLinks, type AddOutcome, type ClassListEntry, type GradebookPort } from "@/lib/gradebook";
import { format1EngineLoaded, openSharedQuiz, type Opened } from "@/lib/share";
import { resultId, type StudentResult } from "@/lib/share";
import {
  useGradebookActions,
  useGradebookStore,
  useClassLists,
  useGradedResults,
  useSavedQuizzes,
} from "@/components/state/gradebook-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { GradebookBackup } from "./gradebook-backup";
import { QuizResults } from "./quiz-results";
import { ScanResults, type ScanScore } from "./scan-results";

type Outcome = AddOutcome;

const NO_STUDENTS: readonly ClassListEntry[] = [];

type Confirm =
  | { kind: "result"; result: GradedResult }
  | { kind: "clear"; fingerprint: string; title: string }
  | { kind: "forget"; fingerprint: string; title: string };

const OUTCOME_STYLE: Record<Outcome["kind"], string> = {
  added: "border-success bg-success-soft text-success",
  quiz: "border-success bg-success-soft text-success",
  duplicate: "border-line bg-surface-muted text-ink",
  refused: "border-danger bg-danger-soft text-danger",
};
const OUTCOME_LABEL: Record<Outcome["kind"], string> = {
  added: "Added",
  quiz: "Quiz added",
  duplicate: "Already here",
  refused: "Refused",
};

/** WebCrypto runs only on secure pages: https://, or this computer's own address. */
const NO_WEBCRYPTO =
  "This quiz keeps its answers sealed, and this browser cannot open them on this page: open the gradebook over https:// (or on this computer’s own address).";

/** A saved quiz rebuilt for grading; null while a sealed quiz's answers (or the format-1 engine) are on their way. */
type Built = Opened | null;

// Another tab's write replaces the quizzes record but keeps each unchanged quiz's object (merge by id),
// so a quiz is rebuilt only when it is new, not on every write in any tab.
const opened = new WeakMap<SavedQuiz, { articles: Record<string, Article>; built: Built }>();
function openSaved(saved: SavedQuiz, articles: Record<string, Article>, onOpened: () => void): Built {
  const cached = opened.get(saved);
  if (cached?.articles === articles) return cached.built;
  if (saved.shared.v !== 5 && (saved.shared.v !== 1 || format1EngineLoaded())) {
    const built = openSharedQuiz(saved.shared, articles);
    opened.set(saved, { articles, built });
    return built;
  }
  // A sealed quiz's answers open with the secret saved beside it (WebCrypto, so asynchronously);
  // a format-1 quiz once the old engine has arrived.
  opened.set(saved, { articles, built: null });
  void openSavedQuiz(saved, articles)
    .catch((): Opened => ({ ok: false, message: NO_WEBCRYPTO }))
    .then((built) => {
      opened.set(saved, { articles, built });
      onOpened();
    });
  return null;
}

/**
 * The teacher's results: add result links (pasted, or opened as
 * /gradebook/#r=…), see each quiz's students and questions, export CSV.
 * Scores are always recomputed from the answers against the quiz rebuilt
 * from its link.
 */
export function GradebookView({ articles }: { articles: Record<string, Article> }) {
  const ready = useHydratedStore(useGradebookStore);
  const quizzes = useSavedQuizzes();
  const results = useGradedResults();
  const classLists = useClassLists();
  const actions = useGradebookActions();
  const [pasted, setPasted] = useState("");
  // Bumped when a sealed quiz's answers have opened, so its card is graded.
  const [openedCount, quizOpened] = useReducer((n: number) => n + 1, 0);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const outcomesRef = useRef<HTMLDivElement>(null);
  // A quiz link whose title is already here waits on the teacher's answer in this dialog.
  const [sameTitle, setSameTitle] = useState<string | null>(null);
  const answerSameTitle = useRef<((add: boolean) => void) | null>(null);
  const confirmSameTitle = (title: string) =>
    new Promise<boolean>((resolve) => {
      answerSameTitle.current = resolve;
      setSameTitle(title);
    });
  const settleSameTitle = (add: boolean) => {
    answerSameTitle.current?.(add);
    answerSameTitle.current = null;
    setSameTitle(null);
  };

  // The store read fresh for every link: a quiz link earlier in the same paste files its quiz for the results after it.
  const book: GradebookPort = {
    quizzes: () => useGradebookStore.getState().quizzes,
    saveQuiz: actions.saveQuiz,
    importResult: actions.importResult,
    confirmSameTitle,
    classList: (quiz) => classListOf(useGradebookStore.getState(), quiz),
  };
  const addAll = (text: string): Promise<Outcome[]> => addLinks(text, articles, book);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!pasted.trim()) {
      setOutcomes([{ kind: "refused", text: "Paste one or more result links or codes first." }]);
      return;
    }
    setBusy(true);
    const found = await addAll(pasted);
    setBusy(false);
    setOutcomes(found);
    // What was added leaves the box; what was refused stays in it, so nothing is lost while it is sorted out.
    setPasted(found.flatMap((o) => (o.kind === "refused" && o.piece ? [o.piece] : [])).join("\n"));
    requestAnimationFrame(() => outcomesRef.current?.focus());
  }

  // /gradebook/#r=… (a student's result link opened by the teacher): add it, then drop it from the address.
  // Also when the link opens in a gradebook tab that is already open, where only the fragment changes.
  useEffect(() => {
    if (!ready) return;
    const addFromAddress = () => {
      const hash = window.location.hash;
      if (!/[#&][qr]=/.test(hash)) return;
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
      void addAll(hash).then(setOutcomes);
    };
    addFromAddress();
    window.addEventListener("hashchange", addFromAddress);
    return () => window.removeEventListener("hashchange", addFromAddress);
    // addAll reads the store directly; listening from hydration on is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  // Rebuilding a quiz regenerates its article's whole question pool: do it when the
  // saved quizzes change, not on every keystroke in the paste box. Stable objects
  // also let each QuizResults keep its memoised scores and item analysis.
  const shown = useMemo(
    () =>
      Object.values(quizzes)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((saved) => ({ saved, built: openSaved(saved, articles, quizOpened) })),
    // openedCount: a sealed quiz opened since.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [quizzes, articles, openedCount],
  );
  const resultsByQuiz = useMemo(
    () => new Map(Object.keys(quizzes).map((fingerprint) => [fingerprint, resultsForQuiz({ results }, fingerprint)])),
    [quizzes, results],
  );

  /** A scanned result's score, recomputed like the tables below: from its answers, against the quiz rebuilt here. */
  const scoreOf = (result: StudentResult): ScanScore | null => {
    const filed = useGradebookStore.getState().results[resultId(result)];
    const built = shown.find(({ saved }) => saved.fingerprint === result.quiz)?.built;
    if (!filed || !built?.ok) return null;
    const { correct, total } = rescore(filed, built.quiz);
    return { correct, total };
  };

  if (!ready) {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Loading your gradebook…
      </p>
    );
  }

  const confirmRequest =
    confirm?.kind === "result"
      ? {
          title: `Delete ${confirm.result.name}’s result?`,
          description: "The student would have to send their result link again.",
          confirmLabel: "Delete result",
        }
      : confirm?.kind === "clear"
        ? {
            title: `Clear all results of “${confirm.title}”?`,
            description: "Every result for this quiz is deleted from this browser. The quiz and its link stay.",
            confirmLabel: "Clear results",
          }
        : confirm?.kind === "forget"
          ? {
              title: `Remove “${confirm.title}”?`,
              description:
                "The quiz and all its results are deleted from this browser. Students can still open the link, but their results cannot be added here unless you add the quiz link again.",
              confirmLabel: "Remove quiz",
            }
          : null;

  function onConfirmed() {
    if (!confirm) return;
    if (confirm.kind === "result") actions.removeResult(confirm.result.id);
    else if (confirm.kind === "clear") actions.clearQuiz(confirm.fingerprint);
    else actions.removeQuiz(confirm.fingerprint);
  }

  return (
    // minmax(0, 1fr): a wide score table scrolls inside its card instead of widening the page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8">
      <GradebookBackup />

      <section
        aria-labelledby="add-results-heading"
        className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-6"
      >
        <h2 id="add-results-heading" className="text-lg font-semibold">
          Add results
        </h2>
        <div className="mt-3 border-b border-line pb-4">
          <ScanResults add={addAll} scoreOf={scoreOf} />
        </div>
        <form noValidate onSubmit={(e) => void submit(e)} className="mt-4 grid gap-3">
          <label htmlFor="paste-results" className="text-sm">
            Paste the result links or codes your students sent you, as many as you like (one per line is fine, wrapped
            lines too). Quiz links made on another computer can be added here as well.
          </label>
          <textarea
            id="paste-results"
            rows={4}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            spellCheck={false}
            className="w-full rounded-control border-2 border-line bg-surface px-3 py-2 font-mono text-xs text-ink"
          />
          <button
            type="submit"
            disabled={busy}
            className="justify-self-start rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong disabled:opacity-60"
          >
            {busy ? "Adding…" : "Add results"}
          </button>
        </form>
        <div ref={outcomesRef} tabIndex={-1} role="status" aria-live="polite" className="mt-3">
          {outcomes.length > 0 && (
            <ul className="grid gap-2" aria-label="What happened to each link">
              {outcomes.map((o, i) => (
                <li key={i} className={`rounded-control border px-3 py-2 text-sm ${OUTCOME_STYLE[o.kind]}`}>
                  <strong className="font-semibold">{OUTCOME_LABEL[o.kind]}: </strong>
                  {o.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {shown.length === 0 ? (
        <section aria-labelledby="no-quizzes-heading">
          <h2 id="no-quizzes-heading" className="text-lg font-semibold">
            No quizzes yet
          </h2>
          <p className="mt-1 text-muted">
            Open an article from the{" "}
            <Link href="/" className="font-medium text-accent underline underline-offset-4">
              library
            </Link>{" "}
            and choose “Build a quiz for your class”. Quizzes you share from this browser appear here, ready for their
            results.
          </p>
        </section>
      ) : (
        shown.map(({ saved, built }) => (
          <QuizResults
            key={saved.fingerprint}
            saved={saved}
            article={built?.ok ? built.article : undefined}
            quiz={built?.ok ? built.quiz : null}
            opening={built === null}
            problem={built === null || built.ok ? null : `${built.message} Its results cannot be scored here.`}
            results={resultsByQuiz.get(saved.fingerprint) ?? []}
            classList={classLists[saved.fingerprint]?.students ?? NO_STUDENTS}
            onDeleteResult={(result) => setConfirm({ kind: "result", result })}
            onClearResults={() =>
              setConfirm({ kind: "clear", fingerprint: saved.fingerprint, title: saved.shared.settings.title })
            }
            onForgetQuiz={() =>
              setConfirm({ kind: "forget", fingerprint: saved.fingerprint, title: saved.shared.settings.title })
            }
          />
        ))
      )}

      <ConfirmDialog request={confirmRequest} onConfirm={onConfirmed} onClose={() => setConfirm(null)} />
      <ConfirmDialog
        request={
          sameTitle === null
            ? null
            : {
                title: `You already have a quiz called “${sameTitle}”. Add this one as a separate quiz?`,
                description:
                  "It is a different quiz (other questions or settings). Its card will show its own class label, date and quiz number, so the two can be told apart. If you did not make it, do not add it.",
                confirmLabel: "Add as a separate quiz",
              }
        }
        onConfirm={() => settleSameTitle(true)}
        onClose={() => settleSameTitle(false)}
      />
    </div>
  );
}
