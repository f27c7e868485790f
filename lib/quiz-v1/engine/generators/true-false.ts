/**
 * True or false from the article's claims. The false version keeps the
 * predicate and swaps the subject for another entity of the same kind,
 * unless some claim says the same thing of that entity too.
 */
import type { Claim } from "../article-types";
import { kindList, type Entity } from "../article-index";
import { normalizeAnswer } from "../match";
import { questionId } from "../choice";
import { hashString } from "../random";
import { asSentence, capitalize, nameInSentence } from "../text";
import type { ChoiceQuestion, Question } from "../types";
import type { GeneratorContext } from "./context";

export const TRUE_FALSE_OPTIONS = ["True", "False"];

/** "The U.S. contributes significantly to global safety standards." */
export function claimStatement(subject: Entity, predicate: string): string {
  return asSentence(`${capitalize(nameInSentence(subject.name))} ${predicate.trim()}`);
}

/**
 * The entity whose swap makes the false statement. Chosen from the claim id,
 * not the seed, so the question (and its id) is the same in every quiz.
 */
export function falseSubject(ctx: GeneratorContext, claim: Claim, subject: Entity): Entity | undefined {
  return ctx.index.memo(`false-subject:${claim.id}`, () => {
    const candidates = kindList(ctx.index, subject);
    const holders = ctx.index.subjectsByPredicate.get(normalizeAnswer(claim.predicate));
    // Start at a place fixed by the claim id and take the first entity the claim is not true of.
    const start = hashString(claim.id) % Math.max(1, candidates.length);
    for (let step = 0; step < candidates.length; step++) {
      const candidate = candidates[(start + step) % candidates.length]!;
      if (candidate.id !== subject.id && !holders?.has(candidate.id)) return candidate;
    }
    return undefined;
  });
}

export function trueFalse(ctx: GeneratorContext): Question[] {
  const questions: ChoiceQuestion[] = [];
  for (const claim of ctx.article.facts.claims) {
    const subject = ctx.index.entities.get(claim.subject);
    if (!subject) continue;
    const evidence = [ctx.sentence(claim.evidence)];
    questions.push({
      id: questionId("true-false", "true", [claim.id]),
      type: "true-false",
      skill: "claims",
      prompt: `True or false? ${claimStatement(subject, claim.predicate)}`,
      options: [...TRUE_FALSE_OPTIONS],
      answer: 0,
      explanation: "The article says exactly this.",
      evidence,
    });
    const swapped = falseSubject(ctx, claim, subject);
    if (swapped) {
      questions.push({
        id: questionId("true-false", "false", [claim.id, swapped.id]),
        type: "true-false",
        skill: "claims",
        prompt: `True or false? ${claimStatement(swapped, claim.predicate)}`,
        options: [...TRUE_FALSE_OPTIONS],
        answer: 1,
        explanation: asSentence(
          `The article says this of ${nameInSentence(subject.name)}, not ${nameInSentence(swapped.name)}`,
        ),
        evidence,
      });
    }
  }
  // Sentences that name nobody: the sentence as written, and with its main verb negated.
  // Only those with a negation, so that "True" is not the answer nearly every time.
  for (const statement of ctx.article.facts.statements ?? []) {
    if (!statement.negated) continue;
    const evidence = [ctx.sentence(statement.evidence)];
    questions.push({
      id: questionId("true-false", "statement", [statement.id]),
      type: "true-false",
      skill: "claims",
      prompt: `True or false? ${asSentence(statement.text)}`,
      options: [...TRUE_FALSE_OPTIONS],
      answer: 0,
      explanation: "The article says exactly this.",
      evidence,
    });
    {
      questions.push({
        id: questionId("true-false", "negated", [statement.id]),
        type: "true-false",
        skill: "claims",
        prompt: `True or false? ${asSentence(statement.negated!)}`,
        options: [...TRUE_FALSE_OPTIONS],
        answer: 1,
        explanation: "The article says the opposite.",
        evidence,
      });
    }
  }
  return questions;
}
