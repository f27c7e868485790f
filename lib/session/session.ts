/**
 * A quiz being taken, as plain data and pure functions: which question is
 * shown, what the student has answered, which answers were checked and how
 * they were graded. The Zustand store (components/state/quiz-session-store.ts)
 * persists it so a reload resumes where the student was.
 *
 * Grading is passed in (`grade`), so a test can grade however it likes;
 * whether an answer is complete enough to check is the question kind's
 * business (lib/quiz/kinds).
 */
import { z } from "../schema";
import { isComplete, questionSchema, responseSchema, type Question, type Response } from "../quiz";
import { mergeRecords } from "../storage";
import type { Attempt } from "../progress";
import { attemptFields, MAX_SESSION_CHARS, MAX_SESSIONS, pruneNewest } from "./prune";

export const SESSION_VERSION = 1;

export interface QuizSession {
  id: string;
  slug: string;
  seed: number;
  mode: "full" | "retry";
  /** The `?seed=` this session was started from, so a reload with the same link resumes instead of restarting. */
  requestedSeed: number | null;
  questions: Question[];
  /** What the student has chosen or typed so far, per question. */
  responses: (Response | null)[];
  /** null until the answer is checked. */
  results: (boolean | null)[];
  index: number;
  phase: "answering" | "results";
  startedAt: string;
  /** Set when the results are first shown; the attempt is recorded with this time. */
  finishedAt: string | null;
  /**
   * A shared quiz: the name the student made their result link with, so a
   * reload of the results shows the same name and link. Sessions saved
   * before this field existed have none.
   */
  resultName?: string;
  /** A shared quiz opened from a personal link: the link's token, which the result echoes. */
  token?: string;
}

export type StartOptions = Pick<QuizSession, "id" | "slug" | "seed" | "mode" | "requestedSeed" | "questions"> & {
  now: string;
  /** The personal link's token, kept with the session so a reload still sends it. */
  token?: string;
};

export function startSession(options: StartOptions): QuizSession {
  const { questions } = options;
  return {
    ...options,
    startedAt: options.now,
    responses: questions.map(() => null),
    results: questions.map(() => null),
    index: 0,
    phase: questions.length === 0 ? "results" : "answering",
    finishedAt: questions.length === 0 ? options.now : null,
  };
}

export function currentQuestion(session: QuizSession): Question | undefined {
  return session.questions[session.index];
}

export function isCurrentChecked(session: QuizSession): boolean {
  return session.results[session.index] != null;
}

/** Whether a response says enough to be checked: each kind knows (lib/quiz/kinds). */
export { isComplete };

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

/** Changing an answer is allowed only until it is checked. */
export function setResponse(session: QuizSession, response: Response): QuizSession {
  if (session.phase !== "answering" || isCurrentChecked(session)) return session;
  return { ...session, responses: replaceAt(session.responses, session.index, response) };
}

export function checkCurrent(
  session: QuizSession,
  grade: (question: Question, response: Response) => boolean,
): QuizSession {
  const question = currentQuestion(session);
  const response = session.responses[session.index] ?? null;
  if (
    session.phase !== "answering" ||
    !question ||
    isCurrentChecked(session) ||
    !isComplete(question, response) ||
    response === null
  ) {
    return session;
  }
  return { ...session, results: replaceAt(session.results, session.index, grade(question, response)) };
}

/** To the next question, or to the results after the last one; only once the current answer is checked. */
export function advance(session: QuizSession, now: string): QuizSession {
  if (session.phase !== "answering" || !isCurrentChecked(session)) return session;
  if (session.index + 1 < session.questions.length) return { ...session, index: session.index + 1 };
  return { ...session, phase: "results", finishedAt: now };
}

/** The name the result link was made with (cleaned by the caller), kept with the session. */
export function nameResult(session: QuizSession, name: string): QuizSession {
  return session.resultName === name ? session : { ...session, resultName: name };
}

export function isLastQuestion(session: QuizSession): boolean {
  return session.index === session.questions.length - 1;
}

export function scoreOf(session: QuizSession): { score: number; total: number } {
  return { score: session.results.filter((r) => r === true).length, total: session.questions.length };
}

export function missedQuestions(session: QuizSession): Question[] {
  return session.questions.filter((_, i) => session.results[i] === false);
}

/**
 * The finished session as a progress record, or null while it is not finished.
 * The attempt id is the session id, so recording twice keeps one.
 */
export function toAttempt(session: QuizSession): Attempt | null {
  const { finishedAt } = session;
  if (session.phase !== "results" || finishedAt === null) return null;
  const { score, total } = scoreOf(session);
  return {
    id: session.id,
    slug: session.slug,
    seed: session.seed,
    mode: session.mode,
    score,
    total,
    finishedAt,
    answers: session.questions.map((q, i) => ({
      questionId: q.id,
      skill: q.skill,
      correct: session.results[i] === true,
    })),
  };
}

// ---- Validation of what is found in storage ----

const sessionSchema = z
  .object({
    id: z.string().check(z.maxLength(200)),
    slug: z.string().check(z.maxLength(200)),
    seed: z.number(),
    mode: z.enum(["full", "retry"]),
    requestedSeed: z.nullable(z.number()),
    questions: z.array(questionSchema).check(z.maxLength(100)),
    responses: z.array(z.nullable(responseSchema)),
    results: z.array(z.nullable(z.boolean())),
    index: z.int().check(z.minimum(0)),
    phase: z.enum(["answering", "results"]),
    ...attemptFields,
  })
  .check(
    z.refine(
      (s) => s.responses.length === s.questions.length && s.results.length === s.questions.length,
      "has answers that do not line up with its questions",
    ),
    z.refine((s) => s.index < Math.max(s.questions.length, 1), "points past its last question"),
  );

/** Every field checked, each question by its kind's schema: a stored session is never rendered half-formed. */
export function isQuizSession(x: unknown): x is QuizSession {
  return sessionSchema.safeParse(x).success;
}

export interface SessionsData {
  /** At most one session per article, keyed by slug, plus one per shared quiz, keyed `shared:<fingerprint>`. */
  sessions: Record<string, QuizSession>;
}

export const sessionsDataSchema = z.object({
  sessions: z.record(z.string().check(z.maxLength(300)), sessionSchema),
}) as unknown as z.Schema<SessionsData>;

export function isSessionsData(x: unknown): x is SessionsData {
  return sessionsDataSchema.safeParse(x).success;
}

export { MAX_SESSIONS, MAX_SESSION_CHARS };

/** The newest sessions (by start) within MAX_SESSIONS and MAX_SESSION_CHARS; the newest is always kept. */
export function pruneSessions(data: SessionsData): SessionsData {
  const sessions = pruneNewest(data.sessions, MAX_SESSIONS, MAX_SESSION_CHARS);
  return sessions === data.sessions ? data : { ...data, sessions };
}

const pad = (n: number) => String(n).padStart(4, "0");

/** How far a session has got: a later start (a restart), then more answers checked, a later question, results shown, more answers chosen. */
function progressStamp(s: QuizSession): string {
  const count = (list: readonly unknown[]) => list.filter((x) => x !== null).length;
  return [
    s.startedAt,
    pad(count(s.results)),
    pad(s.index),
    s.phase === "results" ? "1" : "0",
    pad(count(s.responses)),
  ].join("|");
}

/** Two tabs' sessions as one: each quiz at the furthest point either tab reached. */
export function mergeSessions(stored: SessionsData, mine: SessionsData): SessionsData {
  return pruneSessions({ sessions: mergeRecords(stored.sessions, mine.sessions, {}, progressStamp) });
}
