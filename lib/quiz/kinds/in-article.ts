/**
 * "Which of these was in the article?": one thing the article mentions among
 * things it does not. Answered by scanning for the string, so not in the
 * default draw. Built-in wrong options only for places (another country is
 * a fair guess), never invented people or organizations; statements are
 * the article's claims with their subject swapped.
 */
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { nameInSentence } from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type GeneratorContext, type QuestionKind } from "./kind";
import { placePool } from "./multiple-choice";
import { claimStatement, falseSubject } from "./true-false";

const NOUN: Record<string, string> = { city: "cities", town: "towns", country: "countries", region: "regions" };

function mentionedPlaces(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index } = ctx;
  return defined(
    index.places.map((place) => {
      const noun = NOUN[place.subKind];
      if (!noun) return undefined;
      const id = questionId("in-article", "entity", [place.id]);
      const rng = ctx.rngFor(id);
      const distractors = pickDistractors({
        rng,
        answer: place.name,
        answerNames: place.names,
        fromArticle: [],
        fromPool: placePool(place),
        isTrue: (name) => index.mentions(name) || index.allNames.has(normalizeAnswer(name)),
      });
      return choiceQuestion(
        {
          id,
          type: "in-article",
          skill: "key-details",
          level: "scan",
          facts: [place.id],
          prompt: `Which of these ${noun} is mentioned in the article?`,
          explanation: `The article mentions ${nameInSentence(place.name)}; the others do not appear in it.`,
          evidence: [ctx.sentence(place.evidence)],
        },
        place.name,
        distractors,
        rng,
      );
    }),
  );
}

/** A true claim among the article's claims with their subjects swapped. */
function statementInArticle(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index, article } = ctx;
  const trueStatements = new Set<string>();
  const swapped: string[] = [];
  for (const claim of article.facts.claims) {
    const subject = index.entities.get(claim.subject);
    if (!subject) continue;
    trueStatements.add(normalizeAnswer(claimStatement(subject, claim.predicate)));
    const other = falseSubject(ctx, claim, subject);
    if (other) swapped.push(claimStatement(other, claim.predicate));
  }
  return defined(
    article.facts.claims.map((claim) => {
      const subject = index.entities.get(claim.subject);
      if (!subject) return undefined;
      const answer = claimStatement(subject, claim.predicate);
      const id = questionId("in-article", "statement", [claim.id]);
      const rng = ctx.rngFor(id);
      const distractors = pickDistractors({
        rng,
        answer,
        fromArticle: swapped,
        isTrue: (s) => trueStatements.has(normalizeAnswer(s)),
      });
      return choiceQuestion(
        {
          id,
          type: "in-article",
          skill: "claims",
          level: "scan",
          facts: [claim.id],
          prompt: "Which of these statements was in the article?",
          explanation: "Only this one is what the article says; the others change who did it.",
          evidence: [ctx.sentence(claim.evidence)],
        },
        answer,
        distractors,
        rng,
      );
    }),
  );
}

export const inArticle: QuestionKind<ChoiceQuestion> = {
  ...choiceShape("in-article"),
  level: "scan",
  inDefaultDraw: false,
  generate: (ctx) => [...mentionedPlaces(ctx), ...statementInArticle(ctx)],
};
