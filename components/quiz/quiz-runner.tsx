"use client";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";
import type { Article, Span } from "@/lib/article";
import type { Question, Response } from "@/lib/quiz";
import { describeAnswer, reshuffleQuestion } from "@/lib/quiz";
import { evidenceSentences, sentenceText } from "@/lib/text";
import {
  currentQuestion,
  isComplete,
  isLastQuestion,
  missedQuestions,
  scoreOf,
  toAttempt,
  type QuizSession,
  type StartOptions,
} from "@/lib/session";
import { useProgressActions, useProgressStore } from "@/components/state/progress-store";
import { useQuizActions, useQuizSession, useQuizSessionStore } from "@/components/state/quiz-session-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ArticlePanel } from "./article-panel";
import { ArticleToggle } from "./article-toggle";
import { focusEvidence, focusReviewCard, newSessionId } from "./evidence-focus";
import { definedWords } from "@/lib/article";
import { QuestionCard } from "./question-card";
import { QuizProgress } from "./quiz-progress";
import { ResultsView } from "./results-view";
import { incompleteHint } from "./incomplete-hint";

function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function parseSeed(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const seed = Number(value);
  return Number.isSafeInteger(seed) ? seed : null;
}

/** A quiz opened from a teacher's link, run with the teacher's settings. */
export interface SharedQuizRun {
  /** Where the session lives in the quiz-session store: `shared:<fingerprint>`. */
  sessionKey: string;
  /** The quiz's questions for one student (their seed decides the order when the teacher chose "shuffled"). */
  questionsFor: (studentSeed: number) => Question[];
  /** "end": answers are saved without feedback; right answers and evidence come with the results. */
  feedback: "each" | "end";
  /** Whether "Show article" is offered while answering (the results always can show the evidence). */
  allowArticle: boolean;
  /** The personal link's token, if the quiz was opened from one: kept with the session. */
  token?: string;
  /** Replaces "Retry" and "New quiz" on the results: a shared quiz is taken once. */
  renderFinish: (session: QuizSession) => ReactNode;
}

/**
 * The whole quiz for one article: starts or resumes the session, shows one
 * question at a time, then the results, with the article beside it on demand.
 * The questions come from `draw` (the engine, for an article's own quiz) or,
 * with `shared`, with the rules, from a teacher's link: the runner itself
 * never generates questions, so the shared-quiz page does not load the generators.
 */
