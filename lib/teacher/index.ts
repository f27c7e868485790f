/** The quiz builder's draft: what a teacher has picked, edited and written, and the article's sentences. */
export {
  DRAFT_VERSION,
  LIMITS,
  addCustom,
  availableCount,
  choiceProblems,
  customProblems,
  customQuestion,
  draftQuestions,
  draftToShared,
  draftsDataSchema,
  drawnQuestions,
  editQuestion,
  editedQuestion,
  isCustomId,
  mergeDrafts,
  migrateDrafts,
  newDraft,
  removeQuestion,
  resetEdit,
  restoreRemoved,
  teacherWording,
  tidy,
  updateSettings,
  withSeed,
  CUSTOM_KINDS,
} from "./draft";
export type { CustomFields, CustomKind, DraftsData, QuestionChanges, QuizDraft } from "./draft";
export { articleSentences, quoted, sentenceText } from "./sentences";
export type { Sentence } from "./sentences";
