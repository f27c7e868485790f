/** A student's progress: attempts, best scores and skills, as this browser keeps them. */
export {
  PROGRESS_VERSION,
  SKILL_LABELS,
  bestScore,
  emptyProgress,
  mergeProgress,
  migrateOldProgress,
  progressDataSchema,
  recordAttempt,
  resetProgress,
  skillAccuracy,
} from "./progress";
export type { Attempt, ProgressData, SkillAccuracy } from "./progress";
