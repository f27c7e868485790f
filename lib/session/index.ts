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
export { attemptFields, MAX_SESSION_CHARS, MAX_SESSIONS, pruneNewest } from "./prune";
