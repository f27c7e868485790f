/**
 * Fact extraction: any English news text → an `Article` whose facts the
 * question engine (lib/quiz) turns into a quiz, exactly as for the
 * hand-written articles. Pure TypeScript on top of compromise, with no DOM
 * and no React, so it runs the same in Node, in tests and in a Web Worker.
 * Deterministic: the same input always gives the same article.
 *
 * Every fact's evidence is a Span into `article.body` (the paragraphs joined
 * by a blank line), and `body.slice(start, end)` contains what the fact says.
 *
 * @example
 * import { extractArticle } from "@/lib/extract";
 * import { generateQuiz } from "@/lib/quiz";
 *
 * const result = extractArticle({ text: pasted, title: "Inky escapes" }, { onProgress: (f) => bar.value = f });
 * if (!result.ok) show(result.message);                 // "The text is empty." ...
 * else generateQuiz(result.article, { seed: 1, count: 10 });
 */
import type { Article, ArticleFacts, Span } from "../article/types";
import { hashString } from "../quiz/random";
import { findCauses } from "./causes";
import { findClaims } from "./claims";
import { dateSpans, findDates } from "./dates";
import { findMentions, findRoles, genderAllows, resolveEntities, wordSets, type NameContext } from "./entities";
import { createPronounResolver } from "./pronouns";
import { findMainIdea } from "./main-idea";
import { countWords, garbageShare, MAX_WORDS, slugify, toParagraphs } from "./normalize";
import { findNumbers } from "./numbers";
import { findPositions } from "./positions";
import { findQuotes, quotedSpans } from "./quotes";
import { findStatements, findTerms } from "./terms";
import { splitSentences, tokenize } from "./tokens";
import { findDefinitions, findVocabulary } from "./vocabulary";

export { MAX_WORDS, countWords, slugify } from "./normalize";
export { htmlToText, htmlTitle, markdownToText, markdownTitle, decodeEntities } from "./markup";

export interface ExtractInput {
  text: string;
  title?: string;
  /** Where the text comes from, shown under the title; "Pasted text" by default. */
  source?: string;
}

export interface ExtractOptions {
  /** Called with 0..1 as the work advances (once per paragraph while tagging), ending with 1. */
  onProgress?(fraction: number): void;
}

export type ExtractFailure = "empty" | "not-text" | "too-long" | "no-sentences";

export type ExtractResult =
  | { ok: true; article: Article; warnings: string[] }
  | { ok: false; reason: ExtractFailure; message: string };

export const DEFAULT_SOURCE = "Pasted text";
/** Fewer words than this is not an article to read and be quizzed on. */
export const MIN_WORDS = 12;

const fail = (reason: ExtractFailure, message: string): ExtractResult => ({ ok: false, reason, message });

// Function words of English: a text with almost none of them is not English.
const ENGLISH = new Set("the of and to in a is that for it was on with as he she by at from his her they this be are have has had not but said an which were their who".split(" "));

function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const sample = words.slice(0, 2000);
  return sample.filter((w) => ENGLISH.has(w)).length / sample.length;
}

