"use client";
/**
 * Sealed quizzes being taken (link format 5), persisted under
 * "reader:sealed-quiz": the student's answers to a quiz whose answers stay
 * with the teacher. Apart from the quiz-session store on purpose: nothing here
 * has a key or a verdict, and the schema refuses a question that carries one.
 */
import { useShallow } from "zustand/react/shallow";
import type { Response } from "@/lib/quiz";
import {
  SEALED_SESSION_VERSION,
  mergeSealedSessions,
  nameSealedResult,
  pruneSealedSessions,
  saveSealedAnswer,
  sealedSessionsDataSchema,
  setSealedResponse,
  startSealedSession,
  type SealedSession,
  type SealedSessionsData,
  type SealedStart,
} from "@/lib/sealed-session";
import type { KeyValueStorage } from "@/lib/storage";
import { createPersistedStore } from "./persisted-store";

export const SEALED_SESSION_KEY = "reader:sealed-quiz";

interface Actions {
  start: (key: string, options: SealedStart) => void;
  respond: (key: string, response: Response) => void;
  /** Saves the current answer and goes on, or finishes after the last. */
  save: (key: string) => void;
  nameResult: (key: string, name: string) => void;
}

function update(state: SealedSessionsData, key: string, change: (s: SealedSession) => SealedSession) {
  const session = state.sessions[key];
  if (!session) return {};
  const changed = change(session);
  return changed === session ? {} : { sessions: { ...state.sessions, [key]: changed } };
}

export function createSealedSessionStore(getBackend?: () => KeyValueStorage | null) {
  return createPersistedStore<SealedSessionsData, Actions>(
    {
      key: SEALED_SESSION_KEY,
      version: SEALED_SESSION_VERSION,
      schema: sealedSessionsDataSchema,
      initial: () => ({ sessions: {} }),
      merge: mergeSealedSessions,
      // As with the quiz-session store: a quiz in progress is not changed under the student by another tab.
      followOtherTabs: false,
      actions: (set) => ({
        start: (key, options) =>
          set((s) => pruneSealedSessions({ sessions: { ...s.sessions, [key]: startSealedSession(options) } })),
        respond: (key, response) => set((s) => update(s, key, (session) => setSealedResponse(session, response))),
        save: (key) => set((s) => update(s, key, (session) => saveSealedAnswer(session, new Date().toISOString()))),
        nameResult: (key, name) => set((s) => update(s, key, (session) => nameSealedResult(session, name))),
      }),
    },
    getBackend,
  );
}

export const useSealedSessionStore = createSealedSessionStore();

export const useSealedSession = (key: string) => useSealedSessionStore((s) => s.sessions[key]);

export const useSealedActions = () =>
  useSealedSessionStore(
    useShallow((s) => ({ start: s.start, respond: s.respond, save: s.save, nameResult: s.nameResult })),
  );
