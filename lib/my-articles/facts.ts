/**
 * A teacher's corrections to the facts extracted from a pasted article, as
 * pure functions on ArticleFacts. Each refuses, with a reason a teacher can
 * act on, what would break the rules every source of facts follows
 * (lib/facts), so the result stays usable by the question engine. Every
 * fact keeps an evidence span inside the article that contains what the
 * fact says, so "show me in the article" stays true.
 */
import type { Article, ArticleFacts, OrganizationKind, Person, PlaceKind, Span } from "../article/types";
import { describeFactProblem, validateFacts } from "../facts";
import { sentenceAround } from "../quiz/text";

/** The kinds of fact the review lists, in the order it lists them. */
export const FACT_KINDS = ["people", "organizations", "places", "dates", "numbers", "quotes", "claims"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Kinds a teacher can give an organization or a place, in the order the review offers them. */
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ["company", "government", "university", "school", "institute", "court", "team", "charity", "media", "program", "other"];
export const PLACE_KINDS: readonly PlaceKind[] = ["town", "city", "region", "country", "venue"];

export type Corrected = { ok: true; facts: ArticleFacts; note?: string } | { ok: false; problems: string[] };

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();
const spanText = (body: string, span: Span) => body.slice(span.start, span.end);

/**
 * Where `text` is written in the article, preferring the sentence of
 * `near`: the span a corrected name should point to. Case-insensitive,
 * whole words. null when the article never writes it.
 */
export function locate(body: string, text: string, near: Span): Span | null {
  const needle = text.toLowerCase();
  if (!needle) return null;
  const hay = body.toLowerCase();
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const occurrences: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWord(body[at - 1]) && !isWord(body[at + needle.length])) occurrences.push(at);
  }
  if (occurrences.length === 0) return null;
  const sentence = sentenceAround(body, near);
  const inSentence = occurrences.find((at) => at >= sentence.start && at + needle.length <= sentence.end);
  // Otherwise the occurrence nearest the old evidence: the same mention, more likely than one far away.
  const nearest = inSentence ?? occurrences.reduce((best, at) => (Math.abs(at - near.start) < Math.abs(best - near.start) ? at : best));
  return { start: nearest, end: nearest + needle.length };
}

/** Removes one fact and whatever pointed at it (a removed person's quotations and claims, a removed date from its events...). */
export function removeFact(facts: ArticleFacts, kind: FactKind, id: string): { facts: ArticleFacts; alsoRemoved: number } {
  const next: ArticleFacts = { ...facts, [kind]: (facts[kind] as { id: string }[]).filter((f) => f.id !== id) };
  let alsoRemoved = 0;
  if (kind === "people") {
    const quotes = next.quotes.filter((q) => q.speaker !== id);
    alsoRemoved += next.quotes.length - quotes.length;
    next.quotes = quotes;
  }
  if (kind === "people" || kind === "organizations" || kind === "places") {
    const claims = next.claims.filter((c) => c.subject !== id);
    alsoRemoved += next.claims.length - claims.length;
    next.claims = claims;
  }
  if (kind === "organizations") next.people = next.people.map((p) => (p.affiliation === id ? withoutKey(p, "affiliation") : p));
  if (kind === "dates") next.events = next.events.map((e) => (e.when === id ? withoutKey(e, "when") : e));
  if (kind === "places") next.events = next.events.map((e) => (e.where === id ? withoutKey(e, "where") : e));
  return { facts: next, alsoRemoved };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** Every name an entity other than `except` goes by, lowercased. */
function namesInUse(facts: ArticleFacts, except: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of [...facts.people, ...facts.organizations, ...facts.places]) {
    if (e.id === except) continue;
    for (const name of [e.name, "shortName" in e ? e.shortName : undefined, ...(e.aliases ?? [])]) if (name) names.set(name.toLowerCase(), e.name);
  }
  return names;
}

export interface PersonCorrection {
  name: string;
  /** Empty: the person goes by their full name only. */
  shortName: string;
  /** Empty: no role. */
  role: string;
}

export function correctPerson(article: Pick<Article, "body" | "facts">, id: string, change: PersonCorrection): Corrected {
  const { body, facts } = article;
  const person = facts.people.find((p) => p.id === id);
  if (!person) return { ok: false, problems: ["This person is no longer in the list."] };
  const name = tidy(change.name);
  const shortName = tidy(change.shortName);
  const role = tidy(change.role);
  const problems: string[] = [];
  const evidence = name ? locate(body, name, person.evidence) : null;
  if (!name) problems.push("Write the person’s name.");
  else if (!evidence) problems.push(`“${name}” is not written in the article. Spell the name as the article does.`);
  const taken = namesInUse(facts, id);
  for (const n of [name, shortName]) if (n && taken.has(n.toLowerCase())) problems.push(`“${n}” is already the name of ${taken.get(n.toLowerCase())}.`);
  if (shortName && shortName.toLowerCase() === name.toLowerCase()) problems.push("The short name is the same as the full name: leave it empty.");
  if (shortName && !locate(body, shortName, person.evidence)) problems.push(`“${shortName}” is not written in the article.`);
  if (role && evidence) {
    const sentence = spanText(body, sentenceAround(body, evidence)).toLowerCase();
    if (!sentence.includes(role.toLowerCase())) problems.push(`The sentence that names ${name} does not say “${role}”. Use the article’s words for the role, or leave it empty.`);
  }
  if (problems.length > 0 || !evidence) return { ok: false, problems };
  // A teacher's correction is certain, whatever the extractor thought.
  const corrected: Person = { ...withoutKey(withoutKey(withoutKey(person, "shortName"), "role"), "certainty"), name, evidence };
  if (shortName) corrected.shortName = shortName;
  if (role) corrected.role = role;
  // Aliases were found for the old spelling; keep those the new names do not repeat.
  if (corrected.aliases) {
    const aliases = corrected.aliases.filter((a) => ![name, shortName].some((n) => n.toLowerCase() === a.toLowerCase()) && !taken.has(a.toLowerCase()));
    if (aliases.length > 0) corrected.aliases = aliases;
    else delete corrected.aliases;
  }
  return { ok: true, facts: { ...facts, people: facts.people.map((p) => (p.id === id ? corrected : p)) } };
}

