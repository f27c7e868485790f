import type { QuestionType } from "@/lib/quiz/types";

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
  "short-answer": "Short answer",
};