/** A headline pasted as the first line: short, no final full stop. */
function headline(paragraphs: readonly string[]): string | undefined {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return undefined;
  const words = first.split(/\s+/).length;
  if (words > 16 || /[.:;,"”]$/.test(first)) return undefined;
  // "Inky the Octopus Escapes!" is a headline; "What a day!" is a sentence.
  const capitals = first.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  return /[!?]$/.test(first) && capitals * 2 < words ? undefined : first;
}

function titleFrom(paragraphs: readonly string[]): string {
  const words = paragraphs[0]!.split(/\s+/);
  return words.length <= 8 ? words.join(" ") : `${words.slice(0, 8).join(" ")}…`;
}

/**
 * Reads `input.text` and returns an Article with its facts, or why it cannot.
 * Never throws on any string: failures are `{ ok: false, reason, message }`
 * with a message a teacher can act on.
 */
export function extractArticle(input: ExtractInput, options: ExtractOptions = {}): ExtractResult {
  const progress = options.onProgress ?? (() => {});
  const raw = typeof input.text === "string" ? input.text : "";
  if (raw.trim() === "") return fail("empty", "The text is empty. Paste an article or drop a .txt, .md or .html file.");
  // Counted before any other work, so a huge paste is refused at once.
  if (countWords(raw, MAX_WORDS) > MAX_WORDS) {
    return fail("too-long", `The text is longer than ${MAX_WORDS.toLocaleString("en-US")} words. Paste one article, or split a long one into parts.`);
  }
  if (garbageShare(raw) > 0.05) {
    return fail("not-text", "This does not look like text: it contains many control or unreadable characters. Was it a binary file (a PDF, Word document or image)? Save it as plain text first.");
  }
  let paragraphs = toParagraphs(raw);
  const warnings: string[] = [];
  let title = input.title?.replace(/\s+/g, " ").trim() ?? "";
  if (!title) {
    const line = headline(paragraphs);
    if (line) {
      title = line;
      paragraphs = paragraphs.slice(1);
    }
  }
  const words = countWords(paragraphs.join(" "));
  if (paragraphs.length === 0 || words < MIN_WORDS || !paragraphs.some((p) => /[\p{L}]{2,}.*\s.*[\p{L}]{2,}/u.test(p))) {
    return fail("no-sentences", `The text is too short to make a quiz from (${words} word${words === 1 ? "" : "s"}). Paste a whole article of at least a few sentences.`);
  }
  if (!title) title = titleFrom(paragraphs);
  progress(0.02);

  const body = paragraphs.join("\n\n");
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    paragraphStarts.push(offset);
    offset += p.length + 2;
  }
  if (englishShare(body) < 0.08) warnings.push("This text does not look like English: the questions may be few or odd. Extraction works best on English news articles.");

  const allSentences = splitSentences(body, paragraphStarts, paragraphs);
  // Tagging is nearly all the work: it gets 90% of the progress bar.
  const tokens = tokenize(body, paragraphStarts, paragraphs, allSentences, (done) => progress(0.02 + (0.88 * done) / paragraphs.length));
  const sentences = allSentences;
  // Sentences inside quotation marks are the speaker's words: claims, dates and numbers are read from the article's own.
  const quoted = quotedSpans(paragraphs, paragraphStarts);
  const ownSentences = allSentences.filter((s) => !quoted.some((q) => q.start < s.end && s.start < q.end));

  const { lowercaseWords, capitalizedInside } = wordSets(tokens, sentences);
  const names: NameContext = { body, tokens, sentences, lowercaseWords, capitalizedInside };
  const entities = resolveEntities(names, findMentions(names));
  const peopleById = new Map(entities.people.map((p) => [p.id, p]));
  for (const finding of findRoles(names, entities)) {
    const person = peopleById.get(finding.personId)!;
    if (finding.role) person.role = finding.role;
    if (finding.affiliation) person.affiliation = finding.affiliation;
    person.evidence = { start: finding.mention.start, end: finding.mention.end };
  }
  const people = entities.people.map((p) => peopleById.get(p.id)!);
  const personMentions = entities.mentions.filter((m) => m.kind === "person" && m.entity !== undefined);
  // Gender is read from the mention that gives the first name, and applies to every mention of that person.
  const introducing = new Map<string, (typeof personMentions)[number]>();
  for (const m of personMentions) if (!introducing.has(m.entity!) && (m.text.includes(" ") || m.title)) introducing.set(m.entity!, m);
  const fits = (m: (typeof personMentions)[number], p: string) => genderAllows(names, introducing.get(m.entity!) ?? m, p);
  const pronoun = createPronounResolver(sentences, personMentions, fits);
  progress(0.93);

  const counters = new Map<string, number>();
  const newId = (prefix: string) => () => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n}`;
  };
  const quotes = findQuotes({ body, paragraphs, paragraphStarts, sentences, people: personMentions, pronoun, fits }, newId("q"));
  const found = dateSpans({ body, tokens, sentences: ownSentences, people: personMentions, personName: (id) => peopleById.get(id)?.name, lowercaseWords, pronoun });
  const { dates, events } = findDates({ body, tokens, sentences: ownSentences, people: personMentions, personName: (id) => peopleById.get(id)?.name, lowercaseWords, pronoun }, found, (prefix) => newId(prefix)());
  const isDate = (start: number, end: number) => found.some((d) => d.start < end && start < d.end);
  const numbers = findNumbers({ body, tokens, sentences: ownSentences, isDate }, newId("n"));
  const claims = findClaims({ body, tokens, sentences: ownSentences, mentions: entities.mentions, pronoun }, newId("c"));
  const covered = [...people, ...entities.organizations, ...entities.places, ...dates, ...numbers, ...quotes, ...claims].map((f) => f.evidence);
  const termContext = { body, tokens, sentences: ownSentences, covered, claimed: claims.map((c) => c.evidence) };
  const terms = findTerms(termContext, newId("t"));
  const statements = findStatements(termContext, newId("s"));
  const personName = (id: string) => peopleById.get(id)?.name;
  // The sentences of each quotation, cut to its words: "so", "because" there are the speaker's reasons.
  const quotedSentences = quotes.flatMap((q) => {
    const at = body.indexOf(q.text, q.evidence.start);
    if (at < 0) return [];
    const end = at + q.text.length;
    return allSentences.filter((s) => s.start < end && at < s.end).map((s) => ({ sentence: { ...s, start: Math.max(s.start, at), end: Math.min(s.end, end) }, speaker: q.speaker }));
  });
  const causes = findCauses({ body, tokens, sentences: ownSentences, people: personMentions, quoted: quotedSentences, pronoun, personName }, newId("cause"));
  const positions = findPositions({ body, sentences: ownSentences, people: personMentions, pronoun }, newId("pos"));
  const named = entities.mentions.filter((m) => m.entity !== undefined);
  const inName = (start: number, end: number) => named.some((m) => m.start < end && start < m.end);
  const defined = findDefinitions({ body, sentences: allSentences }, newId("v"));
  const vocabulary = [...defined, ...findVocabulary({ body, tokens, sentences: allSentences, inName }, newId("v")).filter((v) => !defined.some((d) => d.term === v.term))];
  const mainIdea = findMainIdea({ body, title, sentences, people, organizations: entities.organizations, places: entities.places }) ?? {
    statement: paragraphs[0]!,
    distortions: [],
    evidence: { start: 0, end: paragraphs[0]!.length },
  };
  const facts: ArticleFacts = { people, organizations: entities.organizations, places: entities.places, dates, numbers, quotes, events, claims, terms, statements, causes, positions, vocabulary, mainIdea };
  removeClashingNames(facts);

  if (people.length + entities.organizations.length + entities.places.length === 0) warnings.push("No names of people, organizations or places were found: questions will be about numbers, dates and the main idea only.");
  if (quotes.length === 0 && /[“”"]/.test(body)) warnings.push("Quotations were found but no speaker could be read for them, so there are no questions on who said what.");
  const factCount = quotes.length + dates.length + numbers.length + claims.length + people.length + entities.organizations.length + entities.places.length;
  if (factCount === 0) warnings.push("Hardly any facts could be found in this text: the quiz will be very short.");
  progress(1);

  const article: Article = {
    slug: `${slugify(title) || "article"}-${(hashString(body) >>> 0).toString(36).slice(0, 6)}`,
    title,
    source: input.source?.trim() || DEFAULT_SOURCE,
    paragraphs,
    body,
    facts,
  };
  return { ok: true, article, warnings };
}

/**
 * A name must belong to one entity only (as content validation requires),
 * or a distractor could be another name of the answer. Short names and
 * aliases that clash are dropped; full names are distinct by construction.
 */
function removeClashingNames(facts: ArticleFacts): void {
  const owners = new Map<string, Set<string>>();
  const note = (name: string, id: string) => {
    const key = name.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(id);
  };
  for (const e of [...facts.people, ...facts.organizations, ...facts.places]) {
    note(e.name, e.id);
    if ("shortName" in e && e.shortName) note(e.shortName, e.id);
    for (const alias of e.aliases ?? []) note(alias, e.id);
  }
  const clash = (name: string) => (owners.get(name.toLowerCase())?.size ?? 0) > 1;
  for (const p of facts.people) {
    if (p.shortName && clash(p.shortName)) delete p.shortName;
    if (p.aliases) {
      p.aliases = p.aliases.filter((a) => !clash(a));
      if (p.aliases.length === 0) delete p.aliases;
    }
  }
  for (const e of [...facts.organizations, ...facts.places]) {
    if (e.aliases) {
      e.aliases = e.aliases.filter((a) => !clash(a));
      if (e.aliases.length === 0) delete e.aliases;
    }
  }
}

/** The text of a span, for callers that show evidence. */
export const spanText = (article: Pick<Article, "body">, span: Span) => article.body.slice(span.start, span.end);
