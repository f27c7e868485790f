/** Type the number: "How many young Americans ...?" → 50000, however it is written ("fifty thousand"). */
import { z } from "../../schema";
import { questionId } from "../choice";
import { formatDigits, numberToWords, parseNumber } from "../../text";
import { normalizeAnswer } from "../match";
import type { NumericQuestion, Response } from "../types";
import { NO_ANSWER } from "./choice-shape";
import type { QuestionKind } from "./kind";
import { howManyPrompt, numberExplanation } from "./multiple-choice";
import { baseShape, line, QUESTION_LIMITS } from "./schema";

const show = (question: NumericQuestion, value: number) =>
  question.unit ? `${value.toLocaleString("en-US")} ${question.unit}` : value.toLocaleString("en-US");

export const numeric: QuestionKind<NumericQuestion> = {
  type: "numeric",
  response: "number",
  level: "literal",
  inDefaultDraw: true,
  generate: (ctx) =>
    ctx.article.facts.numbers.map((number) => ({
      id: questionId("numeric", "value", [number.id]),
      type: "numeric",
      skill: "numbers",
      level: "literal",
      facts: [number.id],
      prompt: howManyPrompt(number.question, number.counts),
      answer: number.value,
      unit: number.counts,
      explanation: numberExplanation(number),
      evidence: [ctx.sentence(number.evidence)],
    })),
  isComplete: (_question, response) => response.kind === "number" && Number.isFinite(response.value),
  grade(question, response) {
    // A number typed into a text box ("fifty thousand") counts too.
    const value =
      response.kind === "number" ? response.value : response.kind === "text" ? parseNumber(response.text) : undefined;
    return value !== undefined && Math.abs(value - question.answer) < 1e-9;
  },
  correctResponse: (question): Response => ({ kind: "number", value: question.answer }),
  reshuffle: (question) => question,
  describeAnswer: (question) => [show(question, question.answer)],
  markdown: (question) => [`**Answer:** ${question.answer}${question.unit ? ` ${question.unit}` : ""}`],
  describeResponse: (_question, response) => [
    response.kind === "number" && Number.isFinite(response.value) ? response.value.toLocaleString("en-US") : NO_ANSWER,
  ],
  problems(question) {
    const problems: string[] = [];
    if (!Number.isFinite(question.answer)) return ["answer is not a number"];
    const prompt = ` ${normalizeAnswer(question.prompt)} `;
    for (const form of new Set([
      String(question.answer),
      formatDigits(question.answer),
      numberToWords(question.answer),
    ])) {
      if (prompt.includes(` ${normalizeAnswer(form)} `)) problems.push(`prompt gives away the answer “${form}”`);
    }
    return problems;
  },
  schema: z.strictObject({
    ...baseShape,
    type: z.literal("numeric"),
    answer: z.number().check(z.minimum(-1e15), z.maximum(1e15)),
    unit: z.optional(line(QUESTION_LIMITS.option)),
  }) as unknown as z.Schema<NumericQuestion>,
};
