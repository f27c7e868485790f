/**
 * Look-ups over an article's facts that every generator needs: entities by
 * id with all their names, and "is this already true according to the
 * article?" checks that keep distractors honest.
 */
import type { Article, EntityKind, Organization, Person, Place, Span } from "./article-types";
import { normalizeAnswer } from "./match";
import { nameInSentence } from "./text";

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Place kind ("city", "country"...) or organization kind; "person" for people. */
  subKind: string;
  name: string;
  /** Name, short name and aliases: every way the article or a student may name it. */
  names: string[];
  normalizedNames: Set<string>;
  evidence: Span;
  fact: Person | Organization | Place;
}

export interface ArticleIndex {
  article: Article;
  entities: Map<string, Entity>;
  /** Entities in the order the article introduces them. */
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
  /** Normalized claim predicate → ids of subjects the article says it of. */
  subjectsByPredicate: Map<string, Set<string>>;
  /** Normalized quotation → ids of people who said it. */
  speakersByQuote: Map<string, Set<string>>;
  /** Every normalized name of every entity: a built-in distractor must not be one. */
  allNames: Set<string>;
  /** Is `text` (any phrase) written somewhere in the article? Cached. */
  mentions(text: string): boolean;
  /** The entity one of whose names this is, if any. */
  byName(text: string): Entity | undefined;
  /** Work several generators need (e.g. a claim's false subject), done once per article. */
  memo<T>(key: string, compute: () => T): T;
}

function entity(kind: EntityKind, subKind: string, fact: Person | Organization | Place): Entity {
  const names = [
    fact.name,
    ...("shortName" in fact && fact.shortName ? [fact.shortName] : []),
    ...(fact.aliases ?? []),
  ];
  return {
    id: fact.id,
    kind,
    subKind,
    name: fact.name,
    names,
    normalizedNames: new Set(names.map(normalizeAnswer)),
    evidence: fact.evidence,
    fact,
  };
}

const byPosition = (a: Entity, b: Entity) => a.evidence.start - b.evidence.start;

export function indexArticle(article: Article): ArticleIndex {
  const { facts } = article;
  const people = facts.people.map((p) => entity("person", "person", p)).sort(byPosition);
  const organizations = facts.organizations.map((o) => entity("organization", o.kind, o)).sort(byPosition);
  const places = facts.places.map((p) => entity("place", p.kind, p)).sort(byPosition);
  const entities = new Map<string, Entity>();
  for (const e of [...people, ...organizations, ...places]) entities.set(e.id, e);

  const subjectsByPredicate = new Map<string, Set<string>>();
  for (const claim of facts.claims) {
    const key = normalizeAnswer(claim.predicate);
    if (!subjectsByPredicate.has(key)) subjectsByPredicate.set(key, new Set());
    subjectsByPredicate.get(key)!.add(claim.subject);
  }
  const speakersByQuote = new Map<string, Set<string>>();
  for (const quote of facts.quotes) {
    const key = normalizeAnswer(quote.text);
    if (!speakersByQuote.has(key)) speakersByQuote.set(key, new Set());
    speakersByQuote.get(key)!.add(quote.speaker);
  }
  const allNames = new Set<string>();
  const entityByName = new Map<string, Entity>();
  for (const e of entities.values()) {
    for (const n of e.normalizedNames) {
      allNames.add(n);
      if (!entityByName.has(n)) entityByName.set(n, e);
    }
  }

  // Where each normalized word occurs in the body, built on first use: most
  // built-in names share no word with the article, and are ruled out at once
  // instead of by a scan of the whole text.
  let words: string[] | undefined;
  let positions: Map<string, number[]> | undefined;
  const mentionCache = new Map<string, boolean>();
  const mentions = (text: string) => {
    const key = normalizeAnswer(text);
    let found = mentionCache.get(key);
    if (found === undefined) {
      if (!words || !positions) {
        words = article.paragraphs.flatMap((p) => normalizeAnswer(p).split(" "));
        positions = new Map();
        for (let i = 0; i < words.length; i++) {
          const list = positions.get(words[i]!);
          if (list) list.push(i);
          else positions.set(words[i]!, [i]);
        }
      }
      const phrase = key.split(" ");
      const body = words;
      found = key !== "" && (positions.get(phrase[0]!) ?? []).some((at) => phrase.every((w, k) => body[at + k] === w));
      mentionCache.set(key, found);
    }
    return found;
  };
  const memoCache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    let value = memoCache.get(key);
    if (value === undefined && !memoCache.has(key)) {
      value = compute();
      memoCache.set(key, value);
    }
    return value as T;
  };

  const byName = (text: string) => entityByName.get(normalizeAnswer(text));

  return {
    article,
    entities,
    people,
    organizations,
    places,
    subjectsByPredicate,
    speakersByQuote,
    allNames,
    mentions,
    byName,
    memo,
  };
}

/** Entities an answer entity may be swapped with: same kind, and for places the same place kind. */
export function sameKind(index: ArticleIndex, of: Entity): Entity[] {
  return kindList(index, of).filter((e) => e.id !== of.id);
}

/** All entities of `of`'s kind (for places, of its place kind), including `of`; computed once. */
export function kindList(index: ArticleIndex, of: Entity): Entity[] {
  const list = of.kind === "person" ? index.people : of.kind === "organization" ? index.organizations : index.places;
  // A country stands in for a country, not for a city: the swap must stay plausible.
  return of.kind === "place"
    ? index.memo(`places:${of.subKind}`, () => list.filter((e) => e.subKind === of.subKind))
    : list;
}

/** Is `entityId` said to `predicate` by some claim of the article? */
export function claimHolds(index: ArticleIndex, entityId: string, predicate: string): boolean {
  return index.subjectsByPredicate.get(normalizeAnswer(predicate))?.has(entityId) ?? false;
}

/** "research fellow at the Institute for Foreign Policy Studies", or just the role without an affiliation. */
export function roleLabel(index: ArticleIndex, person: Person): string | undefined {
  if (!person.role) return undefined;
  const org = person.affiliation ? index.entities.get(person.affiliation) : undefined;
  return org ? `${person.role} at ${nameInSentence(org.name)}` : person.role;
}

/** Names of all entities of `of`'s kind, in article order, computed once (the answer itself is filtered out later). */
export function kindNames(index: ArticleIndex, of: Entity): string[] {
  return index.memo(`names:${of.kind}:${of.kind === "place" ? of.subKind : ""}`, () =>
    kindList(index, of).map((e) => e.name),
  );
}
