/**
 * A teacher's corrections to the facts extracted from a pasted article, as
 * pure functions on ArticleFacts. Each refuses, with a reason a teacher can
 * act on, what would break the rules every source of facts follows
 * (lib/facts), so the result stays usable by the question engine. Every
 * fact keeps an evidence span inside the article that contains what the
 * fact says, so "show me in the article" stays true.
 */
import type {
  Article,
  ArticleFacts,
  CauseFact,
  Claim,
  DateKind,
  EventFact,
  OrganizationKind,
  Person,
  PlaceKind,
  Position,
  Span,
  UnnamedQuote,
  VocabularyFact,
} from "../article";
import { AUTHORED_FACT_LISTS, describeFactProblem, validateFacts } from "../facts";
import { parseNumber, sentenceAround } from "../text";
import { acrossParagraphs, findWords, sentencesHolding, trimWords } from "./words";

/** The kinds of fact the review lists, in the order it lists them: everything a question can be made from. */
export const FACT_KINDS = AUTHORED_FACT_LISTS;
export type FactKind = (typeof FACT_KINDS)[number];

/** One fact of any kind the review lists: they all have an id and an evidence span. */
export type AnyFact = { id: string; evidence: Span; certainty?: number };

/** The facts of one kind; the kinds only extracted articles have may be missing. */
export function factsOf(facts: ArticleFacts, kind: FactKind): AnyFact[] {
  return (facts[kind] as AnyFact[] | undefined) ?? [];
}

/** Kinds a teacher can give an organization or a place, in the order the review offers them. */
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  "company",
  "government",
  "university",
  "school",
  "institute",
  "court",
  "team",
  "charity",
  "media",
  "program",
  "other",
];
export const PLACE_KINDS: readonly PlaceKind[] = ["town", "city", "region", "country", "venue"];

/** `id`: the fact added, when one was. */
export type Corrected =
  { ok: true; facts: ArticleFacts; note?: string; id?: string } | { ok: false; problems: string[] };

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
  const nearest =
    inSentence ??
    occurrences.reduce((best, at) => (Math.abs(at - near.start) < Math.abs(best - near.start) ? at : best));
  return { start: nearest, end: nearest + needle.length };
}

/** Removes one fact and whatever pointed at it (a removed person's quotations, claims and positions, a removed date from its events...). */
export function removeFact(
  facts: ArticleFacts,
  kind: FactKind,
  id: string,
): { facts: ArticleFacts; alsoRemoved: number } {
  const next: ArticleFacts = { ...facts, [kind]: factsOf(facts, kind).filter((f) => f.id !== id) };
  let alsoRemoved = 0;
  if (kind === "people") {
    const quotes = next.quotes.filter((q) => q.speaker !== id);
    alsoRemoved += next.quotes.length - quotes.length;
    next.quotes = quotes;
    if (next.positions) {
      const positions = next.positions.filter((p) => p.speaker !== id);
      alsoRemoved += next.positions.length - positions.length;
      next.positions = positions;
    }
  }
  if (kind === "people" || kind === "organizations" || kind === "places") {
    const claims = next.claims.filter((c) => c.subject !== id);
    alsoRemoved += next.claims.length - claims.length;
    next.claims = claims;
  }
  if (kind === "organizations")
    next.people = next.people.map((p) => (p.affiliation === id ? withoutKey(p, "affiliation") : p));
  if (kind === "dates") next.events = next.events.map((e) => (e.when === id ? withoutKey(e, "when") : e));
  if (kind === "places") next.events = next.events.map((e) => (e.where === id ? withoutKey(e, "where") : e));
  return { facts: next, alsoRemoved };
}

/**
 * The teacher says an extracted fact is right as it is: it is then as
 * certain as a corrected one, and asked in the quiz (an unsure date or a
 * number without a worded question is not asked until then).
 */
export function confirmFact(facts: ArticleFacts, kind: FactKind, id: string): Corrected {
  const list = factsOf(facts, kind);
  if (!list.some((f) => f.id === id)) return { ok: false, problems: ["This fact is no longer in the list."] };
  return replaceFact(facts, kind, id, (f) => f);
}

