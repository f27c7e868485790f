/**
 * What the typed-answer kinds share (fill in the blank, a teacher's short
 * answer): forgiving grading against every accepted form, and the checks
 * that no accepted form is given away by the prompt.
 */
import { z } from "../../schema";
import { isAcceptedAnswer, normalizeAnswer } from "../match";
import type { FillBlankQuestion, Response } from "../types";
import { containsWords, NO_ANSWER } from "./choice-shape";
import type { QuestionKind } from "./kind";
import { baseShape, line, QUESTION_LIMITS } from "./schema";

type TypedBehaviour = Omit<QuestionKind<FillBlankQuestion>, "level" | "inDefaultDraw" | "generate">;

export function typedShape(
  type: FillBlankQuestion["type"],
  extraProblems: (question: FillBlankQuestion) => string[] = () => [],
): TypedBehaviour {
  return {
    type,
    response: "text",
    isComplete: (_question, response) => response.kind === "text" && response.text.trim().length > 0,
    grade: (question, response) =>
      response.kind === "text" && isAcceptedAnswer(response.text, [question.answer, ...question.accepted]),
    correctResponse: (question): Response => ({ kind: "text", text: question.answer }),
    reshuffle: (question) => question,
    describeAnswer: (question) => [question.answer],
    markdown: (question) => [
      ...(question.bank ? [`Word bank: ${question.bank.join(" · ")}`, ""] : []),
      `**Answer:** ${question.answer}` +
        (question.accepted.length ? ` (also accepted: ${question.accepted.join(", ")})` : ""),
    ],
    describeResponse: (_question, response) => [
      response.kind === "text" ? response.text.trim() || NO_ANSWER : NO_ANSWER,
    ],
    problems: (question) => {
      const problems = extraProblems(question);
      if (
        question.bank &&
        !question.bank.some((word) => isAcceptedAnswer(word, [question.answer, ...question.accepted]))
      )
        problems.push("word bank does not hold the answer");
      if (normalizeAnswer(question.answer) === "") problems.push("has an empty answer");
      for (const form of [question.answer, ...question.accepted]) {
        if (containsWords(question.prompt, form)) problems.push(`prompt gives away the answer “${form}”`);
      }
      return problems;
    },
    schema: z.strictObject({
      ...baseShape,
      type: z.literal(type),
      answer: line(QUESTION_LIMITS.option),
      accepted: z.array(line(QUESTION_LIMITS.option)).check(z.maxLength(QUESTION_LIMITS.accepted)),
      bank: z.optional(z.array(line(QUESTION_LIMITS.option)).check(z.maxLength(QUESTION_LIMITS.options))),
    }) as unknown as z.Schema<FillBlankQuestion>,
  };
}
