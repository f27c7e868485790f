"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Article } from "@/lib/article";
import { definedWords } from "@/lib/article";
import type { Response } from "@/lib/quiz";
import { isComplete } from "@/lib/quiz";
import { currentSealedQuestion, sealedAnswers, shownQuestion, type SealedSession } from "@/lib/sealed-session";
import type { SharedQuizV5 } from "@/lib/share";
import { useSealedActions, useSealedSession, useSealedSessionStore } from "@/components/state/sealed-session-store";
import { useHydratedStore } from "@/components/state/use-hydrated";
import { ArticlePanel } from "@/components/quiz/article-panel";
import { ArticleToggle } from "@/components/quiz/article-toggle";
import { newSessionId } from "@/components/quiz/evidence-focus";
import { incompleteHint } from "@/components/quiz/incomplete-hint";
import { QuestionCard } from "@/components/quiz/question-card";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { ResultLinkPanel } from "./result-link-panel";

/** Where a sealed quiz's attempt lives: one per quiz, or per personal link on a shared computer. */
export const sealedSessionKey = (fingerprint: string, token?: string) =>
  token ? `sealed:${fingerprint}:${token}` : `sealed:${fingerprint}`;

interface Props {
  article: Article;
  quiz: SharedQuizV5;
  fingerprint: string;
  token?: string;
}

/**
 * A quiz whose answers stay with the teacher (link format 5). This browser
 * has the questions and never their key: the student answers each one, and
 * sends the answers in their result; there is no verdict or score to show,
 * because nothing here could work one out.
 */
export function SealedQuizRunner({ article, quiz, fingerprint, token }: Props) {
  const key = sealedSessionKey(fingerprint, token);
  const ready = useHydratedStore(useSealedSessionStore);
  const session = useSealedSession(key);
  const { start, respond, save, nameResult } = useSealedActions();
  const [showArticle, setShowArticle] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const words = useMemo(() => definedWords(article), [article]);
  const panelId = "quiz-article";

  const started = useRef(false);
  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    if (useSealedSessionStore.getState().sessions[key]) return;
    // The student's own seed fixes their question order for good.
    start(key, {
      id: newSessionId(),
      quiz,
      studentSeed: Math.floor(Math.random() * 2 ** 31),
      now: new Date().toISOString(),
      ...(token ? { token } : {}),
    });
  }, [ready, key, quiz, token, start]);

  if (!ready || !session) {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Preparing your quiz…
      </p>
    );
  }

  const question = currentSealedQuestion(session);
  const answering = session.phase === "answering" && question !== undefined;
  const articleAllowed = quiz.settings.allowArticle || !answering;

  function onSave(current: SealedSession) {
    const latest = useSealedSessionStore.getState().sessions[key] ?? current;
    const q = currentSealedQuestion(latest);
    if (!q || !isComplete(shownQuestion(q), latest.responses[latest.index] ?? null)) {
      const message = incompleteHint(q?.type);
      setHint(message);
      setAnnouncement(message);
      return;
    }
    save(key);
    setAnnouncement(latest.index + 1 >= latest.order.length ? "Answer saved. The quiz is finished." : "Answer saved.");
  }

  return (
    <div
      className={
        showArticle && articleAllowed
          ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start"
          : "grid max-w-2xl gap-6"
      }
    >
      <div className="grid min-w-0 gap-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {answering ? (
            <div className="min-w-0 flex-1 basis-72">
              <QuizProgress current={session.index + 1} total={session.order.length} answeredRight={null} />
            </div>
          ) : (
            <span />
          )}
          {articleAllowed && (
            <ArticleToggle open={showArticle} panelId={panelId} onToggle={() => setShowArticle((open) => !open)} />
          )}
        </div>

        {answering ? (
          <QuestionCard
            key={`${session.id}:${session.index}`}
            question={shownQuestion(question)}
            number={session.index + 1}
            response={session.responses[session.index] ?? null}
            result={null}
            isLast={session.index === session.order.length - 1}
            evidence={[]}
            hint={hint}
            deferFeedback
            onRespond={(response: Response) => {
              setHint(null);
              respond(key, response);
            }}
            onCheck={() => onSave(session)}
            onNext={() => {}}
            onAnnounce={setAnnouncement}
          />
        ) : (
          <SealedFinished session={session} fingerprint={fingerprint} onNamed={(name) => nameResult(key, name)} />
        )}
      </div>

      {showArticle && articleAllowed && (
        <ArticlePanel
          id={panelId}
          article={article}
          highlights={[]}
          words={question?.level === "vocabulary" && answering ? [] : words}
        />
      )}

      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}

/** The end of a sealed quiz: every answer saved, no score (only the teacher can grade), and the result to send. */
function SealedFinished({
  session,
  fingerprint,
  onNamed,
}: {
  session: SealedSession;
  fingerprint: string;
  onNamed: (name: string) => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [session.id]);
  const answered = session.responses.filter((r) => r !== null).length;
  return (
    <section
      aria-labelledby="finished-heading"
      className="rounded-card border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      <h2 id="finished-heading" ref={headingRef} tabIndex={-1} className="font-serif text-2xl font-bold">
        Your answers are saved
      </h2>
      <p className="mt-2">
        You answered {answered} of {session.order.length} questions. Your teacher grades them: this quiz keeps the right
        answers with your teacher, so this page cannot show a score.
      </p>
      <p className="mt-2 text-muted">
        Send your result to your teacher below. Later your teacher may send you a link that releases the answers: open
        it in this browser to see your review, with the sentences that prove each answer.
      </p>
      <ResultLinkPanel
        session={{
          answers: sealedAnswers(session),
          startedAt: session.startedAt,
          finishedAt: session.finishedAt,
          ...(session.token ? { token: session.token } : {}),
          ...(session.resultName ? { resultName: session.resultName } : {}),
        }}
        fingerprint={fingerprint}
        onNamed={onNamed}
      />
    </section>
  );
}
