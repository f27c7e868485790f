/**
 * Answers and responses as one line of text, for feedback and the results
 * review ("Your answer: …", "Right answer: …").
 */
import type { Question, Response } from "../quiz/types";

export function describeAnswer(question: Question): string {
  switch (question.type) {
    case "fill-blank":
      return question.answer;
    case "numeric":
      return question.unit ? `${question.answer.toLocaleString("en-US")} ${question.unit}` : question.answer.toLocaleString("en-US");
    case "matching":
      return question.left.map((left, i) => `${left} → ${question.right[question.answer[i] ?? -1] ?? "?"}`).join("; ");
    case "ordering":
      return question.answer.map((i, position) => `${position + 1}. ${question.items[i] ?? "?"}`).join(" ");
    default:
      return question.options[question.answer] ?? "";
  }
}

export function describeResponse(question: Question, response: Response | null): string {
  if (response === null) return "No answer";
  switch (response.kind) {
    case "choice":
      return "options" in question ? (question.options[response.index] ?? "No answer") : "No answer";
    case "text":
      return response.text.trim() || "No answer";
    case "number":
      return Number.isFinite(response.value) ? response.value.toLocaleString("en-US") : "No answer";
    case "matching":
      if (question.type !== "matching") return "No answer";
      return question.left.map((left, i) => `${left} → ${question.right[response.pairs[i] ?? -1] ?? "?"}`).join("; ");
    case "ordering":
      if (question.type !== "ordering") return "No answer";
      return response.order.map((i, position) => `${position + 1}. ${question.items[i] ?? "?"}`).join(" ");
  }
}
