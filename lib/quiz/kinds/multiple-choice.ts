/**
 * Multiple choice on a stated fact, asked in other words than the text:
 * who has a role, who did what, where, when, how many. Wrong options are
 * the article's own people, places, roles, dates and numbers of the same
 * kind; a built-in list only where the question still makes sense with it
 * (other cities, nearby numbers), never for "who" or a role.
 */
import type { DateFact, NumberFact, Person } from "../../article";
import { claimHolds, isBareTitle, kindNames, roleLabel, type Entity } from "../article-index";
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import { dateDistractors, formatLike, nearbyNumbers, PLACE_NAMES } from "../pools";
import {
  asSentence,
  capitalize,
  datePhrase,
  embeddedClause,
  nameInSentence,
  possessive,
  withIndefiniteArticle,
} from "../text";
import type { ChoiceQuestion } from "../types";
import { choiceShape } from "./choice-shape";
import { defined, type GeneratorContext, type QuestionKind } from "./kind";

const TYPE = "multiple-choice";

/** The sentence a question shows as its evidence, as text. */
export function evidenceOf(ctx: GeneratorContext, span: { start: number; end: number }): string {
  const sentence = ctx.sentence(span);
  return ctx.article.body.slice(sentence.start, sentence.end);
}

/** Built-in places of the same kind as `place`: another city is still a fair wrong answer to "Where...?". */
export function placePool(place: Entity): string[] {
  return place.kind === "place" ? (PLACE_NAMES[place.subKind as keyof typeof PLACE_NAMES] ?? []) : [];
}

/**
 * The role as the sentence words it, with the right article: "the director of the Child Neuroscience Lab at
 * Yale University", not "a director at Yale University" (there is one director of a lab, and a teacher's
 * panel marked "a director" down). Undefined when the sentence does not lead from the role to the organization.
 */
export function roleAsWritten(sentence: string, role: string, orgNames: readonly string[]): string | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const org of orgNames) {
    // Up to eight words between the role's preposition and the organization, within one clause.
    const between = "(?:[^,;.“”\\s]+\\s+){0,8}?";
    const match = new RegExp(
      `(?:\\b(the|a|an)\\s+)?\\b(${escape(role)}\\s+(of|at|for|with)\\s+${between}${escape(org)})(?![\\p{L}\\p{N}])`,
      "iu",
    ).exec(sentence);
    if (!match) continue;
    const [, article, phrase, preposition] = match;
    return article?.toLowerCase() === "the" || preposition!.toLowerCase() === "of"
      ? `the ${phrase}`
      : withIndefiniteArticle(phrase!);
  }
  return undefined;
}

/** "Who is a research fellow at the Institute for Foreign Policy Studies?" → the person. */
function whoHasRole(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index } = ctx;
  return defined(
    index.people.map((person) => {
      const fact = person.fact as Person;
      const label = roleLabel(index, fact);
      // "Who is the President?" is general knowledge, not reading: only roles the article ties to a place of work.
      if (!label || !fact.affiliation) return undefined;
      const sentence = ctx.sentence(person.evidence);
      const described =
        roleAsWritten(
          ctx.article.body.slice(sentence.start, sentence.end),
          fact.role!,
          index.entities.get(fact.affiliation)?.names ?? [],
        ) ?? withIndefiniteArticle(label);
      const id = questionId(TYPE, "who-role", [person.id]);
      const rng = ctx.rngFor(id);
      const sameLabel = (name: string) => {
        const other = index.byName(name);
        return (
          other?.kind === "person" &&
          normalizeAnswer(roleLabel(index, other.fact as Person) ?? "") === normalizeAnswer(label)
        );
      };
      const distractors = pickDistractors({
        rng,
        answer: person.name,
        answerNames: person.names,
        fromArticle: kindNames(index, person),
        isTrue: sameLabel,
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "people-roles",
          level: "literal",
          facts: [person.id],
          prompt: `Who is ${described}?`,
          explanation: `The article introduces ${person.name} as ${described}.`,
          evidence: [sentence],
        },
        person.name,
        distractors,
        rng,
      );
    }),
  );
}

