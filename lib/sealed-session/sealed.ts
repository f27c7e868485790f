/**
 * A sealed quiz being taken (link format 5: feedback at the end, answers kept
 * by the teacher). Its questions come without their key, so nothing here can
 * grade: the student answers every question, and the answers go back to the
 * teacher in the result, who grades them. The session keeps the sealed quiz
 * as the link carried it, so a release link (lib/share readRelease) can open
 * its key later, in this browser, for the review.
 *
 * The stored shape is checked strictly: a question with a key field (a right
 * option, an accepted answer, evidence) is refused, so a key never sits in a
 * student's storage before the teacher releases it.
 */
import { z } from "../schema";
import { isComplete, responseSchema, rngFor, shuffle, type Question, type Response } from "../quiz";
import { quizFingerprint, sharedQuizV5Schema } from "../share";
import type { KeylessQuestion, SharedQuizV5 } from "../share";
import { mergeRecords } from "../storage";
import { attemptFields, MAX_SESSION_CHARS, MAX_SESSIONS, pruneNewest } from "../session";

export const SEALED_SESSION_VERSION = 1;

export interface SealedSession {
  id: string;
  /** The quiz as its link carried it: keyless questions and the sealed key. */
  quiz: SharedQuizV5;
  /** quizFingerprint(quiz): what the result names, and what a release link finds. */
  fingerprint: string;
  /** The student's question order, as positions in quiz.questions ("shuffled" quizzes differ per student). */
  order: number[];
  /** Per question in the student's order; null = not answered. */
  responses: (Response | null)[];
  index: number;
  /** "finished": every answer saved; the student sends their result. */
  phase: "answering" | "finished";
  startedAt: string;
  finishedAt: string | null;
  /** The name the result link was made with. */
  resultName?: string;
  /** A personal link's token, which the result echoes. */
  token?: string;
}

export interface SealedStart {
  id: string;
  quiz: SharedQuizV5;
  /** Fixes this student's order when the teacher chose "shuffled". */
  studentSeed: number;
  now: string;
  token?: string;
}

export function startSealedSession({ id, quiz, studentSeed, now, token }: SealedStart): SealedSession {
  const positions = quiz.questions.map((_, i) => i);
  const order =
    quiz.settings.order === "shuffled" ? shuffle(rngFor(studentSeed, "shared-order"), positions) : positions;
  return {
    id,
    quiz,
    fingerprint: quizFingerprint(quiz),
    order,
    responses: order.map(() => null),
    index: 0,
    phase: "answering",
    startedAt: now,
    finishedAt: null,
    ...(token ? { token } : {}),
  };
}

/**
 * A keyless question as the answer controls take it. They (and `isComplete`) read only what a student sees
 * (prompt, options, items); nothing reads a key field, which a keyless question does not have.
 */
export const shownQuestion = (question: KeylessQuestion): Question => question as unknown as Question;

/** The questions in the student's order. */
export function sealedQuestions(session: SealedSession): KeylessQuestion[] {
  return session.order.map((i) => session.quiz.questions[i]!);
}

export function currentSealedQuestion(session: SealedSession): KeylessQuestion | undefined {
  const position = session.order[session.index];
  return position === undefined ? undefined : session.quiz.questions[position];
}

const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

export function setSealedResponse(session: SealedSession, response: Response): SealedSession {
  if (session.phase !== "answering") return session;
  return { ...session, responses: replaceAt(session.responses, session.index, response) };
}

/** Saves the current answer and goes on (or finishes after the last); only once the answer is complete. */
export function saveSealedAnswer(session: SealedSession, now: string): SealedSession {
  const question = currentSealedQuestion(session);
  if (session.phase !== "answering" || !question) return session;
  if (!isComplete(shownQuestion(question), session.responses[session.index] ?? null)) return session;
  if (session.index + 1 < session.order.length) return { ...session, index: session.index + 1 };
  return { ...session, phase: "finished", finishedAt: now };
}

export function nameSealedResult(session: SealedSession, name: string): SealedSession {
  return session.resultName === name ? session : { ...session, resultName: name };
}

/** The student's answers by question id, as the result carries them. */
export function sealedAnswers(session: SealedSession): Record<string, Response | null> {
  return Object.fromEntries(sealedQuestions(session).map((q, i) => [q.id, session.responses[i] ?? null]));
}

// ---- Storage ----

const sealedSessionSchema = z
  .strictObject({
    id: z.string().check(z.maxLength(200)),
    // The link's own strict schema: a question with a key field in the clear is refused.
    quiz: sharedQuizV5Schema,
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
    order: z.array(z.int().check(z.minimum(0))).check(z.maxLength(100)),
    responses: z.array(z.nullable(responseSchema)),
    index: z.int().check(z.minimum(0)),
    phase: z.enum(["answering", "finished"]),
    ...attemptFields,
  })
  .check(
    z.refine(
      (s) =>
        s.order.length === s.quiz.questions.length &&
        new Set(s.order).size === s.order.length &&
        s.order.every((i) => i < s.order.length) &&
        s.responses.length === s.order.length,
      "has an order or answers that do not line up with its questions",
    ),
    z.refine((s) => s.index < Math.max(s.order.length, 1), "points past its last question"),
    z.refine((s) => quizFingerprint(s.quiz) === s.fingerprint, "names another quiz than the one it holds"),
  );

export interface SealedSessionsData {
  /** Keyed `sealed:<fingerprint>`, or `sealed:<fingerprint>:<token>` for a personal link. */
  sessions: Record<string, SealedSession>;
}

export const sealedSessionsDataSchema = z.strictObject({
  sessions: z.record(z.string().check(z.maxLength(300)), sealedSessionSchema),
}) as unknown as z.Schema<SealedSessionsData>;

/** The newest sessions (by start) within the caps of every quiz session; the newest is always kept. */
export function pruneSealedSessions(data: SealedSessionsData): SealedSessionsData {
  const sessions = pruneNewest(data.sessions, MAX_SESSIONS, MAX_SESSION_CHARS);
  return sessions === data.sessions ? data : { ...data, sessions };
}

const pad = (n: number) => String(n).padStart(4, "0");
/** How far a session got: a later start, a later question, finished, more answers chosen, a name given. */
function progressStamp(s: SealedSession): string {
  return [
    s.startedAt,
    pad(s.index),
    s.phase === "finished" ? "1" : "0",
    pad(s.responses.filter((r) => r !== null).length),
    s.resultName ?? "",
  ].join("|");
}

/** Two tabs' sessions as one: each quiz at the furthest point either tab reached. */
export function mergeSealedSessions(stored: SealedSessionsData, mine: SealedSessionsData): SealedSessionsData {
  return pruneSealedSessions({ sessions: mergeRecords(stored.sessions, mine.sessions, {}, progressStamp) });
}

/** This browser's attempts at the quiz `fingerprint`, finished ones first, newest first. */
export function sealedAttemptsOf(data: SealedSessionsData, fingerprint: string): SealedSession[] {
  return Object.values(data.sessions)
    .filter((s) => s.fingerprint === fingerprint)
    .sort(
      (a, b) =>
        Number(b.phase === "finished") - Number(a.phase === "finished") || b.startedAt.localeCompare(a.startedAt),
    );
}