/** `facts` with one fact changed by `change`, its certainty dropped: a teacher's word is certain. */
function replaceFact<T extends AnyFact>(
  facts: ArticleFacts,
  kind: FactKind,
  id: string,
  change: (fact: T) => T,
): Corrected {
  const list = factsOf(facts, kind) as T[];
  return {
    ok: true,
    facts: { ...facts, [kind]: list.map((f) => (f.id === id ? change(withoutKey(f, "certainty")) : f)) },
  };
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
    for (const name of [e.name, "shortName" in e ? e.shortName : undefined, ...(e.aliases ?? [])])
      if (name) names.set(name.toLowerCase(), e.name);
  }
  return names;
}

export interface PersonCorrection {
  name: string;
  /** Empty: the person goes by their full name only. */
  shortName: string;
  /** Empty: no role. */
  role: string;
  /** An organization's id; empty: none; left out: unchanged. */
  affiliation?: string;
}

export function correctPerson(
  article: Pick<Article, "body" | "facts">,
  id: string,
  change: PersonCorrection,
): Corrected {
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
  for (const n of [name, shortName])
    if (n && taken.has(n.toLowerCase())) problems.push(`“${n}” is already the name of ${taken.get(n.toLowerCase())}.`);
  if (shortName && shortName.toLowerCase() === name.toLowerCase())
    problems.push("The short name is the same as the full name: leave it empty.");
  if (shortName && !locate(body, shortName, person.evidence))
    problems.push(`“${shortName}” is not written in the article.`);
  if (role && evidence) {
    const sentence = spanText(body, sentenceAround(body, evidence)).toLowerCase();
    if (!sentence.includes(role.toLowerCase()))
      problems.push(
        `The sentence that names ${name} does not say “${role}”. Use the article’s words for the role, or leave it empty.`,
      );
  }
  const affiliation = change.affiliation === undefined ? person.affiliation : change.affiliation;
  if (affiliation && !facts.organizations.some((o) => o.id === affiliation))
    problems.push("Choose where they work from the organizations in the article, or none.");
  if (problems.length > 0 || !evidence) return { ok: false, problems };
  // A teacher's correction is certain, whatever the extractor thought.
  const corrected: Person = {
    ...withoutKey(withoutKey(withoutKey(withoutKey(person, "shortName"), "role"), "certainty"), "affiliation"),
    name,
    evidence,
  };
  if (shortName) corrected.shortName = shortName;
  if (role) corrected.role = role;
  if (affiliation) corrected.affiliation = affiliation;
  // Aliases were found for the old spelling; keep those the new names do not repeat.
  if (corrected.aliases) {
    const aliases = corrected.aliases.filter(
      (a) => ![name, shortName].some((n) => n.toLowerCase() === a.toLowerCase()) && !taken.has(a.toLowerCase()),
    );
    if (aliases.length > 0) corrected.aliases = aliases;
    else delete corrected.aliases;
  }
  return { ok: true, facts: { ...facts, people: facts.people.map((p) => (p.id === id ? corrected : p)) } };
}

/** An organization's or a place's name. */
export function correctName(
  article: Pick<Article, "body" | "facts">,
  kind: "organizations" | "places",
  id: string,
  newName: string,
): Corrected {
  const { body, facts } = article;
  const entity = (facts[kind] as { id: string; name: string; evidence: Span; aliases?: string[] }[]).find(
    (e) => e.id === id,
  );
  if (!entity) return { ok: false, problems: ["This fact is no longer in the list."] };
  const name = tidy(newName);
  if (!name) return { ok: false, problems: ["Write the name."] };
  const evidence = locate(body, name, entity.evidence);
  if (!evidence)
    return { ok: false, problems: [`“${name}” is not written in the article. Spell the name as the article does.`] };
  const taken = namesInUse(facts, id);
  if (taken.has(name.toLowerCase()))
    return { ok: false, problems: [`“${name}” is already the name of ${taken.get(name.toLowerCase())}.`] };
  const aliases = entity.aliases?.filter((a) => a.toLowerCase() !== name.toLowerCase());
  const corrected = {
    ...withoutKey(withoutKey(entity as typeof entity & { certainty?: number }, "aliases"), "certainty"),
    name,
    evidence,
    ...(aliases && aliases.length > 0 ? { aliases } : {}),
  };
  return {
    ok: true,
    facts: {
      ...facts,
      [kind]: (facts[kind] as { id: string }[]).map((e) => (e.id === id ? corrected : e)),
    } as ArticleFacts,
  };
}

