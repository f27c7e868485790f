/** A sealed quiz in progress: the student's answers to questions whose key stays with the teacher. */
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
