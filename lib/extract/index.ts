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
import type { Article, ArticleFacts, Span } from "../article";
import { askedFacts } from "../quiz";
import { hashString } from "../quiz";
import { stripInvisible } from "../text";
import { findCauses } from "./causes";
import { findClaims } from "./claims";
import { dateSpans, findDates } from "./dates";
import { buildDocument } from "./document";
import { findMainIdea } from "./main-idea";
import { countWords, isNotText, MAX_CHARS, MAX_WORDS, slugify, toParagraphs } from "./normalize";
import { findNumbers } from "./numbers";
import { findPositions } from "./positions";
import { findQuotes } from "./quotes";
import { findStatements, findTerms, termContext } from "./terms";
import { findDefinitions, findVocabulary } from "./vocabulary";
import { ENGLISH } from "./words";

export { MAX_CHARS, MAX_WORDS, countWords, isNotText, slugify } from "./normalize";
export { htmlToText, htmlTitle, markdownToText, markdownTitle, decodeEntities, readHtml } from "./markup";
export type { HtmlText } from "./markup";

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
  { ok: true; article: Article; warnings: string[] } | { ok: false; reason: ExtractFailure; message: string };

export const DEFAULT_SOURCE = "Pasted text";
/** Fewer words than this is not an article to read and be quizzed on. */
export const MIN_WORDS = 12;

const fail = (reason: ExtractFailure, message: string): ExtractResult => ({ ok: false, reason, message });

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
  if (isNotText(raw)) {
    return fail(
      "not-text",
      "This does not look like text: it contains many control or unreadable characters. Was it a binary file (a PDF, Word document or image)? Save it as plain text first.",
    );
  }
  // Counted before any other work, so a huge paste is refused at once.
  if (raw.length > MAX_CHARS) {
    return fail(
      "too-long",
      `The text is longer than ${MAX_CHARS.toLocaleString("en-US")} characters. Paste one article, or split a long one into parts.`,
    );
  }
  if (countWords(raw, MAX_WORDS) > MAX_WORDS) {
    return fail(
      "too-long",
      `The text is longer than ${MAX_WORDS.toLocaleString("en-US")} words. Paste one article, or split a long one into parts.`,
    );
  }
  let paragraphs = toParagraphs(raw);
  const warnings: string[] = [];
  let title = stripInvisible(input.title ?? "")
    .replace(/\s+/g, " ")
    .trim();
  if (!title) {
    const line = headline(paragraphs);
    if (line) {
      title = line;
      paragraphs = paragraphs.slice(1);
    }
  }
  const words = countWords(paragraphs.join(" "));
  if (
    paragraphs.length === 0 ||
    words < MIN_WORDS ||
    !paragraphs.some((p) => /[\p{L}]{2,}.*\s.*[\p{L}]{2,}/u.test(p))
  ) {
    return fail(
      "no-sentences",
      `The text is too short to make a quiz from (${words} word${words === 1 ? "" : "s"}). Paste a whole article of at least a few sentences.`,
    );
  }
  if (!title) title = titleFrom(paragraphs);
  // A first line taken as the title may carry bidi controls, which toParagraphs keeps in the text.
  title = stripInvisible(title);
  progress(0.02);

  const doc = buildDocument({
    title,
    paragraphs,
    onParagraph: (done) => progress(0.02 + (0.88 * done) / paragraphs.length),
  });
  const { body } = doc;
  if (englishShare(body) < 0.08)
    warnings.push(
      "This text does not look like English: the questions may be few or odd. Extraction works best on English news articles.",
    );
  progress(0.93);

  const counters = new Map<string, number>();
  const newId = (prefix: string) => () => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n}`;
  };
  const people = [...doc.people];
  const organizations = [...doc.organizations];
  const places = [...doc.places];
  const { quotes, unnamedQuotes } = findQuotes(doc, newId("q"), newId("u"));
  const found = dateSpans(doc);
  const { dates, events } = findDates(doc, found, (prefix) => newId(prefix)());
  const isDate = (start: number, end: number) => found.some((d) => d.start < end && start < d.end);
  const numbers = findNumbers(doc, isDate, newId("n"));
  const claims = findClaims(doc, newId("c"));
  // Only what will be asked covers a sentence: a number listed for review but not asked leaves its sentence to a key term.
  const asked = askedFacts({
    people,
    organizations,
    places,
    dates,
    numbers,
    quotes,
    events,
    claims,
    mainIdea: { statement: "", distortions: [], evidence: { start: 0, end: 0 } },
  });
  const covered = [...people, ...organizations, ...places, ...asked.dates, ...asked.numbers, ...quotes, ...claims].map(
    (f) => f.evidence,
  );
  const terms = termContext(
    doc,
    covered,
    claims.map((c) => c.evidence),
  );
  const keyTerms = findTerms(terms, newId("t"));
  const statements = findStatements(terms, newId("s"));
  const causes = findCauses(doc, quotes, newId("cause"));
  const positions = findPositions(doc, newId("pos"));
  const defined = findDefinitions(doc, newId("v"));
  const vocabulary = [
    ...defined,
    ...findVocabulary(doc, newId("v")).filter((v) => !defined.some((d) => d.term === v.term)),
  ];
  const mainIdea = findMainIdea(doc) ?? {
    statement: paragraphs[0]!,
    distortions: [],
    evidence: { start: 0, end: paragraphs[0]!.length },
  };
  const facts = withoutClashingNames({
    people,
    organizations,
    places,
    dates,
    numbers,
    quotes,
    ...(unnamedQuotes.length > 0 ? { unnamedQuotes } : {}),
    events,
    claims,
    terms: keyTerms,
    statements,
    causes,
    positions,
    vocabulary,
    mainIdea,
  });

  if (facts.people.length + facts.organizations.length + facts.places.length === 0)
    warnings.push(
      "No names of people, organizations or places were found: questions will be about numbers, dates and the main idea only.",
    );
  if (quotes.length === 0 && /[“”"]/.test(body))
    warnings.push(
      "Quotations were found but no speaker could be read for them, so there are no questions on who said what.",
    );
  const factCount =
    quotes.length +
    dates.length +
    numbers.length +
    claims.length +
    facts.people.length +
    facts.organizations.length +
    facts.places.length;
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
function withoutClashingNames(facts: ArticleFacts): ArticleFacts {
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
  const keptAliases = <T extends { aliases?: string[] }>(e: T): T => {
    const aliases = e.aliases?.filter((a) => !clash(a));
    const copy = { ...e };
    delete copy.aliases;
    return aliases && aliases.length > 0 ? { ...copy, aliases } : copy;
  };
  return {
    ...facts,
    people: facts.people.map((p) => {
      const kept = keptAliases(p);
      if (kept.shortName && clash(kept.shortName)) delete kept.shortName;
      return kept;
    }),
    organizations: facts.organizations.map(keptAliases),
    places: facts.places.map(keptAliases),
  };
}

/** The text of a span, for callers that show evidence. */
export const spanText = (article: Pick<Article, "body">, span: Span) => article.body.slice(span.start, span.end);
