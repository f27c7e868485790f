/**
 * "Which of these was in the article?": one thing the article mentions among
 * plausible things it does not (built-in names of the same kind, or claims
 * with their subject swapped, or distorted main ideas).
 */
import type { Entity } from "../article-index";
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { asSentence, nameInSentence } from "../text";
import type { Question } from "../types";
import { defined, type GeneratorContext } from "./context";
import { poolFor } from "./multiple-choice";
import { claimStatement, falseSubject } from "./true-false";

const NOUN: Record<string, string> = {
  person: "people",
  organization: "organizations",
  city: "cities",
  country: "countries",
  region: "regions",
  venue: "places",
};

function mentionedEntities(ctx: GeneratorContext): Question[] {
  const { index } = ctx;
  const entities: Entity[] = [...index.people, ...index.organizations, ...index.places];
  return defined(
    entities.map((entity) => {
      const noun = NOUN[entity.kind === "place" ? entity.subKind : entity.kind] ?? "names";
      const id = questionId("in-article", "entity", [entity.id]);
      const rng = ctx.rngFor(id);
      const distractors = pickDistractors({
        rng,
        answer: entity.name,
        answerNames: entity.names,
        fromArticle: [],
        fromPool: poolFor(entity),
        // Anything the article names, in any role, would be a second right answer.
        isTrue: (name) => index.mentions(name) || index.allNames.has(normalizeAnswer(name)),
      });
      return choiceQuestion(
        {
          id,
          type: "in-article",
          skill: "key-details",
          prompt: `Which of these ${noun} is mentioned in the article?`,
          explanation: `The article mentions ${nameInSentence(entity.name)}; the others do not appear in it.`,
          evidence: [ctx.sentence(entity.evidence)],
        },
        entity.name,
        distractors,
        rng,
      );
    }),
  );
}

/** A true claim among swapped claims and distortions. */
function statementInArticle(ctx: GeneratorContext): Question[] {
  const { index, article } = ctx;
  const trueStatements = new Set<string>();
  const swappedByClaim = new Map<string, string>();
  for (const claim of article.facts.claims) {
    const subject = index.entities.get(claim.subject);
    if (!subject) continue;
    trueStatements.add(normalizeAnswer(claimStatement(subject, claim.predicate)));
    const swapped = falseSubject(ctx, claim, subject);
    if (swapped) swappedByClaim.set(claim.id, claimStatement(swapped, claim.predicate));
  }
  const distortions = (article.facts.mainIdea?.distortions ?? []).map(asSentence);
  const notSaid = [...swappedByClaim.values(), ...distortions].filter((s) => !trueStatements.has(normalizeAnswer(s)));

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
        // The same claim with another subject is the closest, most tempting miss.
        fromArticle: swappedByClaim.has(claim.id) ? [swappedByClaim.get(claim.id)!] : [],
        fromPool: notSaid,
        isTrue: (s) => trueStatements.has(normalizeAnswer(s)),
      });
      return choiceQuestion(
        {
          id,
          type: "in-article",
          skill: "claims",
          prompt: "Which of these statements was in the article?",
          explanation: "Only this one is what the article says; the others change who did it or what was said.",
          evidence: [ctx.sentence(claim.evidence)],
        },
        answer,
        distractors,
        rng,
      );
    }),
  );
}

export function inArticle(ctx: GeneratorContext): Question[] {
  return [...mentionedEntities(ctx), ...statementInArticle(ctx)];
}
