"use client";
import { useEffect, useMemo, useState } from "react";
import { Link } from "@/components/ui/link";
import type { Article } from "@/lib/article";
import { definedWords } from "@/lib/article";
import { gradeResponse, type Question } from "@/lib/quiz";
import type { QuizSession } from "@/lib/session";
import { sealedAttemptsOf, type SealedSession } from "@/lib/sealed-session";
import { articleOfTextQuiz, openSealedQuiz } from "@/lib/share";
import { useSealedSessionStore } from "@/components/state/sealed-session-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ArticlePanel } from "@/components/quiz/article-panel";
import { ResultsView } from "@/components/quiz/results-view";
import { focusEvidence, focusReviewCard } from "@/components/quiz/evidence-focus";

type Review =
  | { status: "opening" }
  | { status: "problem"; title: string; message: string }
  | { status: "ready"; session: QuizSession; article: Article; title: string };

const NO_ATTEMPT =
  "This browser has no attempt at this quiz. Open the link on the device and in the browser where you took the quiz; if you cleared this browser’s data since, the review cannot be shown here, but your teacher still has your result.";
const NOT_FINISHED =
  "You have not finished this quiz in this browser yet. Finish it and send your result to your teacher first, then open this link again.";

/** The student's finished attempt graded with the released key: kept on screen only, never stored. */
function graded(attempt: SealedSession, questions: Question[], article: Article): QuizSession {
  const ordered = attempt.order.map((i) => questions[i]!);
  return {
    id: attempt.id,
    slug: article.slug,
    seed: 0,
    mode: "full",
    requestedSeed: null,
    questions: ordered,
    responses: attempt.responses,
    results: ordered.map((q, i) => {
      const response = attempt.responses[i] ?? null;
      return response !== null && gradeResponse(q, response);
    }),
    index: 0,
    phase: "results",
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
  };
}

async function openReview(
  attempts: SealedSession[],
  secret: string,
  articles: Record<string, Article>,
): Promise<Review> {
  const attempt = attempts.find((s) => s.phase === "finished");
  if (attempts.length === 0) return { status: "problem", title: "No attempt at this quiz here", message: NO_ATTEMPT };
  if (!attempt) return { status: "problem", title: "This quiz is not finished", message: NOT_FINISHED };
  const opened = await openSealedQuiz(attempt.quiz, secret, articles);
  if (!opened.ok) return { status: "problem", title: "These answers cannot be opened", message: opened.message };
  const ref = attempt.quiz.article;
  const article = ref.kind === "text" ? articleOfTextQuiz(ref) : articles[ref.slug];
  if (!article)
    return {
      status: "problem",
      title: "These answers cannot be opened",
      message: "This quiz is about an article this copy of Evidence Reader does not have.",
    };
  return {
    status: "ready",
    session: graded(attempt, opened.questions, article),
    article,
    title: attempt.quiz.settings.title,
  };
}

/**
 * /play/#release=<fingerprint>.<secret>: the teacher released a sealed quiz's
 * answers. The key opens from the quiz this browser stored with the student's
 * attempt, and the review shows each answer, the right one and its evidence.
 */
export function ReleasedReview({
  fingerprint,
  secret,
  articles,
}: {
  fingerprint: string;
  secret: string;
  articles: Record<string, Article>;
}) {
  const ready = useHydratedStore(useSealedSessionStore);
  const [review, setReview] = useState<Review>({ status: "opening" });
  const [reviewed, setReviewed] = useState<number | null>(null);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    const attempts = sealedAttemptsOf(useSealedSessionStore.getState(), fingerprint);
    void openReview(attempts, secret, articles).then((result) => current && setReview(result));
    return () => {
      current = false;
    };
  }, [ready, fingerprint, secret, articles]);

  const words = useMemo(() => (review.status === "ready" ? definedWords(review.article) : []), [review]);

  if (review.status === "opening") {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Opening the answers…
      </p>
    );
  }
  if (review.status === "problem") {
    return (
      <div className="mx-auto max-w-measure">
        <h1 className="font-serif text-2xl leading-tight font-bold sm:text-3xl">{review.title}</h1>
        <p role="alert" className="mt-4 rounded-card border-2 border-danger bg-danger-soft p-4 text-danger">
          {review.message}
        </p>
        <p className="mt-6">
          <Link href="/" className="font-medium text-accent underline underline-offset-4">
            Go to the library
          </Link>
        </p>
      </div>
    );
  }

  const { session, article, title } = review;
  const panelId = "quiz-article";
  const highlights = reviewed !== null ? (session.questions[reviewed]?.evidence ?? []) : [];

  function showEvidence(index: number) {
    setReviewed(index);
    focusEvidence(panelId);
  }

  return (
    <>
      <div className="mb-6">
        <h1 className="font-serif text-2xl leading-tight font-bold tracking-tight text-balance sm:text-3xl">
          <span className="block font-sans text-sm font-semibold tracking-widest text-muted uppercase">
            Answers released by your teacher
          </span>
          {title}
        </h1>
        <p className="mt-2 text-muted">About the article “{article.title}”.</p>
      </div>
      <div
        className={
          reviewed !== null
            ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start"
            : "grid max-w-2xl gap-6"
        }
      >
        <div className="grid min-w-0 gap-6">
          <ResultsView
            session={session}
            body={article.body}
            selectedQuestion={reviewed}
            onShowEvidence={showEvidence}
            onRetryMissed={() => {}}
            onNewQuiz={() => {}}
            actions={
              <p className="mt-3 text-sm text-muted">
                Your answers as you sent them, graded with the answers your teacher released.
              </p>
            }
          />
        </div>
        {reviewed !== null && (
          <ArticlePanel
            id={panelId}
            article={article}
            highlights={highlights}
            backTo={{ label: `Back to question ${reviewed + 1}`, onBack: () => focusReviewCard(reviewed) }}
            words={words}
          />
        )}
      </div>
    </>
  );
}
