/**
 * Put events in order. Only events with a known, distinct `order` are
 * used: two events with equal order happened in an unknown sequence, and
 * asking for one would mark a right answer wrong.
 */
import type { EventFact } from "../article-types";
import { questionId } from "../choice";
import { shuffle } from "../random";
import { asSentence } from "../text";
import type { OrderingQuestion, Question } from "../types";
import type { GeneratorContext } from "./context";
import { groups } from "./matching";

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

export function ordering(ctx: GeneratorContext): Question[] {
  return groups(orderableEvents(ctx.article.facts.events)).map((group): OrderingQuestion => {
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
    // Shown already in order, the question would answer itself.
    if (shown.every((v, i) => v === i)) shown = [...shown.slice(1), shown[0]!];
    return {
      id,
      type: "ordering",
      skill: "sequence",
      prompt: "Put these events in the order they happened, earliest first.",
      items: shown.map((i) => asSentence(group[i]!.description)),
      answer: group.map((_, i) => shown.indexOf(i)),
      explanation: "This is the order the article gives.",
      evidence: group.map((e) => ctx.sentence(e.evidence)),
    };
  });
}
