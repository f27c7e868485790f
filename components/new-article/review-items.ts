/**
 * What the review shows and offers for each fact, kind by kind: its name,
 * the line under it, the correction form's fields and the pure correction
 * (lib/my-articles) the form's values go to. Plain data and functions, so
 * the cards only render it.
 */
import type {
  ArticleFacts,
  CauseFact,
  Claim,
  DateFact,
  EventFact,
  NumberFact,
  Organization,
  Person,
  Place,
  Position,
  Quote,
  Span,
  UnnamedQuote,
  VocabularyFact,
} from "@/lib/article";
import {
  correctCause,
  correctClaim,
  correctDate,
  correctEvent,
  correctKind,
  correctName,
  correctNumber,
  correctPerson,
  correctPosition,
  correctUnnamedSpeaker,
  correctWord,
  factsOf,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  reviewOrder,
  setQuoteSpeaker,
  wordsOf,
  type AnyFact,
  type Corrected,
  type FactKind,
} from "@/lib/my-articles";
import type { CorrectionField, FieldOption } from "./correction-form";

/** A choice applied as soon as it is made (who said a quotation, a company or a town), beside the fact. */
export interface QuickChoice {
  label: string;
  value: string;
  options: readonly FieldOption[];
  apply: (value: string) => Corrected;
  /** What the review announces once it is applied. */
  describe: (value: string) => string;
}

export interface FactItem {
  kind: FactKind;
  fact: AnyFact;
  /** Names the fact in buttons and forms: "Correct Maria Okafor", "Remove quotation 2". */
  name: string;
  /** The first line shown; none: the evidence says it all (a quotation). */
  title?: string;
  detail?: string;
  /** The fact's own words in its evidence: what is marked. */
  words: Span;
  fields?: CorrectionField[];
  correct?: (values: Record<string, string>) => Corrected;
  choices?: QuickChoice[];
}

export const KIND_HINTS: Record<FactKind, string> = {
  people: "Names as the article writes them, with a role where it gives one.",
  organizations: "Companies, institutions, governments, teams.",
  places: "Cities, countries, regions, venues.",
  dates: "When things happened, and what happened then.",
  numbers: "Each number and what it counts.",
  quotes: "Words in quotation marks and who said them.",
  unnamedQuotes: "Words of speakers the article does not name: never asked as “who said”.",
  events: "What happened, with when and where, for questions on the order of events.",
  claims: "Simple statements the article makes about a person, organization or place.",
  causes: "Why something happened, asked as “Why…?”, with the answer the article gives.",
  positions: "What a speaker argues or wants, in plain words.",
  vocabulary: "Words a student may not know, with their meaning in the sentence.",
};

const none = (label: string): FieldOption => ({ value: "", label });
const options = (list: readonly { id: string; name: string }[]) => list.map((e) => ({ value: e.id, label: e.name }));
const kinds = (list: readonly string[]) => list.map((k) => ({ value: k, label: k }));

