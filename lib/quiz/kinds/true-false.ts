/**
 * True or false. A false statement is a true one with another person or
 * thing of the same article swapped in: the claim's subject ("Wang
 * Tianchan stressed …" said of Li), or a quotation's speaker. Never a
 * sentence with "not" inserted: students learn that every such statement
 * is false.
 */
import type { Claim } from "../../article";
import { kindList, type Entity } from "../article-index";
import { questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { hashString } from "../../text";
import { asSentence, capitalize, nameInSentence, quotedStatement, shortQuote, wordSimilarity } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import type { GeneratorContext, QuestionKind } from "./kind";
import { quoteEvidence, speakersOf } from "./quoted";

export const TRUE_FALSE_OPTIONS = ["True", "False"];

/** "The U.S. contributes significantly to global safety standards." */
export function claimStatement(subject: Entity, predicate: string): string {
  return asSentence(`${capitalize(nameInSentence(subject.name))} ${predicate.trim()}`);
}

/** Picks, from the fact's id rather than the seed, the entity whose swap makes the false statement: the same question in every quiz. */
function swapFor(candidates: readonly Entity[], factId: string, ok: (e: Entity) => boolean): Entity | undefined {
  const start = hashString(factId) % Math.max(1, candidates.length);
  for (let step = 0; step < candidates.length; step++) {
    const candidate = candidates[(start + step) % candidates.length]!;
    if (ok(candidate)) return candidate;
  }
  return undefined;
}

/** The entity whose swap makes a claim false: same kind, and no claim says the same of it. */
export function falseSubject(ctx: GeneratorContext, claim: Claim, subject: Entity): Entity | undefined {
  return ctx.index.memo(`false-subject:${claim.id}`, () => {
    const holders = ctx.index.subjectsByPredicate.get(normalizeAnswer(claim.predicate));
    return swapFor(kindList(ctx.index, subject), claim.id, (c) => c.id !== subject.id && !holders?.has(c.id));
  });
}

/**
 * A statement to judge. The true one copies the article (claims and
 * quotations are its own words), so it is found by scanning; the false one
 * has another person swapped in, which only a reader can catch.
 */
/** A true statement copied from the article is found by scanning for it, unless the caller knows better. */
function statement(
  id: string,
  facts: string[],
  skill: ChoiceQuestion["skill"],
  text: string,
  isTrue: boolean,
  explanation: string,
  evidence: ChoiceQuestion["evidence"],
  level: ChoiceQuestion["level"] = isTrue ? "scan" : "literal",
): ChoiceQuestion {
  return {
    id,
    type: "true-false",
    skill,
    level,
    facts,
    prompt: `True or false? ${text}`,
    options: [...TRUE_FALSE_OPTIONS],
    answer: isTrue ? 0 : 1,
    explanation,
    evidence,
  };
}

function fromClaims(ctx: GeneratorContext): ChoiceQuestion[] {
  const questions: ChoiceQuestion[] = [];
  for (const claim of ctx.article.facts.claims) {
    const subject = ctx.index.entities.get(claim.subject);
    if (!subject) continue;
    const evidence = [ctx.sentence(claim.evidence)];
    questions.push(
      statement(
        questionId("true-false", "true", [claim.id]),
        [claim.id],
        "claims",
        claimStatement(subject, claim.predicate),
        true,
        "The article says this.",
        evidence,
      ),
    );
    // "… her colleagues" said of a man reads wrong before it reads false: no swap where the predicate points back to its subject.
    // Nor where it is negated: "did not admit wrongdoing" is true of nearly anyone else too (a panel caught a wrong key).
    const swapped =
      /\b(?:he|she|his|her|him|hers|himself|herself)\b|\b(?:not|never|no|nothing|neither|nor|denied|denies|refused|refuses)\b|n[’']t\b/i.test(
        claim.predicate,
      )
        ? undefined
        : falseSubject(ctx, claim, subject);
    if (swapped) {
      questions.push(
        statement(
          questionId("true-false", "false", [claim.id, swapped.id]),
          [claim.id],
          "claims",
          claimStatement(swapped, claim.predicate),
          false,
          asSentence(`The article says this of ${nameInSentence(subject.name)}, not ${nameInSentence(swapped.name)}`),
          evidence,
        ),
      );
    }
  }
  return questions;
}

/** "Rob Yarrell said: “Octopuses are famous escape artists.”", true as written or false with another speaker. */
function fromQuotes(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index, article } = ctx;
  const speakers = speakersOf(ctx);
  // With one speaker only, "another person said it" has no one to name but bystanders.
  if (speakers.length < 2) return [];
  const questions: ChoiceQuestion[] = [];
  for (const quote of article.facts.quotes) {
    const speaker = index.entities.get(quote.speaker);
    if (!speaker) continue;
    const saidBy = index.speakersByQuote.get(normalizeAnswer(quote.text));
    // Where the quotation's own sentence names its speaker, true or false is a matter of finding the name
    // next to the words: scanning. Where it says "he said", a student must follow who "he" is, and the
    // true statement is as good a question as the false one (a quiz of only "False" teaches to answer False).
    const { evidence, named } = quoteEvidence(ctx, quote, speaker);
    const level = named ? "scan" : "literal";
    const words = quotedStatement(shortQuote(quote.text));
    questions.push(
      statement(
        questionId("true-false", "quote-true", [quote.id]),
        [quote.id],
        "quotations",
        `${speaker.name} said ${words}`,
        true,
        `These are the words of ${speaker.name}.`,
        evidence,
        level,
      ),
    );
    // Not someone who says nearly the same elsewhere: "X said it" would then be unfair to call false.
    const saysLikewise = (personId: string) =>
      article.facts.quotes.some((q) => q.speaker === personId && wordSimilarity(q.text, quote.text) >= 0.25);
    const swapped = swapFor(
      speakers,
      quote.id,
      (p) => p.id !== speaker.id && !saidBy?.has(p.id) && !saysLikewise(p.id),
    );
    if (swapped) {
      questions.push(
        statement(
          questionId("true-false", "quote-false", [quote.id, swapped.id]),
          [quote.id],
          "quotations",
          `${swapped.name} said ${words}`,
          false,
          `These are the words of ${speaker.name}, not ${swapped.name}.`,
          evidence,
          level,
        ),
      );
    }
  }
  return questions;
}

export const trueFalse: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("true-false", { keepOrder: true, minOptions: 2 }),
  level: "literal",
  inDefaultDraw: true,
  maxShare: 0.2,
  generate: (ctx) => [...fromClaims(ctx), ...fromQuotes(ctx)],
};
