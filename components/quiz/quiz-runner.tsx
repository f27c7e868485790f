"use client";
import { useEffect, useRef, useState } from "react";
import { useSearchParams } from "next/navigation";
import type { Article, Span } from "@/lib/article/types";
import type { Response } from "@/lib/quiz/types";
import { generateQuiz, reshuffleQuestion, sentenceAround } from "@/lib/quiz";
import { currentQuestion, isComplete, isLastQuestion, missedQuestions, scoreOf, toAttempt, type QuizSession, type StartOptions } from "@/lib/session/session";
import { describeAnswer } from "@/lib/session/describe";
import { useProgressActions, useProgressStore } from "@/components/state/progress-store";
import { useQuizActions, useQuizSession, useQuizSessionStore } from "@/components/state/quiz-session-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ArticlePanel } from "./article-panel";
import { QuestionCard } from "./question-card";
import { QuizProgress } from "./quiz-progress";
import { ResultsView } from "./results-view";

const QUESTION_COUNT = 10;

function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function newId(): string {
  // randomUUID is missing outside secure contexts (a school intranet over plain http).
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function parseSeed(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const seed = Number(value);
  return Number.isSafeInteger(seed) ? seed : null;
}

function evidenceSentence(body: string, evidence: Span[]): string {
  const main = evidence[0];
  if (!main) return "";
  const sentence = sentenceAround(body, main);
  return body.slice(sentence.start, sentence.end).trim();
}

/**
 * The whole quiz for one article: starts or resumes the session, shows one
 * question at a time, then the results, with the article beside it on demand.
 */
export function QuizRunner({ article }: { article: Article }) {
  const slug = article.slug;
  const requestedSeed = parseSeed(useSearchParams().get("seed"));
  const sessionsReady = useHydratedStore(useQuizSessionStore);
  const progressReady = useHydratedStore(useProgressStore);
  const session = useQuizSession(slug);
  const { start, respond, check, next } = useQuizActions();
  const { record } = useProgressActions();

  const [showArticle, setShowArticle] = useState(false);
  const [reviewed, setReviewed] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  const panelId = "quiz-article";

  function fullQuiz(seed: number): StartOptions {
    const quiz = generateQuiz(article, { seed, count: QUESTION_COUNT });
    return { id: newId(), slug, seed, mode: "full", requestedSeed, questions: quiz.questions, now: new Date().toISOString() };
  }

  function newQuiz() {
    start(fullQuiz(randomSeed()));
    setReviewed(null);
    setHint(null);
  }

  // Resume the saved session unless the link asks for a different quiz.
  const startedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!sessionsReady) return;
    const key = `${slug}:${requestedSeed}`;
    if (startedFor.current === key) return;
    startedFor.current = key;
    const saved = useQuizSessionStore.getState().sessions[slug];
    if (saved && (requestedSeed === null || saved.requestedSeed === requestedSeed)) return;
    start(fullQuiz(requestedSeed ?? randomSeed()));
    // fullQuiz only reads values that are part of the key above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionsReady, slug, requestedSeed]);

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
    respond(slug, response);
  }

  function onCheck(current: QuizSession) {
    const q = currentQuestion(current);
    // Read the latest response straight from the store: an ordering left as shown was just saved.
    const latest = useQuizSessionStore.getState().sessions[slug] ?? current;
    const response = latest.responses[latest.index] ?? null;
    if (!q || !isComplete(q, response)) {
      const message = !q
        ? "There is no question to check."
        : q.type === "numeric"
          ? "Type a number, in digits, before checking."
          : q.type === "fill-blank" || q.type === "short-answer"
            ? "Type an answer before checking."
            : q.type === "matching"
              ? "Choose a match for every item before checking."
              : "Choose an answer before checking.";
      setHint(message);
      setAnnouncement(message);
      return;
    }
    check(slug);
    const graded = useQuizSessionStore.getState().sessions[slug];
    const correct = graded?.results[graded.index] === true;
    const sentence = evidenceSentence(article.body, q.evidence);
    setAnnouncement(
      `${correct ? "Correct." : `Not quite. The right answer is ${describeAnswer(q).join("; ")}.`} ${q.explanation}${sentence ? ` The article says: ${sentence}` : ""}`,
    );
  }

  function onNext() {
    setAnnouncement("");
    next(slug);
  }

  function retryMissed(current: QuizSession) {
    const seed = randomSeed();
    const questions = missedQuestions(current).map((q) => reshuffleQuestion(q, seed));
    start({ id: newId(), slug, seed, mode: "retry", requestedSeed: current.requestedSeed, questions, now: new Date().toISOString() });
    setReviewed(null);
    setAnnouncement(`Retrying ${questions.length} question${questions.length === 1 ? "" : "s"}.`);
  }

  function showEvidence(index: number) {
    setReviewed(index);
    setShowArticle(true);
    // Bring the highlighted proof into view and keyboard reach.
    requestAnimationFrame(() => {
      const panel = document.getElementById(panelId);
      if (!panel) return;
      panel.focus({ preventScroll: true });
      // Below the results on narrow screens: bring the highlighted sentence into view.
      const mark = panel.querySelector("mark");
      const rect = (mark ?? panel).getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) (mark ?? panel).scrollIntoView({ block: "center" });
    });
  }

  const { score } = scoreOf(session);

  return (
    <div className={showArticle ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start" : "grid max-w-2xl gap-6"}>
      <div className="grid min-w-0 gap-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {session.phase === "answering" ? (
            <div className="min-w-0 flex-1 basis-72">
              <QuizProgress current={session.index + 1} total={session.questions.length} answeredRight={score} />
            </div>
          ) : (
            <span />
          )}
          <button
            type="button"
            aria-expanded={showArticle}
            aria-controls={showArticle ? panelId : undefined}
            onClick={() => setShowArticle((open) => !open)}
            className="rounded-control border border-line bg-surface px-3.5 py-2 text-sm font-medium hover:border-accent"
          >
            {showArticle ? "Hide article" : "Show article"}
          </button>
        </div>

        {session.phase === "answering" && question ? (
          <QuestionCard
            key={`${session.id}:${session.index}`}
            question={question}
            number={session.index + 1}
            response={session.responses[session.index] ?? null}
            result={session.results[session.index] ?? null}
            isLast={isLastQuestion(session)}
            evidenceSentence={checked ? evidenceSentence(article.body, question.evidence) : ""}
            hint={hint}
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
            selectedQuestion={reviewed}
            onShowEvidence={showEvidence}
            onRetryMissed={() => retryMissed(session)}
            onNewQuiz={newQuiz}
          />
        )}
      </div>

      {showArticle && (
        <ArticlePanel id={panelId} title={article.title} paragraphs={article.paragraphs} dateline={article.dateline} highlights={highlights} />
      )}

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
