/**
 * Share links: a quiz travels to students in a link, and each student's
 * answers travel back to the teacher in a result code. No server: both are
 * compressed JSON in the URL fragment, versioned so old links keep working
 * (docs/share-format.md). Pure TypeScript, no React/Next/storage.
 */
export {
  QUIZ_FORMAT_VERSION,
  MAX_QUIZ_CODE_CHARS,
  MAX_TEXT_QUIZ_CODE_CHARS,
  MAX_LINK_CHARS,
  encodeQuizCode,
  decodeQuizCode,
  quizLink,
  codeFromLink,
  splitPastedLinks,
  quizFingerprint,
  type QuizSettings,
  type QuestionEdit,
  type SharedQuiz,
  type SharedTextQuiz,
  type SharedQuizV4,
  type SharedQuizV5,
  type AnySharedQuiz,
  type Decoded,
  type DecodeFailure,
} from "./quiz-link";
export {
  RESULT_FORMAT_VERSION,
  MAX_RESULT_CODE_CHARS,
  encodeResultCode,
  decodeResultCode,
  resultLink,
  resultId,
  tokenOf,
  type StudentResult,
  type StudentResultV1,
  type StudentResultV2,
} from "./result-code";
export { newToken, isToken, personalLink, tokenFromLink, TOKEN_PATTERN, type LinkToken } from "./personal-link";
export {
  materializeQuiz,
  materializeTextQuiz,
  materializeV3,
  openSharedQuiz,
  applyEdit,
  type Materialized,
  type Opened,
} from "./materialize";
export { articleOfTextQuiz, textArticleSlug, TEXT_LIMITS } from "./text-quiz";
export { sharedQuizOf, bodyHash, type SharedQuizV3 } from "./quiz-v3";
export { quizFile, readQuizFile, quizFileName, fileNameFor, QUIZ_FILE_MAX_BYTES, type QuizFile } from "./quiz-file";
export { LIMITS, CUSTOM_ID, customQuestionSchema, questionEditSchema, type CustomQuestion } from "./schema";
export { quizSettingsSchema } from "./quiz-v3";
export { upgradeQuestion } from "./legacy";
export { loadFormat1Engine, format1EngineLoaded, PART_UNAVAILABLE } from "./format1";
export { sharedQuizV3Schema, sharedQuizV4Schema } from "./quiz-v3";
export { sharedQuizSchema, studentResultSchema, studentResultV2Schema } from "./schema";
export { sharedTextQuizSchema } from "./text-quiz";
export {
  splitKey,
  joinKey,
  newSecret,
  sealKey,
  openKey,
  type AnswerKey,
  type KeylessQuestion,
  type SealedKey,
} from "./answer-key";
export { sealedQuizOf, openSealedQuiz, keyContext, sharedQuizV5Schema, releaseLink, readRelease } from "./quiz-v5";