export function QuizRunner({
  article,
  draw,
  shared,
}: { article: Article } & (
  | { /** The attempt's questions for a seed. */ draw: (seed: number) => Question[]; shared?: never }
  | { shared: SharedQuizRun; draw?: never }
)) {
  const slug = article.slug;
  // The session's key in the store; the session itself always carries the article slug for progress.
  const key = shared?.sessionKey ?? slug;
  const searchSeed = parseSeed(useSearchParams().get("seed"));
  const requestedSeed = shared ? null : searchSeed;
  const sessionsReady = useHydratedStore(useQuizSessionStore);
  const progressReady = useHydratedStore(useProgressStore);
  const session = useQuizSession(key);
  const { start, respond, check, next } = useQuizActions();
  const { record } = useProgressActions();

  const [showArticle, setShowArticle] = useState(false);
  const [reviewed, setReviewed] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  const panelId = "quiz-article";
  const words = useMemo(() => definedWords(article), [article]);

  function fullQuiz(seed: number): StartOptions {
    const questions = shared ? shared.questionsFor(seed) : draw(seed);
    const token = shared?.token;
    return {
      id: newSessionId(),
      slug,
      seed,
      mode: "full",
      requestedSeed,
      questions,
      now: new Date().toISOString(),
      ...(token ? { token } : {}),
    };
  }

  function newQuiz() {
    start(fullQuiz(randomSeed()), key);
    setReviewed(null);
    setHint(null);
  }

  // Resume the saved session unless the link asks for a different quiz.
  const startedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!sessionsReady) return;
    const wanted = `${key}:${requestedSeed}`;
    if (startedFor.current === wanted) return;
    startedFor.current = wanted;
    const saved = useQuizSessionStore.getState().sessions[key];
    if (saved && (requestedSeed === null || saved.requestedSeed === requestedSeed)) return;
    // A shared quiz's seed is the student's own: it fixes their question order for good.
    start(fullQuiz(requestedSeed ?? randomSeed()), key);
    // fullQuiz only reads values that are part of `wanted` above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionsReady, key, requestedSeed]);

  // A finished quiz goes into the progress history (once: attempts are keyed by the session id).
  useEffect(() => {
    if (!progressReady || !session) return;
    const attempt = toAttempt(session);
    if (attempt) record(attempt);
  }, [progressReady, session, record]);

  if (!sessionsReady || !session) {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Preparing your quiz…
      </p>
    );
  }

  const deferFeedback = shared?.feedback === "end";
  // A closed-book shared quiz still shows the evidence once it is finished.
  const articleAllowed = !shared || shared.allowArticle || session.phase === "results";
  const question = currentQuestion(session);
  const checked = session.results[session.index] != null;
  const highlights: Span[] =
    session.phase === "results"
      ? reviewed !== null
        ? (session.questions[reviewed]?.evidence ?? [])
        : []
      : checked && question
        ? question.evidence
        : [];

  function onRespond(response: Response) {
    setHint(null);
    respond(key, response);
  }

  function onCheck(current: QuizSession) {
    const q = currentQuestion(current);
    // Read the latest response straight from the store: an ordering left as shown was just saved.
    const latest = useQuizSessionStore.getState().sessions[key] ?? current;
    const response = latest.responses[latest.index] ?? null;
    if (!q || !isComplete(q, response)) {
      const message = incompleteHint(q?.type);
      setHint(message);
      setAnnouncement(message);
      return;
    }
    check(key);
    if (deferFeedback) {
      // Feedback only at the end: the answer is graded and saved, and the quiz moves on at once.
      next(key);
      setAnnouncement(isLastQuestion(current) ? "Answer saved. The quiz is finished." : "Answer saved.");
      return;
    }
    const graded = useQuizSessionStore.getState().sessions[key];
    const correct = graded?.results[graded.index] === true;
    const sentence = sentenceText(article.body, q.evidence);
    setAnnouncement(
      `${correct ? "Correct." : `Not quite. The right answer is ${describeAnswer(q).join("; ")}.`} ${q.explanation}${sentence ? ` The article says: ${sentence}` : ""}`,
    );
  }

  function onNext() {
    setAnnouncement("");
    next(key);
  }

  function retryMissed(current: QuizSession) {
    const seed = randomSeed();
    const questions = missedQuestions(current).map((q) => reshuffleQuestion(q, seed));
    start(
      {
        id: newSessionId(),
        slug,
        seed,
        mode: "retry",
        requestedSeed: current.requestedSeed,
        questions,
        now: new Date().toISOString(),
      },
      key,
    );
    setReviewed(null);
    setAnnouncement(`Retrying ${questions.length} question${questions.length === 1 ? "" : "s"}.`);
  }

  function showEvidence(index: number) {
    setReviewed(index);
    setShowArticle(true);
    focusEvidence(panelId);
  }

  const { score } = scoreOf(session);
  const backTo =
    session.phase === "results" && reviewed !== null
      ? { label: `Back to question ${reviewed + 1}`, onBack: () => focusReviewCard(reviewed) }
      : undefined;

  return (
    <div
      className={
        showArticle ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start" : "grid max-w-2xl gap-6"
      }
    >
      <div className="grid min-w-0 gap-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {session.phase === "answering" ? (
            <div className="min-w-0 flex-1 basis-72">
              <QuizProgress
                current={session.index + 1}
                total={session.questions.length}
                answeredRight={deferFeedback ? null : score}
              />
            </div>
          ) : (
            <span />
          )}
          {articleAllowed && (
            <ArticleToggle open={showArticle} panelId={panelId} onToggle={() => setShowArticle((open) => !open)} />
          )}
        </div>

        {session.phase === "answering" && question ? (
          <QuestionCard
            key={`${session.id}:${session.index}`}
            question={question}
            number={session.index + 1}
            response={session.responses[session.index] ?? null}
            result={session.results[session.index] ?? null}
            isLast={isLastQuestion(session)}
            evidence={checked ? evidenceSentences(article.body, question.evidence) : []}
            hint={hint}
            deferFeedback={deferFeedback}
            onRespond={onRespond}
            onCheck={() => onCheck(session)}
            onNext={onNext}
            onAnnounce={setAnnouncement}
          />
        ) : session.questions.length === 0 ? (
          <p className="text-muted">This article has no questions yet.</p>
        ) : (
          <ResultsView
            session={session}
            body={article.body}
            selectedQuestion={reviewed}
            onShowEvidence={showEvidence}
            onRetryMissed={() => retryMissed(session)}
            onNewQuiz={newQuiz}
            actions={shared?.renderFinish(session)}
          />
        )}
      </div>

      {showArticle && articleAllowed && (
        <ArticlePanel
          id={panelId}
          article={article}
          highlights={highlights}
          backTo={backTo}
          // While a word question is asked, no meaning is shown: not its own word's (the answer), nor the
          // other words' (the engine uses them as wrong options, so they would help rule options out).
          words={question?.level === "vocabulary" ? [] : words}
        />
      )}

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