/** "Shannon Foods" is a company, not a region: the kind of an organization or a place, from the lists above. */
export function correctKind(
  facts: ArticleFacts,
  kind: "organizations" | "places",
  id: string,
  newKind: string,
): Corrected {
  const allowed: readonly string[] = kind === "organizations" ? ORGANIZATION_KINDS : PLACE_KINDS;
  if (!allowed.includes(newKind)) return { ok: false, problems: [`Choose one of: ${allowed.join(", ")}.`] };
  const list = facts[kind] as { id: string; kind: string; certainty?: number }[];
  if (!list.some((e) => e.id === id)) return { ok: false, problems: ["This fact is no longer in the list."] };
  return {
    ok: true,
    facts: {
      ...facts,
      [kind]: list.map((e) => (e.id === id ? { ...withoutKey(e, "certainty"), kind: newKind } : e)),
    } as ArticleFacts,
  };
}

export function setQuoteSpeaker(facts: ArticleFacts, quoteId: string, personId: string): Corrected {
  if (!facts.people.some((p) => p.id === personId))
    return { ok: false, problems: ["Choose a speaker from the people in the article."] };
  if (!facts.quotes.some((q) => q.id === quoteId))
    return { ok: false, problems: ["This quotation is no longer in the list."] };
  return {
    ok: true,
    facts: {
      ...facts,
      quotes: facts.quotes.map((q) => (q.id === quoteId ? { ...withoutKey(q, "certainty"), speaker: personId } : q)),
    },
  };
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
  return {
    ok: true,
    facts: {
      ...facts,
      numbers: facts.numbers.map((n) => (n.id === id ? { ...withoutKey(n, "certainty"), value, counts } : n)),
    },
  };
}

export function correctDate(facts: ArticleFacts, id: string, describes: string): Corrected {
  const text = tidy(describes);
  if (!text) return { ok: false, problems: ["Say what happened then, like “the city opened the park”."] };
  if (!facts.dates.some((d) => d.id === id)) return { ok: false, problems: ["This date is no longer in the list."] };
  return {
    ok: true,
    facts: {
      ...facts,
      dates: facts.dates.map((d) => (d.id === id ? { ...withoutKey(d, "certainty"), describes: text } : d)),
    },
  };
}

export function correctMainIdea(facts: ArticleFacts, statement: string, distortions?: string): Corrected {
  const text = tidy(statement);
  if (!text) return { ok: false, problems: ["Write the main idea in one sentence."] };
  const other = (option: string) => option.trim().toLowerCase() !== text.toLowerCase();
  const { details, ...idea } = withoutKey(facts.mainIdea, "certainty");
  if (distortions !== undefined) {
    const written = lines(distortions);
    const problems: string[] = [];
    if (written.some((d) => !other(d)))
      problems.push("A wrong version says the same as the main idea: change it or delete its line.");
    if (new Set(written.map((d) => d.toLowerCase())).size < written.length)
      problems.push("Two wrong versions are the same: delete one.");
    if (problems.length > 0) return { ok: false, problems };
    idea.distortions = written;
  }
  // The distortions were made from the old statement; one that now repeats it would be a second right answer.
  const kept = details?.filter(other);
  // A teacher's own main idea is certain: the extractor's doubt went with the old statement.
  return {
    ok: true,
    facts: {
      ...facts,
      mainIdea: {
        ...idea,
        statement: text,
        distortions: idea.distortions.filter(other),
        ...(kept ? { details: kept } : {}),
      },
    },
  };
}

