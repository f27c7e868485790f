/** Grading answers, and reshuffling a question for another attempt. */
import { isAcceptedAnswer, parseNumber } from "./match";
import { rngFor, shuffle } from "./random";
import type { Question, Response } from "./types";

/** The kind of response a question expects (which input the UI shows). */
export function responseKindFor(question: Question): Response["kind"] {
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      return "text";
    case "numeric":
      return "number";
    case "matching":
      return "matching";
    case "ordering":
      return "ordering";
    default:
      return "choice";
  }
}

/** The response that the answer key gives: what a student who is right would send. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      return { kind: "text", text: question.answer };
    case "numeric":
      return { kind: "number", value: question.answer };
    case "matching":
      return { kind: "matching", pairs: [...question.answer] };
    case "ordering":
      return { kind: "ordering", order: [...question.answer] };
    default:
      return { kind: "choice", index: question.answer };
  }
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Is this response right? A response of the wrong kind is simply wrong. */
export function gradeResponse(question: Question, response: Response): boolean {
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
      return response.kind === "text" && isAcceptedAnswer(response.text, [question.answer, ...question.accepted]);
    case "numeric": {
      // A number typed into a text box ("fifty thousand") counts too.
      const value = response.kind === "number" ? response.value : response.kind === "text" ? parseNumber(response.text) : undefined;
      return value !== undefined && Math.abs(value - question.answer) < 1e-9;
    }
    case "matching":
      return response.kind === "matching" && sameList(response.pairs, question.answer);
    case "ordering":
      return response.kind === "ordering" && sameList(response.order, question.answer);
    default:
      return response.kind === "choice" && response.index === question.answer;
  }
}

/** A shuffled order of 0..n-1 that differs from the current one whenever n > 1. */
function newOrder(seed: number, purpose: string, n: number): number[] {
  const order = shuffle(rngFor(seed, purpose), [...Array(n).keys()]);
  return n > 1 && order.every((v, i) => v === i) ? [...order.slice(1), order[0]!] : order;
}

/**
 * The same question with its options (or items) in a new order and the
 * answer remapped, for "retry the ones I missed". Id, prompt and evidence do
 * not change; True/False keeps its order, which students expect.
 */
export function reshuffleQuestion(question: Question, seed: number): Question {
  const purpose = `reshuffle:${question.id}`;
  switch (question.type) {
    case "fill-blank":
    case "short-answer":
    case "numeric":
    case "true-false":
      return question;
    case "matching": {
      const leftOrder = newOrder(seed, `${purpose}:left`, question.left.length);
      const rightOrder = newOrder(seed, `${purpose}:right`, question.right.length);
      return {
        ...question,
        left: leftOrder.map((i) => question.left[i]!),
        right: rightOrder.map((i) => question.right[i]!),
        answer: leftOrder.map((i) => rightOrder.indexOf(question.answer[i]!)),
      };
    }
    case "ordering": {
      let order = newOrder(seed, purpose, question.items.length);
      let answer = question.answer.map((old) => order.indexOf(old));
      // Shown already in order, the question would answer itself: rotate once more.
      if (answer.length > 1 && answer.every((v, i) => v === i)) {
        order = [...order.slice(1), order[0]!];
        answer = question.answer.map((old) => order.indexOf(old));
      }
      return { ...question, items: order.map((i) => question.items[i]!), answer };
    }
    default: {
      const order = newOrder(seed, purpose, question.options.length);
      return { ...question, options: order.map((i) => question.options[i]!), answer: order.indexOf(question.answer) };
    }
  }
}
