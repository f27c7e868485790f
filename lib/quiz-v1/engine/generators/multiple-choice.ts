/**
 * Multiple choice: who / what / where / when / how many.
 * Each sub-generator asks one kind of question about every fact that supports it.
 */
import type { DateFact, NumberFact, Person } from "../article-types";
import { claimHolds, kindNames, roleLabel, type Entity } from "../article-index";
import { choiceQuestion, pickDistractors, questionId } from "../choice";
import { normalizeAnswer } from "../match";
import {
  dateDistractors,
  formatLike,
  nearbyNumbers,
  ORGANIZATION_NAMES,
  PERSON_NAMES,
  PLACE_NAMES,
  ROLES,
} from "../pools";
import { asSentence, capitalize, nameInSentence, possessive, withIndefiniteArticle } from "../text";
import type { Question } from "../types";
import { defined, namesOf, type GeneratorContext } from "./context";
import { blankedSentence } from "./fill-blank";

const TYPE = "multiple-choice";

const DATE_PREPOSITION: Record<DateFact["kind"], string> = {
  year: "in",
  month: "in",
  weekday: "on",
  date: "on",
  duration: "over",
  relative: "",
};
const PREPOSITIONS = /\b(in|on|at|since|during|until|by|over|before|after)\s+$/i;

/**
 * "in 2023", "on Tuesday", "since 2020", "last November": the date as it reads
 * after its clause. The article's own preposition wins ("since 2020" must not
 * become "in 2020"); otherwise one that suits the kind of date.
 */
export function datePhrase(date: DateFact, body: string): string {
  const at = body.indexOf(date.text, date.evidence.start);
  const before = at >= 0 && at < date.evidence.end ? body.slice(Math.max(0, at - 12), at) : "";
  const preposition = PREPOSITIONS.exec(before)?.[1]?.toLowerCase() ?? DATE_PREPOSITION[date.kind];
  return preposition ? `${preposition} ${date.text}` : date.text;
}

/** The sentence a question shows as its evidence, as text. */
export function evidenceOf(ctx: GeneratorContext, span: { start: number; end: number }): string {
  const sentence = ctx.sentence(span);
  return ctx.article.body.slice(sentence.start, sentence.end);
}

/** Built-in names of the same kind as `entity`. */
export function poolFor(entity: Entity): string[] {
  if (entity.kind === "person") return PERSON_NAMES;
  if (entity.kind === "organization") return ORGANIZATION_NAMES;
  return PLACE_NAMES[entity.subKind as keyof typeof PLACE_NAMES] ?? [];
}

/** "Who is a research fellow at the Institute for Foreign Policy Studies?" → the person. */
function whoHasRole(ctx: GeneratorContext): Question[] {
  const { index } = ctx;
  return defined(
    index.people.map((person) => {
      const label = roleLabel(index, person.fact as Person);
      if (!label) return undefined;
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
        fromPool: PERSON_NAMES,
        isTrue: sameLabel,
        isInArticle: index.mentions,
        notIn: evidenceOf(ctx, person.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "people-roles",
          // Without an organization, "Who is the President?" has no single answer
          // outside the article, so the prompt points back into it.
          prompt: (person.fact as Person).affiliation
            ? `Who is ${withIndefiniteArticle(label)}?`
            : `Who does the article describe as ${/^\p{Lu}/u.test(label) ? label : withIndefiniteArticle(label)}?`,
          explanation: `The article introduces ${person.name} as ${withIndefiniteArticle(label)}.`,
          evidence: [ctx.sentence(person.evidence)],
        },
        person.name,
        distractors,
        rng,
      );
    }),
  );
}

