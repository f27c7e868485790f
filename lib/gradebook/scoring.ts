/**
 * Scores recomputed from answers. A result code carries only what the
 * student answered; whether each answer is right is decided here against
 * the quiz regenerated from its link (materializeQuiz), with the engine's
 * own gradeResponse, so an edited code can change answers but never claim
 * a score the answers don't earn.
 */
import { describeResponse, gradeResponse } from "../quiz";
import type { Question, Quiz } from "../quiz";
import type { GradedResult } from "./gradebook";

export interface Score {
  correct: number;
  /** Questions in the quiz: a skipped or missing answer counts as wrong. */
  total: number;
  /** By question id: answered right? */
  perQuestion: Record<string, boolean>;
}

/** Answers for questions not in the quiz are ignored. */
export function rescore(result: GradedResult, quiz: Quiz): Score {
  const perQuestion: Record<string, boolean> = {};
  let correct = 0;
  for (const question of quiz.questions) {
    // Own property only: an answers record is data from a link, not an object with a prototype to consult.
    const response = Object.hasOwn(result.answers, question.id) ? result.answers[question.id] : null;
    const right = response != null && gradeResponse(question, response);
    perQuestion[question.id] = right;
    if (right) correct++;
  }
  return { correct, total: quiz.questions.length, perQuestion };
}

export interface ItemStats {
  question: Question;
  /** Share of all results (0..1) that got it right; 0 when there are no results. */
  correctShare: number;
  /** Results that gave any answer to it (not skipped). */
  answered: number;
}

/**
 * How the class did on each question, most missed first (lowest share
 * right); questions with the same share keep their quiz order, so the
 * table is stable as results come in.
 */
export function itemAnalysis(results: readonly GradedResult[], quiz: Quiz): ItemStats[] {
  const scores = results.map((r) => rescore(r, quiz));
  const stats = quiz.questions.map((question) => {
    const right = scores.filter((s) => s.perQuestion[question.id]).length;
    const answered = results.filter(
      (r) => Object.hasOwn(r.answers, question.id) && r.answers[question.id] != null,
    ).length;
    return { question, correctShare: results.length === 0 ? 0 : right / results.length, answered };
  });
  // Array.prototype.sort is stable, which keeps ties in quiz order.
  return stats.sort((a, b) => a.correctShare - b.correctShare);
}

export interface AnswerCount {
  /** The option as the students saw it, or a typed answer as typed (trimmed). */
  answer: string;
  students: number;
  right: boolean;
}

/** Typed answers shown per question: the most common wrong ones. */
export const TOP_WRONG_TYPED = 3;

/**
 * What the class answered on one question: for a question with options,
 * how many chose each option (in the quiz's order); for a typed answer, the
 * most common wrong answers, most frequent first. Other kinds (matching,
 * ordering) have no single answer to count: empty.
 */
export function answerBreakdown(results: readonly GradedResult[], question: Question): AnswerCount[] {
  const responses = results.flatMap((r) =>
    Object.hasOwn(r.answers, question.id) && r.answers[question.id] != null ? [r.answers[question.id]!] : [],
  );
  if ("options" in question) {
    const counts = question.options.map(() => 0);
    for (const response of responses)
      if (response.kind === "choice" && response.index >= 0 && response.index < counts.length)
        counts[response.index]!++;
    return question.options.map((answer, i) => ({ answer, students: counts[i]!, right: i === question.answer }));
  }
  if (question.type !== "fill-blank" && question.type !== "short-answer" && question.type !== "numeric") return [];
  const wrong = new Map<string, { answer: string; students: number }>();
  for (const response of responses) {
    if (gradeResponse(question, response)) continue;
    const answer = (response.kind === "text" ? response.text : describeResponse(question, response).join(" "))
      .replace(/\s+/g, " ")
      .trim();
    if (answer === "") continue;
    const key = answer.toLowerCase();
    const entry = wrong.get(key) ?? { answer, students: 0 };
    entry.students++;
    wrong.set(key, entry);
  }
  return [...wrong.values()]
    .sort((a, b) => b.students - a.students || a.answer.localeCompare(b.answer))
    .slice(0, TOP_WRONG_TYPED)
    .map((w) => ({ ...w, right: false }));
}
