/** A quiz in progress: the pure state of one attempt (start, answer, finish, merge across tabs). */
export {
  SESSION_VERSION,
  advance,
  checkCurrent,
  currentQuestion,
  isComplete,
  isLastQuestion,
  mergeSessions,
  missedQuestions,
  nameResult,
  pruneSessions,
  scoreOf,
  sessionsDataSchema,
  setResponse,
  startSession,
  toAttempt,
} from "./session";
export type { QuizSession, SessionsData, StartOptions } from "./session";
export {
  SEALED_SESSION_VERSION,
  currentSealedQuestion,
  mergeSealedSessions,
  nameSealedResult,
  pruneSealedSessions,
  saveSealedAnswer,
  sealedAnswers,
  sealedAttemptsOf,
  sealedQuestions,
  sealedSessionsDataSchema,
  setSealedResponse,
  shownQuestion,
  startSealedSession,
} from "./sealed";
export type { SealedSession, SealedSessionsData, SealedStart } from "./sealed";
