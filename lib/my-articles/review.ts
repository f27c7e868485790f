/**
 * What the review shows first: the facts the extractor was least sure of,
 * each with what the app noticed about it in plain words, so a teacher with
 * ten minutes checks the guesses, not the facts it read plainly.
 */
import type { Article, ArticleFacts } from "../article";
import { ASKED_FROM_CERTAINTY } from "../facts";
import { FACT_KINDS, factsOf, type AnyFact, type FactKind } from "./facts";
import { insideQuotation } from "./words";

/** Facts below this are listed under "Check these first", and so are those not asked until confirmed. */
export const CHECK_FIRST_BELOW = 0.8;

/** Least certain first; facts without a certainty (hand-written or corrected: certain) last, in their order. */
export function leastCertainFirst<T extends { certainty?: number }>(facts: readonly T[]): T[] {
  return facts
    .map((fact, i) => ({ fact, i, c: fact.certainty ?? 2 }))
    .sort((x, y) => x.c - y.c || x.i - y.i)
    .map((x) => x.fact);
}

/** How sure the app is, as a teacher reads it at a glance. */
export function certaintySentence(certainty: number): string {
  if (certainty < ASKED_FROM_CERTAINTY) return "The app is guessing.";
  if (certainty < 0.7) return "The app is unsure of it.";
  if (certainty < CHECK_FIRST_BELOW) return "The app is fairly sure of it.";
  return "The app is sure of it.";
}

export interface Doubt {
  kind: FactKind;
  fact: AnyFact;
  certainty: number;
  /** What the app noticed, in plain words; may be empty. */
  reasons: string[];
}

const NOT_ASKED = "Not asked in the quiz until you confirm or correct it.";

/**
 * Why a fact may be wrong, from what the fact and the text show: it is too
 * unsure to be asked, it sits inside someone's quotation, its sentence does
 * not name the speaker, its name is a single word...
 */
export function doubtsAbout(article: Pick<Article, "body" | "facts">, kind: FactKind, fact: AnyFact): string[] {
  const { body, facts } = article;
  if (fact.certainty === undefined) return [];
  const reasons: string[] = [];
  const evidence = body.slice(fact.evidence.start, fact.evidence.end).toLowerCase();
  const namesOf = (id: string) => {
    const e = [...facts.people, ...facts.organizations, ...facts.places].find((x) => x.id === id);
    return e
      ? [e.name, "shortName" in e ? e.shortName : undefined, ...(e.aliases ?? [])].filter((n): n is string => !!n)
      : [];
  };
  const named = (id: string) => namesOf(id).some((n) => evidence.includes(n.toLowerCase()));

  if (fact.certainty < ASKED_FROM_CERTAINTY) reasons.push(NOT_ASKED);
  switch (kind) {
    case "people": {
      const person = fact as AnyFact & { name: string };
      if (!person.name.includes(" "))
        reasons.push(
          "Only one name is given: check that it is a person, and use the full name if the article gives it.",
        );
      break;
    }
    case "organizations":
    case "places":
      if ((fact as AnyFact & { kind: string }).kind === "other")
        reasons.push("Its kind could not be read: choose one.");
      else reasons.push(`Check that it is ${kind === "places" ? "a place" : "an organization"}, and its kind.`);
      break;
    case "numbers": {
      const number = fact as AnyFact & { question?: string; counts: string };
      if (number.question === undefined && !reasons.includes(NOT_ASKED))
        reasons.push(`Not asked in the quiz until you confirm what it counts (“${number.counts}”).`);
      if (insideQuotation(body, fact.evidence))
        reasons.push("It is inside a quotation: check that the article gives it as a fact.");
      break;
    }
    case "dates": {
      const date = fact as AnyFact & { describes: string };
      if (insideQuotation(body, fact.evidence))
        reasons.push("It is inside a quotation: check that the article gives it as a fact.");
      if (!date.describes || /^(?:which|who|that|and|but|when)\b|[“”‘"]/i.test(date.describes))
        reasons.push("What happened then was read from part of a sentence: check it.");
      break;
    }
    case "quotes":
      if (!named((fact as AnyFact & { speaker: string }).speaker))
        reasons.push("Its sentence does not name the speaker: check who said it.");
      break;
    case "claims":
      if (!named((fact as AnyFact & { subject: string }).subject))
        reasons.push("Its sentence says “he”, “she” or “they”: check who it is about.");
      break;
    case "causes":
      if (fact.certainty < ASKED_FROM_CERTAINTY)
        reasons.push(
          "Its wrong answers are other sentences of the article, about something else: write wrong reasons a student could believe.",
        );
      break;
  }
  return reasons;
}

/**
 * The doubts about one fact, when it should be checked: the app is not sure
 * of it, or it is not asked in the quiz until the teacher says it is right.
 */
export function doubtOf(article: Pick<Article, "body" | "facts">, kind: FactKind, fact: AnyFact): Doubt | undefined {
  if (fact.certainty === undefined) return undefined;
  const reasons = doubtsAbout(article, kind, fact);
  const notAsked = reasons.some((r) => r.startsWith("Not asked"));
  return fact.certainty < CHECK_FIRST_BELOW || notAsked
    ? { kind, fact, certainty: fact.certainty, reasons }
    : undefined;
}

/** Every fact to check, least certain first (kinds in the review's order among equals). */
export function factsToCheckFirst(article: Pick<Article, "body" | "facts">): Doubt[] {
  const doubts: Doubt[] = [];
  for (const kind of FACT_KINDS) {
    for (const fact of factsOf(article.facts, kind)) {
      const doubt = doubtOf(article, kind, fact);
      if (doubt) doubts.push(doubt);
    }
  }
  return leastCertainFirst(doubts);
}

/** The facts of one kind in the order the review lists them: least certain first. */
export function reviewOrder(facts: ArticleFacts, kind: FactKind): AnyFact[] {
  return leastCertainFirst(factsOf(facts, kind));
}
