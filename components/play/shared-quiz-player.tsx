"use client";
import { useEffect, useMemo, useState } from "react";
import Link from "next/link";
import type { Article } from "@/lib/article";
import { codeFromLink, decodeQuizCode, type AnySharedQuiz } from "@/lib/share";
import { openSharedQuiz } from "@/lib/share";
import { QUIZ_FILE_MAX_BYTES, readQuizFile } from "@/lib/share";
import { tokenFromLink, type LinkToken } from "@/lib/share";
import { OpenQuizFile } from "./open-quiz-file";
import { QuizRunner, type SharedQuizRun } from "@/components/quiz/quiz-runner";
import { ResultLinkPanel } from "./result-link-panel";

type Opened =
  | { status: "opening" }
  | { status: "broken"; message: string }
  | { status: "ready"; shared: AnySharedQuiz; article: Article; fingerprint: string; token: LinkToken };

const NO_CODE =
  "This page opens a quiz from your teacher’s link, but the link has no quiz in it. Check that you copied the whole link, or ask your teacher to send it again.";

async function openCode(
  code: string | null,
  articles: Record<string, Article>,
  token: LinkToken = { kind: "none" },
): Promise<Opened> {
  if (code === null) return { status: "broken", message: NO_CODE };
  const decoded = await decodeQuizCode(code, articles);
  if (!decoded.ok) return { status: "broken", message: decoded.message };
  const checked = openSharedQuiz(decoded.value, articles);
  if (!checked.ok) return { status: "broken", message: checked.message };
  return { status: "ready", shared: decoded.value, article: checked.article, fingerprint: checked.fingerprint, token };
}

/**
 * /play/#q=…: the quiz a teacher shared. The code is read from the URL
 * fragment (never sent to any server), or from a quiz file the student
 * opens (for quizzes too long for a link), checked, and run with the
 * teacher's settings. A broken link shows why and changes nothing stored.
 */
export function SharedQuizPlayer({ articles }: { articles: Record<string, Article> }) {
  const [opened, setOpened] = useState<Opened>({ status: "opening" });
  const [fromFile, setFromFile] = useState(false);

  useEffect(() => {
    let current = true;
    const load = () => {
      setFromFile(false);
      const { hash } = window.location;
      void openCode(codeFromLink(hash, "q"), articles, tokenFromLink(hash)).then((result) => {
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

  async function openFile(file: File) {
    setOpened({ status: "opening" });
    setFromFile(true);
    const read =
      file.size > QUIZ_FILE_MAX_BYTES
        ? {
            ok: false as const,
            message: "This file is far too big to be a quiz file. Open the .json file your teacher sent.",
          }
        : readQuizFile(await file.text());
    setOpened(read.ok ? await openCode(read.code, articles) : { status: "broken", message: read.message });
  }

  const run = useMemo((): SharedQuizRun | null => {
    if (opened.status !== "ready") return null;
    const { shared, article, fingerprint } = opened;
    const token = opened.token.kind === "token" ? opened.token.token : undefined;
    // Each personal link its own session: two students on one shared computer do not get each other's quiz.
    const sessionKey = token ? `shared:${fingerprint}:${token}` : `shared:${fingerprint}`;
    return {
      sessionKey,
      ...(token ? { token } : {}),
      questionsFor: (studentSeed) => {
        const quiz = openSharedQuiz(
          shared,
          { [article.slug]: article },
          shared.settings.order === "shuffled" ? studentSeed : undefined,
        );
        return quiz.ok ? quiz.quiz.questions : [];
      },
      feedback: shared.settings.feedback,
      allowArticle: shared.settings.allowArticle,
      renderFinish: (session) => (
        <ResultLinkPanel session={session} sessionKey={sessionKey} fingerprint={fingerprint} />
      ),
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
        <h1 className="font-serif text-2xl leading-tight font-bold sm:text-3xl">
          {fromFile ? "This quiz file doesn’t work" : "This quiz link doesn’t work"}
        </h1>
        <p role="alert" className="mt-4 rounded-card border-2 border-danger bg-danger-soft p-4 text-danger">
          {opened.message}
        </p>
        <OpenQuizFile onFile={(file) => void openFile(file)} />
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
        <h1 className="font-serif text-2xl leading-tight font-bold tracking-tight text-balance sm:text-3xl">
          <span className="block font-sans text-sm font-semibold tracking-widest text-muted uppercase">
            Quiz from your teacher{settings.classLabel ? ` · ${settings.classLabel}` : ""}
          </span>
          {settings.title}
        </h1>
        <p className="mt-2 text-muted">
          About the article “{article.title}”.{" "}
          {settings.feedback === "end"
            ? "You see your score and the right answers at the end."
            : "After each answer you see the sentence that proves it."}
          {!settings.allowArticle && " Answer from memory: the article opens once you finish."}
        </p>
        {opened.token.kind === "damaged" && (
          <p
            role="alert"
            className="mt-3 rounded-control border border-warning bg-warning-soft p-3 text-sm text-warning"
          >
            The personal part at the end of this link is damaged, so your result will not show which link you used. You
            can still take the quiz; to be safe, ask your teacher to send your link again.
          </p>
        )}
      </div>
      {run && <QuizRunner key={run.sessionKey} article={article} shared={run} />}
    </>
  );
}
