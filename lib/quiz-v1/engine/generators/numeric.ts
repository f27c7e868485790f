/** Type the number: "How many young Americans ...?" → 50000 (any way of writing it). */
import { questionId } from "../choice";
import type { Question } from "../types";
import type { GeneratorContext } from "./context";
import { howManyPrompt, numberExplanation } from "./multiple-choice";

export function numeric(ctx: GeneratorContext): Question[] {
  return ctx.article.facts.numbers.map((number) => ({
    id: questionId("numeric", "value", [number.id]),
    type: "numeric",
    skill: "numbers",
    prompt: howManyPrompt(number.question, number.counts),
    answer: number.value,
    unit: number.counts,
    explanation: numberExplanation(number),
    evidence: [ctx.sentence(number.evidence)],
  }));
}
