/**
 * Checks every question must pass whatever generator made it. The pool
 * drops a question that fails (and the tests assert none is dropped for the
 * seed article), so a slip in one generator can never reach a student.
 *
 * What needs the article's facts (a distractor must not be true, must not
 * be an alias of the answer) is guaranteed where distractors are picked, in
 * choice.ts, because only the generator knows what the question asks.
 */
import { MIN_CHOICE_OPTIONS } from "./choice";
import { formatDigits, normalizeAnswer, numberToWords } from "./match";
import type { Question } from "./types";

const isPermutation = (indices: readonly number[], length: number) =>
  indices.length === length &&
  new Set(indices).size === length &&
  indices.every((i) => Number.isInteger(i) && i >= 0 && i < length);

const allDistinct = (texts: readonly string[]) =>
  new Set(texts.map(normalizeAnswer)).size === texts.length && texts.every((t) => normalizeAnswer(t) !== "");

/** Does `prompt` contain `answer` as whole words, once both are normalized? */
export function promptContains(prompt: string, answer: string): boolean {
  return wordsContain(` ${normalizeAnswer(prompt)} `, answer);
}

/** `paddedWords` is a normalized text with a space at each end (built once per prompt, not once per option). */
function wordsContain(paddedWords: string, answer: string): boolean {
  const needle = normalizeAnswer(answer);
  return needle !== "" && paddedWords.includes(` ${needle} `);
}

/** Problems with one question, as sentences; empty when it is sound. */
export function questionProblems(question: Question, bodyLength: number): string[] {
  const problems: string[] = [];
  const promptWords = ` ${normalizeAnswer(question.prompt)} `;
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

  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      // A teacher's short-answer question is a plain question: no blank needed.
      if (question.type === "fill-blank" && !question.prompt.includes("_____")) problems.push("has no blank");
      if (normalizeAnswer(question.answer) === "") problems.push("has an empty answer");
      for (const form of [question.answer, ...question.accepted]) {
        if (wordsContain(promptWords, form)) problems.push(`prompt gives away the answer “${form}”`);
      }
      break;
    case "numeric":
      if (!Number.isFinite(question.answer)) problems.push("answer is not a number");
      for (const form of new Set([
        String(question.answer),
        formatDigits(question.answer),
        numberToWords(question.answer),
      ])) {
        if (wordsContain(promptWords, form)) problems.push(`prompt gives away the answer “${form}”`);
      }
      break;
    case "matching":
      if (question.left.length < 2 || question.left.length !== question.right.length)
        problems.push("needs two equal sides of two or more");
      if (!allDistinct(question.left) || !allDistinct(question.right)) problems.push("has duplicate items");
      if (!isPermutation(question.answer, question.right.length)) problems.push("answer is not a one-to-one matching");
      break;
    case "ordering":
      if (question.items.length < 2) problems.push("needs two or more items");
      if (!allDistinct(question.items)) problems.push("has duplicate items");
      if (!isPermutation(question.answer, question.items.length)) problems.push("answer is not an order of all items");
      break;
    default: {
      const min = question.type === "true-false" ? 2 : MIN_CHOICE_OPTIONS;
      if (question.options.length < min) problems.push(`has ${question.options.length} options, fewer than ${min}`);
      if (!allDistinct(question.options)) problems.push("has duplicate options");
      const answer = question.options[question.answer];
      if (!Number.isInteger(question.answer) || answer === undefined) problems.push("answer index is out of range");
      // "True"/"False" is a verdict on the prompt, not a fact that could leak into it.
      else if (question.type !== "true-false" && wordsContain(promptWords, answer)) {
        problems.push(`prompt gives away the answer “${answer}”`);
      }
    }
  }
  return problems;
}