/** One entry a line, blank lines dropped: how the review's forms take lists (wrong answers, other meanings). */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map(tidy)
    .filter((line) => line !== "");
}

const gone = (what: string): Corrected => ({ ok: false, problems: [`This ${what} is no longer in the list.`] });

/** Who a quotation is by, when the article does not name them: "a spokeswoman for the hospital". */
export function correctUnnamedSpeaker(facts: ArticleFacts, id: string, speaker: string): Corrected {
  const written = tidy(speaker);
  if (!written)
    return {
      ok: false,
      problems: ["Say who said it, as the article describes them, like “a spokeswoman for the hospital”."],
    };
  if (!facts.unnamedQuotes?.some((q) => q.id === id)) return gone("quotation");
  return replaceFact<UnnamedQuote>(facts, "unnamedQuotes", id, (q) => ({ ...q, speaker: written }));
}

export interface EventCorrection {
  description: string;
  /** A date's id, or empty. */
  when: string;
  /** A place's id, or empty. */
  where: string;
  /** Its place in time among the events, as typed: "2"; empty when the article leaves it open. */
  order: string;
}

export function correctEvent(facts: ArticleFacts, id: string, change: EventCorrection): Corrected {
  const event = facts.events.find((e) => e.id === id);
  if (!event) return gone("event");
  const problems: string[] = [];
  const description = tidy(change.description);
  if (!description) problems.push("Say what happened, in a short sentence a student can recognise.");
  if (change.when && !facts.dates.some((d) => d.id === change.when))
    problems.push("Choose when it happened from the dates in the article, or none.");
  if (change.where && !facts.places.some((p) => p.id === change.where))
    problems.push("Choose where it happened from the places in the article, or none.");
  const order = change.order.trim() === "" ? undefined : Number(change.order.trim());
  if (order !== undefined && !(Number.isInteger(order) && order > 0))
    problems.push("The order is a whole number from 1 (what happened first), or empty when the article does not say.");
  if (problems.length > 0) return { ok: false, problems };
  const corrected: EventFact = { ...withoutKey(withoutKey(withoutKey(event, "when"), "where"), "order"), description };
  if (change.when) corrected.when = change.when;
  if (change.where) corrected.where = change.where;
  if (order !== undefined) corrected.order = order;
  return { ok: true, facts: { ...facts, events: facts.events.map((e) => (e.id === id ? corrected : e)) } };
}

export interface ClaimCorrection {
  /** A person's, an organization's or a place's id. */
  subject: string;
  predicate: string;
}

/**
 * A claim reads "<subject> <predicate>" and is asked as "Who <predicate>?"
 * with the article's other people as wrong options: the predicate is
 * everything after the name, and must stay true of that subject only.
 */
