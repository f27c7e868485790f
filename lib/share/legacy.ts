/**
 * Questions as formats 1 and 2 carried them, before questions had a level
 * (what they test) and named their facts. Opening such a link gives each
 * question the level its kind tests, so the player, the gradebook and the
 * progress page treat old and new quizzes alike.
 */
import { kindOf } from "../quiz";
import type { Question } from "../quiz";

type Legacy<Q> = Q extends Question ? Omit<Q, "level" | "facts" | "score"> : never;
/** A question of format 1 or 2. */
export type LegacyQuestion = Legacy<Question>;

/** The old engine's compound-term cloze ("Which word completes this sentence…") was answered by scanning. */
const SCANNING_VARIANT = /^multiple-choice:term:/;

export function upgradeQuestion(question: LegacyQuestion, facts?: string[]): Question {
  const level = SCANNING_VARIANT.test(question.id) ? "scan" : kindOf(question.type).level;
  return { ...question, level, ...(facts ? { facts } : {}) } as Question;
}