/** "What is Li Yanliang’s role?" → "research fellow". */
function whatRole(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index } = ctx;
  // One entry per distinct role: with many people sharing a role, repeats would only slow the sampling.
  const byNormalized = new Map<string, string>();
  for (const p of index.people) {
    const role = (p.fact as Person).role;
    if (role && !isBareTitle(role) && !byNormalized.has(normalizeAnswer(role)))
      byNormalized.set(normalizeAnswer(role), role);
  }
  const roles = [...byNormalized.values()];
  return defined(
    index.people.map((person) => {
      const role = (person.fact as Person).role;
      if (!role || isBareTitle(role)) return undefined;
      const id = questionId(TYPE, "role", [person.id]);
      const rng = ctx.rngFor(id);
      // Only the article's own roles: a stock job title ("software engineer") next to them is rejected at a glance.
      const distractors = pickDistractors({
        rng,
        answer: role,
        fromArticle: roles,
        notIn: evidenceOf(ctx, person.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "people-roles",
          level: "literal",
          facts: [person.id],
          prompt: `What is ${possessive(person.name)} role, according to the article?`,
          explanation: `${person.name} is described as ${withIndefiniteArticle(role)}.`,
          evidence: [ctx.sentence(person.evidence)],
        },
        role,
        distractors,
        rng,
      );
    }),
  );
}

const WHICH: Record<string, string> = {
  city: "Which city",
  town: "Which town",
  country: "Which country",
  region: "Which region",
  venue: "Where",
};

/**
 * "Who stressed ...?", "Which country contributes ...?"; a predicate that
 * already names the kind ("is the city where ...") reads "What is the city where ...?".
 */
function claimPrompt(subject: Entity, predicate: string): string {
  if (subject.kind !== "person" && /^is\s+(?:the|a|an)\s/.test(predicate)) return `What ${predicate}?`;
  const asker =
    subject.kind === "person"
      ? "Who"
      : subject.kind === "organization"
        ? "Which organization"
        : (WHICH[subject.subKind] ?? "Which place");
  return `${asker} ${predicate}, according to the article?`;
}

/** "Who stressed ...?" → the claim's subject, among the article's own entities of that kind. */
function whoDidIt(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index } = ctx;
  return defined(
    ctx.article.facts.claims.map((claim) => {
      const subject = index.entities.get(claim.subject);
      if (!subject) return undefined;
      const id = questionId(TYPE, "who-claim", [claim.id]);
      const rng = ctx.rngFor(id);
      const predicate = claim.predicate.trim().replace(/[.\s]+$/, "");
      const prompt = claimPrompt(subject, predicate);
      const distractors = pickDistractors({
        rng,
        answer: subject.name,
        answerNames: subject.names,
        fromArticle: kindNames(index, subject),
        fromPool: placePool(subject),
        isTrue: (name) => {
          const other = index.byName(name);
          return other !== undefined && claimHolds(index, other.id, claim.predicate);
        },
        isInArticle: index.mentions,
        notIn: `${evidenceOf(ctx, claim.evidence)} ${prompt}`,
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "claims",
          level: "literal",
          facts: [claim.id],
          prompt,
          explanation: asSentence(`${capitalize(nameInSentence(subject.name))} ${predicate}`),
          evidence: [ctx.sentence(claim.evidence)],
        },
        subject.name,
        distractors,
        rng,
      );
    }),
  );
}

