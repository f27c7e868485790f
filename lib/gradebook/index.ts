/**
 * The teacher's gradebook: pure data, reducers, scoring and CSV export.
 * No React, Next or storage: components/state persists GradebookData and
 * calls these.
 *
 * @example
 * let data = saveQuiz(emptyGradebook(), savedQuiz(shared, code, new Date().toISOString()));
 * const decoded = await decodeResultCode(pasted);
 * if (decoded.ok) ({ data } = importResult(data, decoded.value, resultId(decoded.value), new Date().toISOString()));
 * const quiz = materializeQuiz(shared, article);          // the questions, regenerated
 * if (quiz.ok) itemAnalysis(resultsForQuiz(data, quiz.fingerprint), quiz.quiz);
 */
export {
  emptyGradebook,
  saveQuiz,
  savedQuiz,
  importResult,
  removeResult,
  clearQuiz,
  removeQuiz,
  setClassList,
  classListOf,
  resultsForQuiz,
  mergeGradebooks,
  migrateGradebook,
  gradebookDataSchema,
  GRADEBOOK_VERSION,
  type SavedQuiz,
  type GradedResult,
  type GradebookData,
  type ImportOutcome,
} from "./gradebook";
export { gradebookFile, gradebookFileName, readGradebookFile, importGradebook, type ImportSummary } from "./backup";
export {
  rescore,
  itemAnalysis,
  answerBreakdown,
  TOP_WRONG_TYPED,
  type Score,
  type ItemStats,
  type AnswerCount,
} from "./scoring";
export { gradebookCsv, toCsv, csvCell, neutraliseFormulas, CSV_BOM } from "./csv";
export {
  flagResults,
  nameKey,
  MIN_MS_PER_QUESTION,
  CLOCK_SKEW_MS,
  type Flag,
  type FlagKind,
  type FlagContext,
} from "./flags";
export { addLinks } from "./add-links";
export {
  parseClassList,
  classListEntries,
  cleanName,
  fileResult,
  notSubmitted,
  classListTsv,
  classListCsv,
  MAX_CLASS_LIST,
  type ClassList,
  type ClassListEntry,
  type ParsedClassList,
  type Filing,
} from "./class-list";
export type { AddOutcome, GradebookPort } from "./add-links";
export { openSavedQuiz, NO_SECRET } from "./sealed";
