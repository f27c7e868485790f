/**
 * The seed article and its quizzes, computed in Node with the very engine the
 * pages use. A spec that opens `?seed=N` knows every right answer, and each
 * prompt it finds on screen proves the browser drew the same quiz.
 */
import path from "node:path";
import { readArticleDir } from "../../lib/content/read";
import { generateQuiz, gradeResponse } from "../../lib/quiz";
import type { Question, Response } from "../../lib/quiz/types";

export const ARTICLE_SLUG = "us-china-climate-ai";
export const QUESTION_COUNT = 10;

export const article = readArticleDir(path.join(__dirname, "../../content/articles", ARTICLE_SLUG));

export function quizFor(seed: number): Question[] {
  return generateQuiz(article, { seed, count: QUESTION_COUNT }).questions;
}

export function quizUrl(seed: number): string {
  return `/articles/${ARTICLE_SLUG}/quiz/?seed=${seed}`;
}

/** The article text a question's evidence points at, one string per span. */
export function evidenceOf(question: Question): string[] {
  return question.evidence.map((span) => article.body.slice(span.start, span.end));
}

/** What the given answer is as text, for a typed question; used by both the mouse and keyboard page objects. */
export function typedAnswer(question: Question, correctly: boolean): string {
  if (question.type === "fill-blank" || question.type === "short-answer")
    return correctly ? question.answer : "definitely not in the article";
  if (question.type === "numeric") return String(correctly ? question.answer : question.answer + 7);
  throw new Error(`${question.type} is not a typed question`);
}

/** Index of the option to pick for a choice question. */
export function choiceIndex(question: Question, correctly: boolean): number {
  if (!("options" in question)) throw new Error(`${question.type} has no options`);
  return correctly ? question.answer : (question.answer + 1) % question.options.length;
}

/** For matching: the right-hand text to pick for each left item, by text so reshuffled questions work too. */
export function matchingChoices(question: Question, correctly: boolean): Map<string, string> {
  if (question.type !== "matching") throw new Error(`${question.type} is not matching`);
  const n = question.left.length;
  return new Map(
    question.left.map((left, i) => [left, question.right[question.answer[correctly ? i : (i + 1) % n]!]!]),
  );
}

/** For ordering: the items in the order to leave them, by text. A wrong order is the right one rotated. */
export function orderingTarget(question: Question, correctly: boolean): string[] {
  if (question.type !== "ordering") throw new Error(`${question.type} is not ordering`);
  const right = question.answer.map((i) => question.items[i]!);
  return correctly ? right : [...right.slice(1), right[0]!];
}

/**
 * The response the page objects will produce, graded by the engine: guards
 * the tests themselves, so a "wrong" answer can never be accepted by accident.
 */
export function assertIntendedGrade(question: Question, correctly: boolean): void {
  let response: Response;
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      response = { kind: "text", text: typedAnswer(question, correctly) };
      break;
    case "numeric":
      response = { kind: "number", value: Number(typedAnswer(question, correctly)) };
      break;
    case "matching": {
      const choices = matchingChoices(question, correctly);
      response = { kind: "matching", pairs: question.left.map((left) => question.right.indexOf(choices.get(left)!)) };
      break;
    }
    case "ordering":
      response = {
        kind: "ordering",
        order: orderingTarget(question, correctly).map((item) => question.items.indexOf(item)),
      };
      break;
    default:
      response = { kind: "choice", index: choiceIndex(question, correctly) };
  }
  if (gradeResponse(question, response) !== correctly) {
    throw new Error(
      `test bug: the ${correctly ? "right" : "wrong"} answer to "${question.prompt}" grades as ${!correctly}`,
    );
  }
}

/**
 * The texts the article panel should mark for a question: its evidence spans,
 * overlapping or touching ones joined, cut at paragraph breaks (a <mark>
 * never crosses paragraphs).
 */
export function expectedHighlights(question: Question): string[] {
  const spans = question.evidence.map((s) => ({ ...s })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged.flatMap((s) => article.body.slice(s.start, s.end).split("\n\n")).filter((piece) => piece.length > 0);
}
