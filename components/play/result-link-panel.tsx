"use client";
import { useEffect, useState } from "react";
import type { Response } from "@/lib/quiz";
import type { QuizSession } from "@/lib/session";
import { LIMITS } from "@/lib/share";
import { encodeResultCode, resultLink, type StudentResult } from "@/lib/share";
import { CopyButton } from "@/components/sharing/copy-button";
import { SelectableText } from "@/components/sharing/selectable-text";
import { QrCode } from "@/components/sharing/qr-code";
import { QrProjector } from "@/components/sharing/qr-projector";
import { ShareButton } from "@/components/sharing/share-button";
import { BASE_PATH, siteOrigin } from "@/components/sharing/site-url";

/** What a result is made of: a finished attempt's answers (by question id), times and personal-link token. */
export interface FinishedAttempt {
  answers: Record<string, Response | null>;
  startedAt: string;
  finishedAt: string | null;
  token?: string;
  /** The name a result link was made with before (a reload shows the same link). */
  resultName?: string;
}

/** A quiz-session's finished attempt. */
export function attemptOf(session: QuizSession): FinishedAttempt {
  return {
    answers: Object.fromEntries(session.questions.map((q, i) => [q.id, session.responses[i] ?? null])),
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    ...(session.token ? { token: session.token } : {}),
    ...(session.resultName ? { resultName: session.resultName } : {}),
  };
}

/** What the student's finished attempt says, as the result their teacher grades. */
export function resultOf(session: FinishedAttempt, fingerprint: string, name: string): StudentResult {
  const finished = session.finishedAt ? Date.parse(session.finishedAt) : Date.now();
  const duration = Math.round(finished - Date.parse(session.startedAt));
  const result = {
    quiz: fingerprint,
    name,
    answers: session.answers,
    startedAt: session.startedAt,
    durationMs: Number.isFinite(duration) ? Math.min(Math.max(duration, 0), LIMITS.durationMs) : 0,
  };
  // A personal link's token goes back with the answers (an R2 code); without one the code is R1, as before.
  return session.token ? { v: 2, ...result, token: session.token } : { v: 1, ...result };
}

/**
 * End of a shared quiz: the student types their name and gets a result link
 * (and the bare code) to send to their teacher. Nothing leaves the browser
 * unless the student sends it.
 */
export function ResultLinkPanel({
  session,
  fingerprint,
  onNamed,
}: {
  session: FinishedAttempt;
  fingerprint: string;
  /** The result link was made with this name: keep it with the attempt. */
  onNamed: (name: string) => void;
}) {
  const [name, setName] = useState(session.resultName ?? "");
  const [code, setCode] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // After a reload: the link made before is made again from the saved name (the same session gives the same code).
  const savedName = session.resultName;
  useEffect(() => {
    if (!savedName) return;
    let current = true;
    void encodeResultCode(resultOf(session, fingerprint, savedName)).then(
      (made) => current && setCode(made),
      () => {},
    );
    return () => {
      current = false;
    };
    // Only once per saved name: later edits of the field clear the link as before.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedName, fingerprint]);

  async function makeLink(event: React.FormEvent) {
    event.preventDefault();
    const cleaned = name.replace(/\s+/g, " ").trim();
    if (!cleaned) {
      setProblem("Type your name first, so your teacher knows whose result this is.");
      setCode(null);
      return;
    }
    try {
      setCode(await encodeResultCode(resultOf(session, fingerprint, cleaned)));
      setProblem(null);
      onNamed(cleaned);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The result link could not be made.");
    }
  }

  const link = code ? resultLink(siteOrigin(), BASE_PATH, code) : null;

  return (
    <div className="mt-5 grid gap-4 border-t border-line pt-5">
      <form noValidate onSubmit={(e) => void makeLink(e)} className="grid gap-2">
        <label htmlFor="student-name" className="font-semibold">
          Your name
        </label>
        <div className="flex flex-wrap gap-3">
          <input
            id="student-name"
            type="text"
            autoComplete="name"
            maxLength={LIMITS.studentName}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setCode(null);
            }}
            aria-invalid={problem !== null}
            aria-describedby={problem ? "student-name-problem" : undefined}
            className="min-w-0 flex-1 basis-56 rounded-control border-2 border-line bg-surface px-3 py-2 text-ink"
          />
          <button
            type="submit"
            className="rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
          >
            Get my result link
          </button>
        </div>
        {problem && (
          <p id="student-name-problem" role="alert" className="text-sm font-medium text-danger">
            {problem}
          </p>
        )}
      </form>

      {link && code && (
        <div className="grid gap-4" role="group" aria-labelledby="result-link-heading">
          <h3 id="result-link-heading" className="font-semibold">
            Send this to your teacher
          </h3>
          <div className="grid gap-5 md:grid-cols-[minmax(0,1fr)_auto] md:items-start">
            <div className="grid min-w-0 gap-4">
              <div className="grid gap-2">
                <label htmlFor="result-link" className="text-sm font-semibold">
                  Result link
                </label>
                <SelectableText id="result-link" value={link} rows={3} />
                <div className="flex flex-wrap items-center gap-3">
                  <CopyButton text={link} label="Copy result link" fieldId="result-link" />
                  <ShareButton link={link} name={name.replace(/\s+/g, " ").trim()} />
                </div>
              </div>
              <div className="grid gap-2">
                <label htmlFor="result-code" className="text-sm font-semibold">
                  Or just the code{" "}
                  <span className="font-normal text-muted">({code.length.toLocaleString("en-US")} characters)</span>
                </label>
                <SelectableText id="result-code" value={code} />
                <CopyButton text={code} label="Copy code" fieldId="result-code" />
              </div>
            </div>
            <figure className="grid justify-items-start gap-2 md:w-72">
              {/* A fixed square, filled at a whole number of pixels per module: sharp edges for the teacher's camera. */}
              <div className="aspect-square w-full max-w-72">
                <QrCode text={link} label="QR code of your result link, for your teacher to scan" fill />
              </div>
              <figcaption className="text-sm text-muted">
                Or hold this code up to your teacher’s camera when they scan results.
              </figcaption>
              <QrProjector
                link={link}
                heading="Hold this up to your teacher’s camera"
                label="QR code of your result link, full screen"
              />
            </figure>
          </div>
          <p className="rounded-control bg-accent-soft px-3 py-2 text-sm text-ink">
            <strong className="font-semibold">Nothing is sent anywhere:</strong> send this link to your teacher (by
            e-mail or your class chat), or let them scan the code.
          </p>
        </div>
      )}
    </div>
  );
}
