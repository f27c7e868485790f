/**
 * Scores recomputed from answers. A result code carries only what the
 * student answered; whether each answer is right is decided here against
 * the quiz regenerated from its link (materializeQuiz), with the engine's
 * own gradeResponse, so an edited code can change answers but never claim
 * a score the answers don't earn.
 */
import { gradeResponse } from "../quiz/grade";
import type { Question, Quiz } from "../quiz/types";
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
    const answered = results.filter((r) => Object.hasOwn(r.answers, question.id) && r.answers[question.id] != null).length;
    return { question, correctShare: results.length === 0 ? 0 : right / results.length, answered };
  });
  // Array.prototype.sort is stable, which keeps ties in quiz order.
  return stats.sort((a, b) => a.correctShare - b.correctShare);
}
