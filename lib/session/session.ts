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
import { isComplete } from "../quiz/grade";
import type { Question, Response } from "../quiz/types";
import type { Attempt } from "../progress/progress";

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
}

export interface StartOptions {
  id: string;
  slug: string;
  seed: number;
  mode: "full" | "retry";
  requestedSeed: number | null;
  questions: Question[];
  now: string;
}

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

export function checkCurrent(session: QuizSession, grade: (question: Question, response: Response) => boolean): QuizSession {
  const question = currentQuestion(session);
  const response = session.responses[session.index] ?? null;
  if (session.phase !== "answering" || !question || isCurrentChecked(session) || !isComplete(question, response) || response === null) {
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
    answers: session.questions.map((q, i) => ({ questionId: q.id, skill: q.skill, correct: session.results[i] === true })),
  };
}

// ---- Validation of what is found in storage ----

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Shallow but enough to never render a session whose arrays do not line up. */
export function isQuizSession(x: unknown): x is QuizSession {
  if (!isRecord(x)) return false;
  const { questions, responses, results, index } = x;
  return (
    typeof x.id === "string" &&
    typeof x.slug === "string" &&
    typeof x.seed === "number" &&
    (x.mode === "full" || x.mode === "retry") &&
    (x.requestedSeed === null || typeof x.requestedSeed === "number") &&
    Array.isArray(questions) &&
    questions.every((q) => isRecord(q) && typeof q.id === "string" && typeof q.type === "string" && typeof q.prompt === "string") &&
    Array.isArray(responses) &&
    responses.length === questions.length &&
    Array.isArray(results) &&
    results.length === questions.length &&
    results.every((r) => r === null || typeof r === "boolean") &&
    typeof index === "number" &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < Math.max(questions.length, 1) &&
    (x.phase === "answering" || x.phase === "results") &&
    typeof x.startedAt === "string" &&
    (x.finishedAt === null || typeof x.finishedAt === "string")
  );
}

export interface SessionsData {
  /** At most one session per article, keyed by slug, plus one per shared quiz, keyed `shared:<fingerprint>`. */
  sessions: Record<string, QuizSession>;
}

export function isSessionsData(x: unknown): x is SessionsData {
  return isRecord(x) && isRecord(x.sessions) && Object.values(x.sessions).every(isQuizSession);
}