/** An organization's or a place's name. */
export function correctName(article: Pick<Article, "body" | "facts">, kind: "organizations" | "places", id: string, newName: string): Corrected {
  const { body, facts } = article;
  const entity = (facts[kind] as { id: string; name: string; evidence: Span; aliases?: string[] }[]).find((e) => e.id === id);
  if (!entity) return { ok: false, problems: ["This fact is no longer in the list."] };
  const name = tidy(newName);
  if (!name) return { ok: false, problems: ["Write the name."] };
  const evidence = locate(body, name, entity.evidence);
  if (!evidence) return { ok: false, problems: [`“${name}” is not written in the article. Spell the name as the article does.`] };
  const taken = namesInUse(facts, id);
  if (taken.has(name.toLowerCase())) return { ok: false, problems: [`“${name}” is already the name of ${taken.get(name.toLowerCase())}.`] };
  const aliases = entity.aliases?.filter((a) => a.toLowerCase() !== name.toLowerCase());
  const corrected = { ...withoutKey(withoutKey(entity as typeof entity & { certainty?: number }, "aliases"), "certainty"), name, evidence, ...(aliases && aliases.length > 0 ? { aliases } : {}) };
  return { ok: true, facts: { ...facts, [kind]: (facts[kind] as { id: string }[]).map((e) => (e.id === id ? corrected : e)) } as ArticleFacts };
}

/** "Shannon Foods" is a company, not a region: the kind of an organization or a place, from the lists above. */
export function correctKind(facts: ArticleFacts, kind: "organizations" | "places", id: string, newKind: string): Corrected {
  const allowed: readonly string[] = kind === "organizations" ? ORGANIZATION_KINDS : PLACE_KINDS;
  if (!allowed.includes(newKind)) return { ok: false, problems: [`Choose one of: ${allowed.join(", ")}.`] };
  const list = facts[kind] as { id: string; kind: string; certainty?: number }[];
  if (!list.some((e) => e.id === id)) return { ok: false, problems: ["This fact is no longer in the list."] };
  return { ok: true, facts: { ...facts, [kind]: list.map((e) => (e.id === id ? { ...withoutKey(e, "certainty"), kind: newKind } : e)) } as ArticleFacts };
}

export function setQuoteSpeaker(facts: ArticleFacts, quoteId: string, personId: string): Corrected {
  if (!facts.people.some((p) => p.id === personId)) return { ok: false, problems: ["Choose a speaker from the people in the article."] };
  if (!facts.quotes.some((q) => q.id === quoteId)) return { ok: false, problems: ["This quotation is no longer in the list."] };
  return { ok: true, facts: { ...facts, quotes: facts.quotes.map((q) => (q.id === quoteId ? { ...withoutKey(q, "certainty"), speaker: personId } : q)) } };
}

export interface NumberCorrection {
  /** As typed: "50,000", "3.5". */
  value: string;
  counts: string;
}

/** Reads "50,000", "3.5", "-2" as typed by a teacher; null for anything else. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, "");
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && Math.abs(value) <= 1e15 ? value : null;
}

export function correctNumber(facts: ArticleFacts, id: string, change: NumberCorrection): Corrected {
  const number = facts.numbers.find((n) => n.id === id);
  if (!number) return { ok: false, problems: ["This number is no longer in the list."] };
  const problems: string[] = [];
  const value = parseTypedNumber(change.value);
  if (value === null) problems.push("Write the value in digits, like 50,000 or 3.5.");
  const counts = tidy(change.counts);
  if (!counts) problems.push("Say what the number counts, like “new parks”.");
  if (problems.length > 0 || value === null) return { ok: false, problems };
  return { ok: true, facts: { ...facts, numbers: facts.numbers.map((n) => (n.id === id ? { ...withoutKey(n, "certainty"), value, counts } : n)) } };
}

export function correctDate(facts: ArticleFacts, id: string, describes: string): Corrected {
  const text = tidy(describes);
  if (!text) return { ok: false, problems: ["Say what happened then, like “the city opened the park”."] };
  if (!facts.dates.some((d) => d.id === id)) return { ok: false, problems: ["This date is no longer in the list."] };
  return { ok: true, facts: { ...facts, dates: facts.dates.map((d) => (d.id === id ? { ...withoutKey(d, "certainty"), describes: text } : d)) } };
}

export function correctMainIdea(facts: ArticleFacts, statement: string): Corrected {
  const text = tidy(statement);
  if (!text) return { ok: false, problems: ["Write the main idea in one sentence."] };
  // The distortions were made from the old statement; one that now repeats it would be a second right answer.
  const other = (option: string) => option.trim().toLowerCase() !== text.toLowerCase();
  const { details, ...idea } = facts.mainIdea;
  const kept = details?.filter(other);
  return { ok: true, facts: { ...facts, mainIdea: { ...idea, statement: text, distortions: idea.distortions.filter(other), ...(kept ? { details: kept } : {}) } } };
}

/**
 * What is wrong with an article's facts (empty when sound), by the rules
 * every source of facts follows (lib/facts): run on what the review saves
 * and on what storage hands back.
 */
export function factProblems(article: Pick<Article, "body" | "facts">): string[] {
  return validateFacts(article).map(describeFactProblem);
}
