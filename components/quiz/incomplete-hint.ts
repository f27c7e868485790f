import type { QuestionType } from "@/lib/quiz";

/** What to do before an answer can be checked (or saved), by the kind of question. */
export function incompleteHint(type: QuestionType | undefined): string {
  return type === undefined
    ? "There is no question to check."
    : type === "numeric"
      ? "Type a number, in digits, before checking."
      : type === "fill-blank" || type === "short-answer"
        ? "Type an answer before checking."
        : type === "matching"
          ? "Choose a match for every item before checking."
          : "Choose an answer before checking.";
}
