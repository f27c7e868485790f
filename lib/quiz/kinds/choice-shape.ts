/**
 * What every pick-one kind shares: grading by index, reshuffling options,
 * the checks on options, and the link schema. A choice kind spreads
 * `choiceShape(type)` and adds its level and generator.
 */
import { z } from "../../schema";
import { MIN_CHOICE_OPTIONS } from "../choice";
import { normalizeAnswer } from "../match";
import { rngFor, shuffle } from "../random";
import type { ChoiceQuestion, ChoiceType, Response } from "../types";
import type { QuestionKind } from "./kind";
import { baseShape, line, listIndex, QUESTION_LIMITS } from "./schema";

type ChoiceBehaviour = Omit<QuestionKind<ChoiceQuestion>, "level" | "inDefaultDraw" | "generate">;

export const NO_ANSWER = "No answer";
export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A shuffled order of 0..n-1 that differs from the current one whenever n > 1. */
export function newOrder(seed: number, purpose: string, n: number): number[] {
  const order = shuffle(rngFor(seed, purpose), [...Array(n).keys()]);
  return n > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]!] : order;
}

export const allDistinct = (texts: readonly string[]) =>
  new Set(texts.map(normalizeAnswer)).size === texts.length && texts.every((t) => normalizeAnswer(t) !== "");

/** Does `text` contain `phrase` as whole words, once both are normalized? */
export function containsWords(text: string, phrase: string): boolean {
  const needle = normalizeAnswer(phrase);
  return needle !== "" && ` ${normalizeAnswer(text)} `.includes(` ${needle} `);
}

export function choiceShape(
  type: ChoiceType,
  options: { keepOrder?: boolean; minOptions?: number } = {},
): ChoiceBehaviour {
  const minOptions = options.minOptions ?? MIN_CHOICE_OPTIONS;
  return {
    type,
    response: "choice",
    isComplete: (question, response) =>
      response.kind === "choice" && response.index >= 0 && response.index < question.options.length,
    grade: (question, response) => response.kind === "choice" && response.index === question.answer,
    correctResponse: (question): Response => ({ kind: "choice", index: question.answer }),
    // True/False keeps its order, which students expect.
    reshuffle: (question, seed) => {
      if (options.keepOrder) return question;
      const order = newOrder(seed, `reshuffle:${question.id}`, question.options.length);
      return { ...question, options: order.map((i) => question.options[i]!), answer: order.indexOf(question.answer) };
    },
    describeAnswer: (question) => [question.options[question.answer] ?? ""],
    markdown: (question) => [
      ...question.options.map((option, i) => `${LETTERS[i]}. ${option}`),
      "",
      `**Answer:** ${LETTERS[question.answer]}. ${question.options[question.answer]}`,
    ],
    describeResponse: (question, response) => [
      response.kind === "choice" ? (question.options[response.index] ?? NO_ANSWER) : NO_ANSWER,
    ],
    problems: (question) => {
      const problems: string[] = [];
      if (question.options.length < minOptions)
        problems.push(`has ${question.options.length} options, fewer than ${minOptions}`);
      if (!allDistinct(question.options)) problems.push("has duplicate options");
      const answer = question.options[question.answer];
      if (!Number.isInteger(question.answer) || answer === undefined) problems.push("answer index is out of range");
      // "True"/"False" is a verdict on the prompt, not a fact that could leak into it.
      else if (!options.keepOrder && containsWords(question.prompt, answer))
        problems.push(`prompt gives away the answer “${answer}”`);
      return problems;
    },
    schema: z.strictObject({
      ...baseShape,
      type: z.literal(type),
      options: z.array(line(QUESTION_LIMITS.option)).check(z.minLength(2), z.maxLength(QUESTION_LIMITS.options)),
      answer: listIndex,
    }) as unknown as z.Schema<ChoiceQuestion>,
  };
}
