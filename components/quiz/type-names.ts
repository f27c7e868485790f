import type { Level, Question, QuestionType } from "@/lib/quiz";
import { SKILL_LABELS } from "@/lib/progress";

/** Question types as students and teachers read them: on each question, in the builder, the answer key and the gradebook. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "quote-attribution": "Who said it",
  "true-false": "True or false",
  "fill-blank": "Fill in the blank",
  numeric: "Number",
  matching: "Matching",
  ordering: "Put in order",
  "main-idea": "Main idea",
  "in-article": "Was it in the article?",
  "cause-effect": "Why?",
  "speaker-position": "Who thinks what",
  vocabulary: "Word meaning",
  "short-answer": "Short answer",
};

/** What a question tests, in a teacher's words. */
export const LEVEL_NAMES: Record<Level, string> = {
  scan: "Finding words",
  literal: "Stated fact",
  inference: "Understanding",
  gist: "Main idea",
  vocabulary: "Vocabulary",
};

/** "Understanding · cause and effect", "Stated fact · quotations". */
export function testsLabel(question: Pick<Question, "level" | "skill">): string {
  const level = LEVEL_NAMES[question.level];
  const skill = SKILL_LABELS[question.skill];
  return level.toLowerCase() === skill.toLowerCase() ? level : `${level} · ${skill.toLowerCase()}`;
}
