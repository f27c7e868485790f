/**
 * Answers and responses as text lines, for feedback and the results review
 * ("Your answer: …", "Right answer: …"): one line for most questions, one
 * per pair or position for matching and ordering.
 */
import type { Question, Response } from "../quiz/types";

const NO_ANSWER = "No answer";

export function describeAnswer(question: Question): string[] {
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      return [question.answer];
    case "numeric":
      return [question.unit ? `${question.answer.toLocaleString("en-US")} ${question.unit}` : question.answer.toLocaleString("en-US")];
    case "matching":
      return question.left.map((left, i) => `${left} → ${question.right[question.answer[i] ?? -1] ?? "?"}`);
    case "ordering":
      return question.answer.map((i) => question.items[i] ?? "?");
    default:
      return [question.options[question.answer] ?? ""];
  }
}

export function describeResponse(question: Question, response: Response | null): string[] {
  if (response === null) return [NO_ANSWER];
  switch (response.kind) {
    case "choice":
      return ["options" in question ? (question.options[response.index] ?? NO_ANSWER) : NO_ANSWER];
    case "text":
      return [response.text.trim() || NO_ANSWER];
    case "number":
      return [Number.isFinite(response.value) ? response.value.toLocaleString("en-US") : NO_ANSWER];
    case "matching":
      if (question.type !== "matching") return [NO_ANSWER];
      return question.left.map((left, i) => `${left} → ${question.right[response.pairs[i] ?? -1] ?? "no match chosen"}`);
    case "ordering":
      if (question.type !== "ordering") return [NO_ANSWER];
      return response.order.map((i) => question.items[i] ?? "?");
  }
}