/** "What is Li Yanliang’s role?" → "research fellow". */
function whatRole(ctx: GeneratorContext): Question[] {
  const { index } = ctx;
  // One entry per distinct role: with many people sharing a role, repeats would only slow the sampling.
  const byNormalized = new Map<string, string>();
  for (const p of index.people) {
    const role = (p.fact as Person).role;
    if (role && !byNormalized.has(normalizeAnswer(role))) byNormalized.set(normalizeAnswer(role), role);
  }
  const roles = [...byNormalized.values()];
  return defined(
    index.people.map((person) => {
      const role = (person.fact as Person).role;
      if (!role) return undefined;
      const id = questionId(TYPE, "role", [person.id]);
      const rng = ctx.rngFor(id);
      const distractors = pickDistractors({
        rng,
        answer: role,
        fromArticle: roles,
        fromPool: ROLES,
        notIn: evidenceOf(ctx, person.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "people-roles",
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

/** "Which organization is Li Yanliang part of?" → the affiliation. */
function whichAffiliation(ctx: GeneratorContext): Question[] {
  const { index } = ctx;
  return defined(
    index.people.map((person) => {
      const orgId = (person.fact as Person).affiliation;
      const org = orgId ? index.entities.get(orgId) : undefined;
      if (!org) return undefined;
      const id = questionId(TYPE, "affiliation", [person.id, org.id]);
      const rng = ctx.rngFor(id);
      const distractors = pickDistractors({
        rng,
        answer: org.name,
        answerNames: org.names,
        fromArticle: index.memo("names:organizations", () => namesOf(index.organizations)),
        fromPool: ORGANIZATION_NAMES,
        isInArticle: index.mentions,
        notIn: evidenceOf(ctx, person.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "people-roles",
          prompt: `Which organization is ${person.name} part of?`,
          explanation: `The article says ${person.name} is with ${nameInSentence(org.name)}.`,
          evidence: [ctx.sentence(person.evidence)],
        },
        org.name,
        distractors,
        rng,
      );
    }),
  );
}

const WHICH: Record<string, string> = {
  city: "Which city",
  country: "Which country",
  region: "Which region",
  venue: "Where",
};

/**
 * "Who stressed ...?", "Which country contributes ...?"; a predicate that
 * already names the kind ("is the city where ...") reads "What is the city where ...?".
 */
function claimQuestion(subject: Entity, predicate: string): string {
  if (subject.kind !== "person" && /^is\s+(?:the|a|an)\s/.test(predicate)) return `What ${predicate}?`;
  const asker =
    subject.kind === "person"
      ? "Who"
      : subject.kind === "organization"
        ? "Which organization"
        : (WHICH[subject.subKind] ?? "Which place");
  return `${asker} ${predicate}, according to the article?`;
}

/** "Who stressed ...?", "Which country contributes ...?" → the claim's subject. */
function whoDidIt(ctx: GeneratorContext): Question[] {
  const { index } = ctx;
  return defined(
    ctx.article.facts.claims.map((claim) => {
      const subject = index.entities.get(claim.subject);
      if (!subject) return undefined;
      const id = questionId(TYPE, "who-claim", [claim.id]);
      const rng = ctx.rngFor(id);
      const predicate = claim.predicate.trim().replace(/[.\s]+$/, "");
      const prompt = claimQuestion(subject, predicate);
      const distractors = pickDistractors({
        rng,
        answer: subject.name,
        answerNames: subject.names,
        fromArticle: kindNames(index, subject),
        fromPool: poolFor(subject),
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
function whereEvent(ctx: GeneratorContext): Question[] {
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
        fromPool: poolFor(place),
        isTrue: sameEventThere,
        isInArticle: index.mentions,
        notIn: evidenceOf(ctx, event.evidence),
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "key-details",
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

/** "the program began" → "When does the article say the program began?" */
function whenPrompt(describes: string): string {
  const clause = describes
    .trim()
    .replace(/[.\s]+$/, "")
    .replace(/^(The|A|An)\s/, (w) => w.toLowerCase());
  return `When does the article say ${clause}?`;
}

/** "When did the program begin?" → "2023". */
function whenDate(ctx: GeneratorContext): Question[] {
  const { dates } = ctx.article.facts;
  // "date|what happened" pairs the article states, and the dates of each kind.
  const stated = new Set(dates.map((d) => `${normalizeAnswer(d.text)}|${normalizeAnswer(d.describes)}`));
  const textsByKind = new Map<string, string[]>();
  for (const d of dates) {
    const texts = textsByKind.get(d.kind) ?? [];
    // One entry per distinct date: repeats would only slow the sampling down.
    if (!texts.some((t) => normalizeAnswer(t) === normalizeAnswer(d.text))) texts.push(d.text);
    textsByKind.set(d.kind, texts);
  }
  return defined(
    dates.map((date) => {
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
          prompt: date.question ?? whenPrompt(date.describes),
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
function howMany(ctx: GeneratorContext): Question[] {
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

const wordCount = (text: string) => text.trim().split(/\s+/).length;
const isPlural = (text: string) => /[^s]s$/.test(text);

/**
 * "Which word completes this sentence from the article?" over a key term.
 * Wrong options are the article's other key terms of the same shape (as many
 * words, singular or plural alike, so grammar gives nothing away), taken
 * from other paragraphs and sharing no word with the answer: a term from
 * the same passage or a near-synonym could be argued to fit. Words for
 * people are never asked this way nor offered: "workers" and "employees"
 * are often the same people in one article.
 */
function whichTerm(ctx: GeneratorContext): Question[] {
  const { body, paragraphs } = ctx.article;
  // Compounds only: single words of one article are too often near-synonyms or kinds of each
  // other ("predators" and "animals" for wolves, "treatment" and "therapy"); "power plant" and
  // "sea water" are not.
  const terms = (ctx.article.facts.terms ?? []).filter((t) => !t.people && wordCount(t.text) >= 2);
  const paragraphOf = (offset: number) => {
    let end = 0;
    for (const p of paragraphs) {
      end += p.length + 2;
      if (offset < end) return body.slice(end - p.length - 2, end);
    }
    return "";
  };
  return defined(
    terms.map((term) => {
      const sentenceSpan = ctx.sentence(term.evidence);
      const sentence = body.slice(sentenceSpan.start, sentenceSpan.end);
      const blanked = blankedSentence(sentence, term.text, term.accepted ?? []);
      if (!blanked || sentence.length > 300) return undefined;
      const id = questionId(TYPE, "term", [term.id]);
      const rng = ctx.rngFor(id);
      const answerWords = new Set(normalizeAnswer(term.text).split(" "));
      const paragraph = paragraphOf(term.evidence.start);
      const shape = (t: string) => wordCount(t) === wordCount(term.text) && isPlural(t) === isPlural(term.text);
      const distractors = pickDistractors({
        rng,
        answer: term.text,
        answerNames: term.accepted ?? [],
        fromArticle: terms.map((t) => t.text).filter(shape),
        isTrue: (candidate) =>
          normalizeAnswer(candidate)
            .split(" ")
            .some((w) => answerWords.has(w)) ||
          ` ${normalizeAnswer(paragraph)} `.includes(` ${normalizeAnswer(candidate)} `),
        notIn: sentence,
      });
      return choiceQuestion(
        {
          id,
          type: TYPE,
          skill: "key-details",
          prompt: `Which ${wordCount(term.text) === 1 ? "word completes" : "words complete"} this sentence from the article? ${blanked}`,
          explanation: `The article says “${term.text}” here.`,
          evidence: [sentenceSpan],
        },
        term.text,
        distractors,
        rng,
      );
    }),
  );
}

export function multipleChoice(ctx: GeneratorContext): Question[] {
  return [whoHasRole, whatRole, whichAffiliation, whoDidIt, whereEvent, whenDate, howMany, whichTerm].flatMap(
    (generate) => generate(ctx),
  );
}