export function correctClaim(facts: ArticleFacts, id: string, change: ClaimCorrection): Corrected {
  if (!facts.claims.some((c) => c.id === id)) return gone("claim");
  const subject = [...facts.people, ...facts.organizations, ...facts.places].find((e) => e.id === change.subject);
  const predicate = tidy(change.predicate).replace(/\.$/, "");
  const problems: string[] = [];
  if (!subject) problems.push("Choose who or what the claim is about, from the people, organizations and places.");
  if (!predicate) problems.push("Say what the article says about them, like “voted against the plan”.");
  else if (
    subject &&
    [subject.name, "shortName" in subject ? subject.shortName : undefined].some(
      (n) => n && predicate.toLowerCase().startsWith(`${n.toLowerCase()} `),
    )
  ) {
    problems.push(`Leave out the name: write only what comes after “${subject.name}”.`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return replaceFact<Claim>(facts, "claims", id, (c) => ({ ...c, subject: change.subject, predicate }));
}

export interface CauseCorrection {
  question: string;
  answer: string;
  /** Wrong answers, one a line. */
  distractors: string;
}

export function correctCause(facts: ArticleFacts, id: string, change: CauseCorrection): Corrected {
  const cause = facts.causes?.find((c) => c.id === id);
  if (!cause) return gone("question");
  const question = tidy(change.question);
  const answer = tidy(change.answer);
  const distractors = lines(change.distractors);
  const problems: string[] = [];
  if (!question) problems.push("Write the question, like “Why did the town close the beach?”.");
  else if (!question.endsWith("?")) problems.push("The question ends with a question mark.");
  if (!answer) problems.push("Write the right answer as the article gives it.");
  if (answer && distractors.some((d) => d.toLowerCase() === answer.toLowerCase()))
    problems.push("A wrong answer is the same as the right answer: change it or delete its line.");
  if (problems.length > 0) return { ok: false, problems };
  return replaceFact<CauseFact>(facts, "causes", id, (c) => ({
    ...withoutKey(c, "distractors"),
    question,
    answer,
    ...(distractors.length > 0 ? { distractors } : {}),
  }));
}

export interface PositionCorrection {
  /** A person's id. */
  speaker: string;
  statement: string;
  /** What it is about, for the prompt; empty: none. */
  topic: string;
}

export function correctPosition(facts: ArticleFacts, id: string, change: PositionCorrection): Corrected {
  const position = facts.positions?.find((p) => p.id === id);
  if (!position) return gone("view");
  const statement = tidy(change.statement);
  const topic = tidy(change.topic);
  const problems: string[] = [];
  if (!facts.people.some((p) => p.id === change.speaker))
    problems.push("Choose whose view it is from the people in the article.");
  if (!statement) problems.push("Say what they argue, in plain words.");
  if (problems.length > 0) return { ok: false, problems };
  return replaceFact<Position>(facts, "positions", id, (p) => ({
    ...withoutKey(p, "topic"),
    speaker: change.speaker,
    statement,
    ...(topic ? { topic } : {}),
  }));
}

export interface WordCorrection {
  meaning: string;
  /** Wrong meanings, one a line. */
  otherMeanings: string;
}

export function correctWord(facts: ArticleFacts, id: string, change: WordCorrection): Corrected {
  const word = facts.vocabulary?.find((v) => v.id === id);
  if (!word) return gone("word");
  const meaning = tidy(change.meaning);
  const otherMeanings = lines(change.otherMeanings);
  const problems: string[] = [];
  if (!meaning) problems.push(`Write what “${word.term}” means in this sentence.`);
  if (meaning && otherMeanings.some((m) => m.toLowerCase() === meaning.toLowerCase()))
    problems.push("A wrong meaning is the same as the meaning: change it or delete its line.");
  if (problems.length > 0) return { ok: false, problems };
  return replaceFact<VocabularyFact>(facts, "vocabulary", id, (v) => ({
    ...withoutKey(v, "otherMeanings"),
    meaning,
    ...(otherMeanings.length > 0 ? { otherMeanings } : {}),
  }));
}

/**
 * What is wrong with an article's facts (empty when sound), by the rules
 * every source of facts follows (lib/facts): run on what the review saves
 * and on what storage hands back.
 */
export function factProblems(article: Pick<Article, "body" | "facts">): string[] {
  return validateFacts(article).map(describeFactProblem);
}

// ---- Adding a fact the extractor missed ----

/** The kinds of fact a teacher can add from the text, in the order the review offers them. */
export const ADDABLE_KINDS = ["people", "organizations", "places", "numbers", "dates", "quotes"] as const;
export type AddableKind = (typeof ADDABLE_KINDS)[number];

export interface NewFact {
  /** The words, as selected in the text or typed. */
  words: string;
  /** Where a selection made in the text starts in `body`; typed words are looked for. */
  at?: number;
  /** Typed words the article writes more than once: which time (0 the first). */
  occurrence?: number;
  /** A person's role, in the article's words; optional. */
  role?: string;
  /** A person's organization (an id); optional. */
  affiliation?: string;
  /** An organization's or a place's kind. */
  kind?: string;
  /** A number's value as typed, when its words do not say it plainly ("a dozen"). */
  value?: string;
  /** What a number counts. */
  counts?: string;
  /** What happened at a date. */
  describes?: string;
  /** Who said a quotation (a person's id). */
  speaker?: string;
}

export type Placed = { ok: true; words: Span; evidence: Span; occurrences: Span[] } | { ok: false; problem: string };

/**
 * Where the words of a new fact are in the text, as the fact will keep
 * them (a quotation without its quotation marks, a name without "’s"), and
 * its evidence: the sentence holding them.
 */
export function placeNewFact(
  body: string,
  kind: AddableKind,
  fields: Pick<NewFact, "words" | "at" | "occurrence">,
): Placed {
  const typed = fields.words.trim();
  if (!typed)
    return { ok: false, problem: "Select the words in the article, or type them as the article writes them." };
  const occurrences = findWords(body, typed);
  const selected = fields.at === undefined ? undefined : occurrences.find((o) => o.start === fields.at);
  const found = selected ?? occurrences[Math.min(Math.max(fields.occurrence ?? 0, 0), occurrences.length - 1)];
  if (!found)
    return {
      ok: false,
      problem: `“${tidy(typed)}” is not in the article. Select the words in the text, or type them exactly as the article writes them.`,
    };
  if (acrossParagraphs(body, found)) return { ok: false, problem: "Select words from one paragraph only." };
  const words = trimWords(
    body,
    found,
    kind === "quotes" ? "quote" : kind === "people" || kind === "organizations" || kind === "places" ? "name" : "plain",
  );
  if (words.end <= words.start || !/[\p{L}\p{N}]/u.test(spanText(body, words)))
    return { ok: false, problem: "Select the words themselves, not only punctuation." };
  return { ok: true, words, evidence: sentencesHolding(body, words), occurrences };
}

/** The words of a fact inside its evidence (a date's own words in its sentence): what the review marks, and what a new fact may not overlap. */
export function wordsOf(body: string, kind: FactKind, fact: AnyFact): Span {
  const own =
    (fact as { text?: string; name?: string; term?: string }).text ??
    (fact as { name?: string }).name ??
    (fact as { term?: string }).term;
  const usesText =
    kind === "dates" ||
    kind === "numbers" ||
    kind === "quotes" ||
    kind === "unnamedQuotes" ||
    kind === "people" ||
    kind === "organizations" ||
    kind === "places" ||
    kind === "vocabulary";
  if (!own || !usesText) return fact.evidence;
  const evidence = spanText(body, fact.evidence);
  const at = evidence.indexOf(own);
  const found = at >= 0 ? at : evidence.toLowerCase().indexOf(own.toLowerCase());
  return found < 0
    ? fact.evidence
    : { start: fact.evidence.start + found, end: fact.evidence.start + found + own.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const ID_PREFIX: Record<AddableKind, string> = {
  people: "p",
  organizations: "o",
  places: "pl",
  numbers: "n",
  dates: "d",
  quotes: "q",
};

function newId(facts: ArticleFacts, kind: AddableKind): string {
  const taken = new Set(
    [...FACT_KINDS.flatMap((k) => factsOf(facts, k)), ...(facts.terms ?? []), ...(facts.statements ?? [])].map(
      (f) => f.id,
    ),
  );
  for (let n = 1; ; n++) {
    const id = `${ID_PREFIX[kind]}-added-${n}`;
    if (!taken.has(id)) return id;
  }
}

const KIND_NOUN: Record<AddableKind, string> = {
  people: "person",
  organizations: "organization",
  places: "place",
  numbers: "number",
  dates: "date",
  quotes: "quotation",
};

/**
 * A fact the extractor missed, from words of the text and the fields its
 * kind needs. Its evidence is the sentence holding the words, so questions
 * about it show that sentence as their proof. Refused, with what to do,
 * when the words are not in the text, are already a fact of that kind, or
 * a field the kind needs is missing.
 */
export function addFact(article: Pick<Article, "body" | "facts">, kind: AddableKind, fields: NewFact): Corrected {
  const { body, facts } = article;
  const placed = placeNewFact(body, kind, fields);
  if (!placed.ok) return { ok: false, problems: [placed.problem] };
  const { words, evidence } = placed;
  const text = spanText(body, words);
  const problems: string[] = [];

  // The same words already a fact of this kind would make two questions with one answer, or an answer that is also a wrong option.
  const existing =
    kind === "quotes"
      ? [
          ...facts.quotes.map((q) => ["quotes", q] as const),
          ...(facts.unnamedQuotes ?? []).map((q) => ["unnamedQuotes", q] as const),
        ]
      : factsOf(facts, kind).map((f) => [kind, f] as const);
  const clash = existing.find(([k, f]) => overlaps(wordsOf(body, k, f), words));
  if (clash)
    problems.push(
      `“${tidy(text)}” is already listed under ${KIND_HEADING[clash[0]]}${clash[0] === "quotes" || clash[0] === "unnamedQuotes" ? "" : ` as “${labelOf(clash[0], clash[1])}”`}. Correct that fact instead.`,
    );

  const id = newId(facts, kind);
  let next: ArticleFacts | undefined;
  if (kind === "people" || kind === "organizations" || kind === "places") {
    const name = tidy(text);
    const taken = namesInUse(facts, "");
    const owner = taken.get(name.toLowerCase());
    const sameKind = factsOf(facts, kind) as unknown as { name: string }[];
    const part = sameKind.find((e) => findWords(e.name, name).length > 0 || findWords(name, e.name).length > 0);
    if (!clash && owner) problems.push(`“${name}” is already the name of ${owner}.`);
    else if (!clash && part)
      problems.push(
        `“${name}” and “${part.name}” look like the same ${KIND_NOUN[kind]}, already listed. Correct ${part.name} instead, or select the whole name.`,
      );
    if (kind === "people") {
      const role = tidy(fields.role ?? "");
      if (role && !spanText(body, evidence).toLowerCase().includes(role.toLowerCase()))
        problems.push(
          `The sentence that names ${name} does not say “${role}”. Use the article’s words for the role, or leave it empty.`,
        );
      if (fields.affiliation && !facts.organizations.some((o) => o.id === fields.affiliation))
        problems.push("Choose where they work from the organizations in the article, or none.");
      const person: Person = {
        id,
        name,
        ...(role ? { role } : {}),
        ...(fields.affiliation ? { affiliation: fields.affiliation } : {}),
        evidence,
      };
      next = { ...facts, people: [...facts.people, person] };
    } else {
      const allowed: readonly string[] = kind === "organizations" ? ORGANIZATION_KINDS : PLACE_KINDS;
      if (!fields.kind || !allowed.includes(fields.kind))
        problems.push(`Choose what kind of ${KIND_NOUN[kind]} it is: ${allowed.join(", ")}.`);
      const entity = { id, name, kind: fields.kind as never, evidence };
      next =
        kind === "organizations"
          ? { ...facts, organizations: [...facts.organizations, entity] }
          : { ...facts, places: [...facts.places, entity] };
    }
  } else if (kind === "numbers") {
    const typedValue = tidy(fields.value ?? "");
    const value = typedValue ? parseTypedNumber(typedValue) : valueOfWords(text);
    if (value === null)
      problems.push(
        typedValue
          ? "Write the value in digits, like 12 or 2.5."
          : `Write the value of “${tidy(text)}” in digits, like 12 or 2.5.`,
      );
    const counts = tidy(fields.counts ?? "");
    if (!counts) problems.push("Say what the number counts, like “fishing boats”.");
    const numberKind = /[$£€]|\b(?:dollars?|pounds?|euros?)\b/i.test(text)
      ? "money"
      : /%|\bper ?cent\b/i.test(text)
        ? "percent"
        : "count";
    next = {
      ...facts,
      numbers: [...facts.numbers, { id, value: value ?? 0, text, kind: numberKind, counts, evidence }],
    };
  } else if (kind === "dates") {
    const describes = tidy(fields.describes ?? "");
    if (!describes) problems.push("Say what happened then, like “the council voted on the plan”.");
    const preposition = /\b(on|in|at|since|until|till|by|during|before|after|from|over|for)\s$/i.exec(
      body.slice(Math.max(0, words.start - 8), words.start),
    )?.[1];
    next = {
      ...facts,
      dates: [
        ...facts.dates,
        { id, text, kind: dateKind(text), ...(preposition ? { preposition } : {}), describes, evidence },
      ],
    };
  } else {
    if (!fields.speaker)
      problems.push("Choose who said it. If they are not in the list of people, add them first as a person.");
    else if (!facts.people.some((p) => p.id === fields.speaker))
      problems.push("Choose who said it from the people in the article.");
    next = { ...facts, quotes: [...facts.quotes, { id, text, speaker: fields.speaker ?? "", evidence }] };
  }
  if (problems.length > 0 || !next) return { ok: false, problems };
  // Whatever the checks above missed, the shared rules catch before anything is kept.
  const broken = factProblems({ body, facts: next });
  if (broken.length > 0) return { ok: false, problems: broken.map((p) => `This fact would break the others: ${p}.`) };
  return { ok: true, facts: next, id };
}

const KIND_HEADING: Record<FactKind, string> = {
  people: "People",
  organizations: "Organizations",
  places: "Places",
  dates: "Dates and times",
  numbers: "Numbers",
  quotes: "Quotations",
  unnamedQuotes: "Quotations of unnamed speakers",
  events: "Events",
  claims: "Claims",
  causes: "Why questions",
  positions: "Speakers’ views",
  vocabulary: "Words to know",
};
export { KIND_HEADING };

/** A fact's name in a sentence ("Maria Okafor", "2019", "cramped"). */
export function labelOf(kind: FactKind, fact: AnyFact): string {
  const f = fact as {
    name?: string;
    text?: string;
    term?: string;
    description?: string;
    question?: string;
    statement?: string;
  };
  switch (kind) {
    case "people":
    case "organizations":
    case "places":
      return f.name ?? fact.id;
    case "dates":
    case "numbers":
      return f.text ?? fact.id;
    case "quotes":
    case "unnamedQuotes":
      return `“${shortened(f.text ?? "")}”`;
    case "events":
      return f.description ?? fact.id;
    case "causes":
      return f.question ?? fact.id;
    case "positions":
      return f.statement ?? fact.id;
    case "vocabulary":
      return f.term ?? fact.id;
    case "claims":
      return shortened((fact as { predicate?: string }).predicate ?? fact.id);
  }
}

const shortened = (text: string, max = 60) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

const WEEKDAYS = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** The kind of a date from its words: the question engine picks wrong options of the same kind ("2019" among years). */
export function dateKind(text: string): DateKind {
  const t = tidy(text);
  if (/^\d{4}$/.test(t)) return "year";
  if (WEEKDAYS.test(t)) return "weekday";
  if (MONTHS.test(t)) return "month";
  if (
    /^(?:last|next|this|early|late|mid-?)\b|\b(?:ago|later|earlier|before|after)$|^(?:yesterday|today|tomorrow|tonight)$/i.test(
      t,
    )
  )
    return "relative";
  if (
    /^(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days?|weeks?|months?|years?|hours?|decades?)$/i.test(
      t,
    )
  )
    return "duration";
  return "date";
}

/** The value of a number as written: "$480,000", "2.4 million", "twelve", "a dozen"; null when none can be read. */
export function valueOfWords(text: string): number | null {
  const digits = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand|bn|m|k)\b)?/i.exec(text);
  if (digits) {
    const scale =
      { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3 }[digits[3]?.toLowerCase() ?? ""] ?? 1;
    const value = Number(`${digits[1]!.replace(/,/g, "")}${digits[2] ?? ""}`) * scale;
    return Number.isFinite(value) ? value : null;
  }
  const tokens = text
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const dozen = tokens.indexOf("dozen");
  if (dozen >= 0) {
    const before = dozen > 0 ? (tokens[dozen - 1] === "a" ? 1 : parseNumber(tokens[dozen - 1]!)) : 1;
    return before === undefined ? 12 : before * 12;
  }
  // The longest run of number words: "twenty-five new parks" is 25.
  for (let length = tokens.length; length > 0; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      const value = parseNumber(tokens.slice(start, start + length).join(" "));
      if (value !== undefined && !(length === 1 && tokens[start] === "a")) return value;
    }
  }
  return null;
}
