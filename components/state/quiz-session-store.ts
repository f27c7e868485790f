"use client";
/**
 * The quiz being taken for each article, persisted under "reader:quiz-session"
 * so a reload resumes at the same question with the same answers.
 * Logic lives in lib/session; grading comes from the question engine.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { useShallow } from "zustand/react/shallow";
import { gradeResponse } from "@/lib/quiz";
import type { Response } from "@/lib/quiz/types";
import {
  SESSION_VERSION,
  advance,
  checkCurrent,
  isSessionsData,
  setResponse,
  startSession,
  type QuizSession,
  type SessionsData,
  type StartOptions,
} from "@/lib/session/session";
import type { KeyValueStorage } from "@/lib/storage";
import { browserStorage } from "./browser-storage";

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
}

export type QuizSessionStore = State & Actions;

function updateSession(state: State, key: string, update: (session: QuizSession) => QuizSession): Partial<State> {
  const session = state.sessions[key];
  if (!session) return {};
  const updated = update(session);
  return updated === session ? {} : { sessions: { ...state.sessions, [key]: updated } };
}

export function createQuizSessionStore(getBackend?: () => KeyValueStorage | null) {
  return create<QuizSessionStore>()(
    persist(
      (set) => ({
        sessions: {},
        start: (options, key = options.slug) => set((s) => ({ sessions: { ...s.sessions, [key]: startSession(options) } })),
        respond: (key, response) => set((s) => updateSession(s, key, (session) => setResponse(session, response))),
        check: (key) => set((s) => updateSession(s, key, (session) => checkCurrent(session, gradeResponse))),
        next: (key) => set((s) => updateSession(s, key, (session) => advance(session, new Date().toISOString()))),
      }),
      {
        name: SESSION_KEY,
        version: SESSION_VERSION,
        storage: browserStorage<SessionsData>(
          // There was no version 0 of sessions: an unversioned value is someone else's.
          { version: SESSION_VERSION, accepts: (state, version) => version === SESSION_VERSION && isSessionsData(state) },
          getBackend,
        ),
        partialize: (s): SessionsData => ({ sessions: s.sessions }),
        migrate: (persisted) => (isSessionsData(persisted) ? persisted : { sessions: {} }) as QuizSessionStore,
        skipHydration: true,
      },
    ),
  );
}

export const useQuizSessionStore = createQuizSessionStore();

export const useQuizSession = (key: string) => useQuizSessionStore((s) => s.sessions[key]);

export const useQuizActions = () =>
  useQuizSessionStore(useShallow((s) => ({ start: s.start, respond: s.respond, check: s.check, next: s.next })));
