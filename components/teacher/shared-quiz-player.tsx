"use client";
import { useEffect, useMemo, useState } from "react";
import Link from "next/link";
import type { Article } from "@/lib/article/types";
import { codeFromLink, decodeQuizCode, type SharedQuiz } from "@/lib/share/quiz-link";
import { materializeQuiz } from "@/lib/share/materialize";
import { QuizRunner, type SharedQuizRun } from "@/components/quiz/quiz-runner";
import { ResultLinkPanel } from "./result-link-panel";

type Opened =
  | { status: "opening" }
  | { status: "broken"; message: string }
  | { status: "ready"; shared: SharedQuiz; article: Article; fingerprint: string };

const NO_CODE = "This page opens a quiz from your teacher’s link, but the link has no quiz in it. Check that you copied the whole link, or ask your teacher to send it again.";

async function open(hash: string, articles: Record<string, Article>): Promise<Opened> {
  const code = codeFromLink(hash, "q");
  if (code === null) return { status: "broken", message: NO_CODE };
  const decoded = await decodeQuizCode(code);
  if (!decoded.ok) return { status: "broken", message: decoded.message };
  const article = articles[decoded.value.article.slug];
  if (!article) {
    return {
      status: "broken",
      message: "This quiz is about an article this copy of Evidence Reader does not have. Reload the page to update, or ask your teacher which site to use.",
    };
  }
  const checked = materializeQuiz(decoded.value, article);
  if (!checked.ok) return { status: "broken", message: checked.message };
  return { status: "ready", shared: decoded.value, article, fingerprint: checked.fingerprint };
}

/**
 * /play/#q=…: the quiz a teacher shared. The code is read from the URL
 * fragment (never sent to any server), checked, and run with the teacher's
 * settings. A broken link shows why and changes nothing stored.
 */
export function SharedQuizPlayer({ articles }: { articles: Record<string, Article> }) {
  const [opened, setOpened] = useState<Opened>({ status: "opening" });

  useEffect(() => {
    let current = true;
    const load = () => {
      void open(window.location.hash, articles).then((result) => {
        if (current) setOpened(result);
      });
    };
    load();
    window.addEventListener("hashchange", load);
    return () => {
      current = false;
      window.removeEventListener("hashchange", load);
    };
  }, [articles]);

  const run = useMemo((): SharedQuizRun | null => {
    if (opened.status !== "ready") return null;
    const { shared, article, fingerprint } = opened;
    return {
      sessionKey: `shared:${fingerprint}`,
      questionsFor: (studentSeed) => {
        const quiz = materializeQuiz(shared, article, shared.settings.order === "shuffled" ? studentSeed : undefined);
        return quiz.ok ? quiz.quiz.questions : [];
      },
      feedback: shared.settings.feedback,
      allowArticle: shared.settings.allowArticle,
      renderFinish: (session) => <ResultLinkPanel session={session} fingerprint={fingerprint} />,
    };
  }, [opened]);

  if (opened.status === "opening") {
    return (
      <p className="py-10 text-center text-muted" role="status">
        Opening your teacher’s quiz…
      </p>
    );
  }

  if (opened.status === "broken") {
    return (
      <div className="mx-auto max-w-measure">
        <h1 className="font-serif text-2xl font-bold leading-tight sm:text-3xl">This quiz link doesn’t work</h1>
        <p role="alert" className="mt-4 rounded-card border-2 border-danger bg-danger-soft p-4 text-danger">
          {opened.message}
        </p>
        <p className="mt-6">
          <Link href="/" className="font-medium text-accent underline underline-offset-4">
            Go to the library
          </Link>{" "}
          to read an article and take its quiz on your own.
        </p>
      </div>
    );
  }

  const { shared, article } = opened;
  const { settings } = shared;
  return (
    <>
      <div className="mb-6">
        <h1 className="font-serif text-2xl font-bold leading-tight tracking-tight text-balance sm:text-3xl">
          <span className="block font-sans text-sm font-semibold uppercase tracking-widest text-muted">
            Quiz from your teacher{settings.classLabel ? ` · ${settings.classLabel}` : ""}
          </span>
          {settings.title}
        </h1>
        <p className="mt-2 text-muted">
          About the article “{article.title}”.{" "}
          {settings.feedback === "end" ? "You see your score and the right answers at the end." : "After each answer you see the sentence that proves it."}
          {!settings.allowArticle && " Answer from memory: the article opens once you finish."}
        </p>
      </div>
      {run && <QuizRunner key={run.sessionKey} article={article} shared={run} />}
    </>
  );
}
