import type { QuestionType } from "@/lib/quiz/types";

/** Question types as a teacher reads them in the builder, the answer key and the gradebook. */
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
  "short-answer": "Short answer",
};

export const OPTION_LETTERS = "ABCDEFGH";

export function letter(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1);
}

/** "3 min 05 s" for a duration in milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  if (minutes < 60) return `${minutes} min ${String(rest).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
