"use client";
/**
 * The quiz being taken for each article, persisted under "reader:quiz-session"
 * so a reload resumes at the same question with the same answers. Two tabs
 * keep each quiz at the furthest point either reached; old sessions are
 * pruned (lib/session). Grading comes from the question engine.
 */
import { useShallow } from "zustand/react/shallow";
import { gradeResponse, type Response } from "@/lib/quiz";
import {
  SESSION_VERSION,
  advance,
  checkCurrent,
  mergeSessions,
  nameResult,
  pruneSessions,
  sessionsDataSchema,
  setResponse,
  startSession,
  type QuizSession,
  type SessionsData,
  type StartOptions,
} from "@/lib/session";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const SESSION_KEY = "reader:quiz-session";

type State = SessionsData;

/**
 * Sessions are keyed by article slug, or by `shared:<fingerprint>` for a quiz
 * opened from a teacher's link, so taking a shared quiz never disturbs the
 * student's own quiz on the same article.
 */
interface Actions {
  /** `key` defaults to the article slug. */
  start: (options: StartOptions, key?: string) => void;
  respond: (key: string, response: Response) => void;
  check: (key: string) => void;
  next: (key: string) => void;
  /** A shared quiz's result link was made with this name. */
  nameResult: (key: string, name: string) => void;
}

export type QuizSessionStore = State & Actions;

function updateSession(state: State, key: string, update: (session: QuizSession) => QuizSession): Partial<State> {
  const session = state.sessions[key];
  if (!session) return {};
  const updated = update(session);
  return updated === session ? {} : { sessions: { ...state.sessions, [key]: updated } };
}

export function createQuizSessionStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<SessionsData, Actions>(
    {
      key: SESSION_KEY,
      version: SESSION_VERSION,
      schema: sessionsDataSchema,
      initial: () => ({ sessions: {} }),
      merge: mergeSessions,
      // Two tabs on one article's quiz (two seeds) share its key: each keeps its own quiz on screen, and what
      // either writes keeps the other quizzes' sessions.
      followOtherTabs: false,
      actions: (set) => ({
        start: (options, key = options.slug) =>
          set((s) => pruneSessions({ sessions: { ...s.sessions, [key]: startSession(options) } })),
        respond: (key, response) => set((s) => updateSession(s, key, (session) => setResponse(session, response))),
        check: (key) => set((s) => updateSession(s, key, (session) => checkCurrent(session, gradeResponse))),
        next: (key) => set((s) => updateSession(s, key, (session) => advance(session, new Date().toISOString()))),
        nameResult: (key, name) => set((s) => updateSession(s, key, (session) => nameResult(session, name))),
      }),
    },
    getBackend,
  );
}

export const useQuizSessionStore = createQuizSessionStore();

export const useQuizSession = (key: string) => useQuizSessionStore((s) => s.sessions[key]);

export const useQuizActions = () =>
  useQuizSessionStore(useShallow((s) => ({ start: s.start, respond: s.respond, check: s.check, next: s.next })));
