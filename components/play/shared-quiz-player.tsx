"use client";
import { useEffect, useMemo, useState } from "react";
import { Link } from "@/components/ui/link";
import type { Article } from "@/lib/article";
import { articleOfTextQuiz, codeFromLink, decodeQuizCode, type AnySharedQuiz, type SharedQuizV5 } from "@/lib/share";
import { quizFingerprint, readRelease } from "@/lib/share";
import { openSharedQuiz } from "@/lib/share";
import { QUIZ_FILE_MAX_BYTES, readQuizFile } from "@/lib/share";
import { tokenFromLink, type LinkToken } from "@/lib/share";
import { OpenQuizFile } from "./open-quiz-file";
import { QuizRunner, type SharedQuizRun } from "@/components/quiz/quiz-runner";
import { ResultLinkPanel, attemptOf } from "./result-link-panel";
import { SealedQuizRunner } from "./sealed-quiz-runner";
import { ReleasedReview } from "./released-review";
import { useQuizSessionStore } from "@/components/state/quiz-session-store";

type Opened =
  | { status: "opening" }
  | { status: "release"; fingerprint: string; secret: string }
  | { status: "broken"; message: string; release?: true }
  | { status: "ready"; shared: AnySharedQuiz; article: Article; fingerprint: string; token: LinkToken }
  | { status: "sealed"; shared: SharedQuizV5; article: Article; fingerprint: string; token: LinkToken };

const BAD_RELEASE =
  "This link to your quiz’s answers is incomplete or damaged — it may have been cut off when it was copied. Ask your teacher to send it again.";

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
  if (decoded.value.v === 5) {
    // Answers kept by the teacher: the questions run without their key (the decoder checked the article).
    const ref = decoded.value.article;
    const article = ref.kind === "text" ? articleOfTextQuiz(ref) : articles[ref.slug];
    if (!article)
      return { status: "broken", message: "This quiz is about an article this copy of Evidence Reader does not have." };
    return { status: "sealed", shared: decoded.value, article, fingerprint: quizFingerprint(decoded.value), token };
  }
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
      if (/[#&]release=/.test(hash)) {
        const release = readRelease(hash);
        setOpened(
          release ? { status: "release", ...release } : { status: "broken", message: BAD_RELEASE, release: true },
        );
        return;
      }
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
        <ResultLinkPanel
          session={attemptOf(session)}
          fingerprint={fingerprint}
          onNamed={(name) => useQuizSessionStore.getState().nameResult(sessionKey, name)}
        />
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

  if (opened.status === "release") {
    return <ReleasedReview fingerprint={opened.fingerprint} secret={opened.secret} articles={articles} />;
  }

  if (opened.status === "broken") {
    return (
      <div className="mx-auto max-w-measure">
        <h1 className="font-serif text-2xl leading-tight font-bold sm:text-3xl">
          {opened.release
            ? "This link to the answers doesn’t work"
            : fromFile
              ? "This quiz file doesn’t work"
              : "This quiz link doesn’t work"}
        </h1>
        <p role="alert" className="mt-4 rounded-card border-2 border-danger bg-danger-soft p-4 text-danger">
          {opened.message}
        </p>
        {!opened.release && <OpenQuizFile onFile={(file) => void openFile(file)} />}
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
  const sealed = opened.status === "sealed";
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
          {sealed
            ? "Your teacher grades your answers: this page does not know the right ones."
            : settings.feedback === "end"
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
      {opened.status === "sealed" ? (
        <SealedQuizRunner
          key={`${opened.fingerprint}:${opened.token.kind === "token" ? opened.token.token : ""}`}
          article={article}
          quiz={opened.shared}
          fingerprint={opened.fingerprint}
          {...(opened.token.kind === "token" ? { token: opened.token.token } : {})}
        />
      ) : (
        run && <QuizRunner key={run.sessionKey} article={article} shared={run} />
      )}
    </>
  );
}
