/**
 * Put events in order. Only events with a known, distinct `order` are
 * used: two events with equal order happened in an unknown sequence, and
 * asking for one would mark a right answer wrong.
 */
import { z } from "../../schema";
import type { DateFact, EventFact } from "../../article";
import { questionId } from "../choice";
import { shuffle } from "../random";
import { asSentence } from "../text";
import type { OrderingQuestion, Response } from "../types";
import { allDistinct, LETTERS, newOrder, NO_ANSWER } from "./choice-shape";
import type { QuestionKind } from "./kind";
import { groups, isPermutation, sameList } from "./matching";
import { baseShape, items, order } from "./schema";

/**
 * One event per distinct order value, earliest first. Of events sharing an
 * order, only the first the article mentions is kept, so no question ever
 * contains two of them.
 */
export function orderableEvents(events: readonly EventFact[]): EventFact[] {
  const byOrder = new Map<number, EventFact[]>();
  for (const event of events) {
    if (event.order === undefined || !Number.isFinite(event.order)) continue;
    byOrder.set(event.order, [...(byOrder.get(event.order) ?? []), event]);
  }
  return [...byOrder.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, same]) => same.reduce((first, e) => (e.evidence.start < first.evidence.start ? e : first)));
}

/** Why the order differs from the article's: the time words a student should have read, when the facts give them. */
function outOfOrderExplanation(group: readonly EventFact[], dates: readonly DateFact[]): string {
  const when = group
    .map((e) => dates.find((d) => d.id === e.when)?.text)
    .filter((text): text is string => Boolean(text));
  return when.length > 0
    ? `The article tells these events in another order; its words for when they happened (${when.map((w) => `“${w}”`).join(", ")}) show which came first.`
    : "The article tells these events in another order; what it says about when each one happened shows which came first.";
}

export const ordering: QuestionKind<OrderingQuestion> = {
  type: "ordering",
  response: "ordering",
  level: "inference",
  inDefaultDraw: true,
  generate: (ctx) =>
    groups(orderableEvents(ctx.article.facts.events)).map((group): OrderingQuestion => {
      const id = questionId(
        "ordering",
        "events",
        group.map((e) => e.id),
      );
      const rng = ctx.rngFor(id);
      let shown = shuffle(
        rng,
        group.map((_, i) => i),
      );
      if (shown.every((v, i) => v === i)) shown = [...shown.slice(1), shown[0]!];
      return {
        id,
        type: "ordering",
        skill: "sequence",
        level: "inference",
        facts: group.map((e) => e.id),
        prompt: "Put these events in the order they happened, earliest first.",
        items: shown.map((i) => asSentence(group[i]!.description)),
        answer: group.map((_, i) => shown.indexOf(i)),
        // The article may tell them in another order (a speech "last November" after this week's visits).
        explanation: group.every((e, i) => i === 0 || e.evidence.start >= group[i - 1]!.evidence.start)
          ? "The events happened in the order the article tells them."
          : outOfOrderExplanation(group, ctx.article.facts.dates),
        evidence: group.map((e) => ctx.sentence(e.evidence)),
      };
    }),
  isComplete: (question, response) => response.kind === "ordering" && response.order.length === question.items.length,
  grade: (question, response) => response.kind === "ordering" && sameList(response.order, question.answer),
  correctResponse: (question): Response => ({ kind: "ordering", order: [...question.answer] }),
  reshuffle(question, seed) {
    let shown = newOrder(seed, `reshuffle:${question.id}`, question.items.length);
    let answer = question.answer.map((old) => shown.indexOf(old));
    // Shown already in order, the question would answer itself: rotate once more.
    if (answer.length > 1 && answer.every((v, i) => v === i)) {
      shown = [...shown.slice(1), shown[0]!];
      answer = question.answer.map((old) => shown.indexOf(old));
    }
    return { ...question, items: shown.map((i) => question.items[i]!), answer };
  },
  describeAnswer: (question) => question.answer.map((i) => question.items[i] ?? "?"),
  markdown: (question) => [
    ...question.items.map((item, i) => `${LETTERS[i]}. ${item}`),
    "",
    `**Answer:** ${question.answer.map((i) => LETTERS[i]).join(", ")}`,
  ],
  describeResponse: (question, response) =>
    response.kind === "ordering" ? response.order.map((i) => question.items[i] ?? "?") : [NO_ANSWER],
  problems(question) {
    const problems: string[] = [];
    if (question.items.length < 2) problems.push("needs two or more items");
    if (!allDistinct(question.items)) problems.push("has duplicate items");
    if (!isPermutation(question.answer, question.items.length)) problems.push("answer is not an order of all items");
    return problems;
  },
  schema: z.strictObject({
    ...baseShape,
    type: z.literal("ordering"),
    items,
    answer: order,
  }) as unknown as z.Schema<OrderingQuestion>,
};