/** Every fact of `kind`, least certain first, as the review shows it. */
export function reviewItems(article: { body: string; facts: ArticleFacts }, kind: FactKind): FactItem[] {
  const { body, facts } = article;
  const entities = [...facts.people, ...facts.organizations, ...facts.places];
  const nameOf = (id: string | undefined) =>
    id === undefined ? undefined : (entities.find((e) => e.id === id)?.name ?? id);
  const dateOf = (id: string | undefined) => facts.dates.find((d) => d.id === id)?.text;
  // Numbered in the article's order, whatever order the review lists them in.
  const position = (id: string) => factsOf(facts, kind).findIndex((f) => f.id === id) + 1;
  const base = (fact: AnyFact) => ({ kind, fact, words: wordsOf(body, kind, fact) });
  // A claim's or a view's evidence is its whole sentence: the name of whom it is about is what to mark.
  const nameIn = (fact: AnyFact, id: string): Span => {
    const entity = entities.find((e) => e.id === id);
    const text = body.slice(fact.evidence.start, fact.evidence.end);
    for (const name of entity
      ? [entity.name, "shortName" in entity ? entity.shortName : undefined, ...(entity.aliases ?? [])]
      : []) {
      const at = name ? text.indexOf(name) : -1;
      if (name && at >= 0) return { start: fact.evidence.start + at, end: fact.evidence.start + at + name.length };
    }
    return fact.evidence;
  };

  return reviewOrder(facts, kind).map((fact): FactItem => {
    switch (kind) {
      case "people": {
        const p = fact as Person;
        return {
          ...base(p),
          name: p.name,
          title: p.name,
          detail:
            [p.role, p.shortName && `called “${p.shortName}”`, nameOf(p.affiliation)].filter(Boolean).join(" · ") ||
            undefined,
          fields: [
            { name: "name", label: "Full name", value: p.name },
            {
              name: "shortName",
              label: "Short name (optional)",
              value: p.shortName ?? "",
              hint: "How the article refers to them later, e.g. the surname.",
            },
            {
              name: "role",
              label: "Role (optional)",
              value: p.role ?? "",
              hint: "In the article’s own words, from the sentence that names them.",
            },
            {
              name: "affiliation",
              label: "Works for (optional)",
              value: p.affiliation ?? "",
              options: [none("None"), ...options(facts.organizations)],
            },
          ],
          correct: (v) =>
            correctPerson(article, p.id, {
              name: v.name ?? "",
              shortName: v.shortName ?? "",
              role: v.role ?? "",
              affiliation: v.affiliation ?? "",
            }),
        };
      }
      case "organizations":
      case "places": {
        const e = fact as Organization | Place;
        return {
          ...base(e),
          name: e.name,
          title: e.name,
          detail: e.kind === "other" ? undefined : e.kind,
          fields: [{ name: "name", label: "Name", value: e.name }],
          correct: (v) => correctName(article, kind, e.id, v.name ?? ""),
          choices: [
            {
              label: "Kind",
              value: e.kind,
              options: kinds(kind === "organizations" ? ORGANIZATION_KINDS : PLACE_KINDS),
              apply: (value) => correctKind(facts, kind, e.id, value),
              describe: (value) => `Changed the kind of ${e.name} to ${value}.`,
            },
          ],
        };
      }
      case "dates": {
        const d = fact as DateFact;
        return {
          ...base(d),
          name: d.text,
          title: d.text,
          detail: d.describes || undefined,
          fields: [
            {
              name: "describes",
              label: "What happened then",
              value: d.describes,
              hint: "A short clause, e.g. “the city opened the park”.",
            },
          ],
          correct: (v) => correctDate(facts, d.id, v.describes ?? ""),
        };
      }
      case "numbers": {
        const n = fact as NumberFact;
        return {
          ...base(n),
          name: n.text,
          title: n.text,
          detail: `${n.value.toLocaleString("en-US")} ${n.counts}`,
          fields: [
            { name: "value", label: "Value", value: String(n.value), hint: "In digits, e.g. 50,000 or 3.5." },
            { name: "counts", label: "What it counts", value: n.counts, hint: "E.g. “new parks”, “years”." },
          ],
          correct: (v) => correctNumber(facts, n.id, { value: v.value ?? "", counts: v.counts ?? "" }),
        };
      }
      case "quotes": {
        const q = fact as Quote;
        const name = `quotation ${position(q.id)}`;
        return {
          ...base(q),
          name,
          choices: [
            {
              label: "Who said it",
              value: q.speaker,
              options: options(facts.people),
              apply: (value) => setQuoteSpeaker(facts, q.id, value),
              describe: (value) => `Gave ${name} to ${nameOf(value)}.`,
            },
          ],
        };
      }
      case "unnamedQuotes": {
        const q = fact as UnnamedQuote;
        return {
          ...base(q),
          name: `unnamed quotation ${position(q.id)}`,
          title: `Said by ${q.speaker}`,
          fields: [
            {
              name: "speaker",
              label: "Who said it",
              value: q.speaker,
              hint: "As the article describes them, e.g. “a spokeswoman for the hospital”.",
            },
          ],
          correct: (v) => correctUnnamedSpeaker(facts, q.id, v.speaker ?? ""),
        };
      }
      case "events": {
        const e = fact as EventFact;
        return {
          ...base(e),
          name: `event ${position(e.id)}`,
          title: e.description,
          detail:
            [dateOf(e.when), nameOf(e.where), e.order !== undefined && `number ${e.order} in time`]
              .filter(Boolean)
              .join(" · ") || undefined,
          fields: [
            {
              name: "description",
              label: "What happened",
              value: e.description,
              hint: "A short sentence a student can recognise.",
            },
            {
              name: "when",
              label: "When (optional)",
              value: e.when ?? "",
              options: [none("Not said"), ...facts.dates.map((d) => ({ value: d.id, label: d.text }))],
            },
            {
              name: "where",
              label: "Where (optional)",
              value: e.where ?? "",
              options: [none("Not said"), ...options(facts.places)],
            },
            {
              name: "order",
              label: "Order in time (optional)",
              value: e.order === undefined ? "" : String(e.order),
              hint: "1 for what happened first; empty when the article does not make the order certain.",
            },
          ],
          correct: (v) =>
            correctEvent(facts, e.id, {
              description: v.description ?? "",
              when: v.when ?? "",
              where: v.where ?? "",
              order: v.order ?? "",
            }),
        };
      }
      case "claims": {
        const c = fact as Claim;
        return {
          ...base(c),
          words: nameIn(c, c.subject),
          name: `claim ${position(c.id)}`,
          title: `${nameOf(c.subject)} ${c.predicate}`,
          fields: [
            { name: "subject", label: "About", value: c.subject, options: options(entities) },
            {
              name: "predicate",
              label: "What the article says about them",
              value: c.predicate,
              hint: "Everything after the name, e.g. “voted against the plan”.",
              multiline: true,
            },
          ],
          correct: (v) => correctClaim(facts, c.id, { subject: v.subject ?? "", predicate: v.predicate ?? "" }),
        };
      }
      case "causes": {
        const c = fact as CauseFact;
        return {
          ...base(c),
          name: `why-question ${position(c.id)}`,
          title: c.question,
          detail: `Answer: ${c.answer}`,
          fields: [
            { name: "question", label: "Question", value: c.question },
            { name: "answer", label: "Right answer", value: c.answer, multiline: true },
            {
              name: "distractors",
              label: "Wrong answers (optional, one a line)",
              value: (c.distractors ?? []).join("\n"),
              hint: "True statements of the article that do not answer the question.",
              multiline: true,
            },
          ],
          correct: (v) =>
            correctCause(facts, c.id, {
              question: v.question ?? "",
              answer: v.answer ?? "",
              distractors: v.distractors ?? "",
            }),
        };
      }
      case "positions": {
        const p = fact as Position;
        return {
          ...base(p),
          words: nameIn(p, p.speaker),
          name: `view ${position(p.id)}`,
          title: `${nameOf(p.speaker)}: ${p.statement}`,
          detail: p.topic && `about ${p.topic}`,
          fields: [
            { name: "speaker", label: "Whose view", value: p.speaker, options: options(facts.people) },
            { name: "statement", label: "What they argue", value: p.statement, multiline: true },
            {
              name: "topic",
              label: "About (optional)",
              value: p.topic ?? "",
              hint: "For the question, e.g. “the new road” in “What does she say about the new road?”.",
            },
          ],
          correct: (v) =>
            correctPosition(facts, p.id, {
              speaker: v.speaker ?? "",
              statement: v.statement ?? "",
              topic: v.topic ?? "",
            }),
        };
      }
      case "vocabulary": {
        const w = fact as VocabularyFact;
        return {
          ...base(w),
          name: w.term,
          title: w.term,
          detail: w.meaning,
          fields: [
            { name: "meaning", label: "Meaning in this sentence", value: w.meaning },
            {
              name: "otherMeanings",
              label: "Wrong meanings (optional, one a line)",
              value: (w.otherMeanings ?? []).join("\n"),
              multiline: true,
            },
          ],
          correct: (v) => correctWord(facts, w.id, { meaning: v.meaning ?? "", otherMeanings: v.otherMeanings ?? "" }),
        };
      }
    }
  });
}