/** "Where did this happen: “...”?" → the event's place. */
function whereEvent(ctx: GeneratorContext): ChoiceQuestion[] {
  const { index, article } = ctx;
  // "description|place id" of every event with a place: an option is true if the same event happened there.
  const happenedAt = new Set(article.facts.events.map((e) => `${normalizeAnswer(e.description)}|${e.where ?? ""}`));
  return defined(
    article.facts.events.map((event) => {
      const place = event.where ? index.entities.get(event.where) : undefined;
      if (!place) return undefined;
      const id = questionId(TYPE, "where", [event.id]);
      const rng = ctx.rngFor(id);
      const sameEventThere = (name: string) =>
        happenedAt.has(`${normalizeAnswer(event.description)}|${index.byName(name)?.id ?? ""}`);
      const distractors = pickDistractors({
        rng,
        answer: place.name,
        answerNames: place.names,
        fromArticle: kindNames(index, place),
        fromPool: placePool(place),
        isTrue: sameEventThere,
        isInArticle: index.mentions,
        notIn: evidenceOf(ctx, event.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "key-details",
          level: "literal",
          facts: [event.id],
          prompt: `Where did this happen: “${event.description.replace(/[.\s]+$/, "")}”?`,
          explanation: `The article places it in ${nameInSentence(place.name)}.`,
          evidence: [ctx.sentence(event.evidence)],
        },
        place.name,
        distractors,
        rng,
      );
    }),
  );
}

/** "When did the program begin?" (hand-written), else "When does the article say the program began?". */
function whenDate(ctx: GeneratorContext): ChoiceQuestion[] {
  const { dates } = ctx.article.facts;
  // "date|what happened" pairs the article states, and the dates of each kind.
  const stated = new Set(dates.map((d) => `${normalizeAnswer(d.text)}|${normalizeAnswer(d.describes)}`));
  const textsByKind = new Map<string, string[]>();
  for (const d of dates) {
    const texts = textsByKind.get(d.kind) ?? [];
    if (!texts.some((t) => normalizeAnswer(t) === normalizeAnswer(d.text))) texts.push(d.text);
    textsByKind.set(d.kind, texts);
  }
  return defined(
    dates.map((date: DateFact) => {
      const id = questionId(TYPE, "when", [date.id]);
      const rng = ctx.rngFor(id);
      const sameMoment = (text: string) => stated.has(`${normalizeAnswer(text)}|${normalizeAnswer(date.describes)}`);
      const distractors = pickDistractors({
        rng,
        answer: date.text,
        fromArticle: textsByKind.get(date.kind) ?? [],
        fromPool: dateDistractors(date.text, date.kind),
        isTrue: sameMoment,
        notIn: evidenceOf(ctx, date.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "key-details",
          level: "literal",
          facts: [date.id],
          prompt: date.question ?? `When does the article say ${embeddedClause(date.describes)}?`,
          explanation: asSentence(
            `${capitalize(date.describes.trim().replace(/[.\s]+$/, ""))} ${datePhrase(date, ctx.article.body)}`,
          ),
          evidence: [ctx.sentence(date.evidence)],
        },
        date.text,
        distractors,
        rng,
      );
    }),
  );
}

/** "The article gives “50,000” for the number of young Americans."; percentages and sums read plainly. */
export function numberExplanation(number: NumberFact): string {
  if (/^(?:percent|per cent)$/.test(number.counts.trim()) || /[$£€%]/.test(number.text))
    return `The article gives “${number.text}”.`;
  return `The article gives “${number.text}” for the number of ${number.counts}.`;
}

/** The prompt of a "how many" question, shared with numeric questions. */
export function howManyPrompt(question: string | undefined, counts: string): string {
  return question ?? `What number does the article give for ${counts}?`;
}

/** "How many young Americans ...?" → "50,000" among nearby numbers. */
function howMany(ctx: GeneratorContext): ChoiceQuestion[] {
  const { numbers } = ctx.article.facts;
  // Every value the article gives for each thing counted: none of them can be a wrong option for it.
  const valuesByCounts = new Map<string, Set<number>>();
  for (const n of numbers) {
    const key = normalizeAnswer(n.counts);
    valuesByCounts.set(key, (valuesByCounts.get(key) ?? new Set()).add(n.value));
  }
  return defined(
    numbers.map((number) => {
      const id = questionId(TYPE, "how-many", [number.id]);
      const rng = ctx.rngFor(id);
      const answer = formatLike(number.text, number.value);
      const alsoTrue = valuesByCounts.get(normalizeAnswer(number.counts))!;
      const distractors = pickDistractors({
        rng,
        answer,
        fromArticle: [],
        // A few spares beyond the three needed, in case the article makes one of them true.
        fromPool: nearbyNumbers(number.value, 6)
          .filter((n) => !alsoTrue.has(n))
          .map((n) => formatLike(number.text, n)),
        notIn: evidenceOf(ctx, number.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "numbers",
          level: "literal",
          facts: [number.id],
          prompt: howManyPrompt(number.question, number.counts),
          explanation: numberExplanation(number),
          evidence: [ctx.sentence(number.evidence)],
        },
        answer,
        distractors,
        rng,
      );
    }),
  );
}

export const multipleChoice: QuestionKind<ChoiceQuestion> = {
  ...choiceShape(TYPE),
  level: "literal",
  inDefaultDraw: true,
  generate: (ctx) => [whoHasRole, whatRole, whoDidIt, whereEvent, whenDate, howMany].flatMap((make) => make(ctx)),
};
