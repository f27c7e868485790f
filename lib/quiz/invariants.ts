/**
 * Checks every question must pass whatever made it: the engine, a teacher's
 * edit, or a link. The pool drops a question that fails, and a link whose
 * questions fail is refused, so a slip can never reach a student.
 *
 * What needs the article's facts (a distractor must not be true, must not
 * be another name of the answer) is guaranteed where distractors are
 * picked, in choice.ts, because only the generator knows what is asked.
 * Whether a sound question is a *good* one is the critic's business.
 */
import { kindOf } from "./kinds";
import type { Question } from "./types";

/** Problems with one question, as sentences; empty when it is sound. */
export function questionProblems(question: Question, bodyLength: number): string[] {
  const problems: string[] = [];
  if (!question.id) problems.push("has no id");
  if (!question.prompt.trim()) problems.push("has an empty prompt");
  if (!question.explanation.trim() || question.explanation.includes("\n")) problems.push("explanation is not one line");
  if (question.evidence.length === 0) problems.push("has no evidence");
  for (const span of question.evidence) {
    if (!(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start < span.end &&
      span.end <= bodyLength
    )) {
      problems.push(`evidence [${span.start}, ${span.end}) is not inside the article`);
    }
  }
  problems.push(...kindOf(question).problems(question));
  return problems;
}
