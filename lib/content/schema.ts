/**
 * The authored form of an article (article.json + facts.json) and its
 * validation. Authors write each fact's evidence as an exact quote of the
 * article; `compileArticle` checks everything and turns those quotes into
 * Spans, giving the `Article` of lib/article/types.ts.
 *
 * Every problem is reported, not only the first, as
 * `<file>: <fact>: <problem>`, e.g.
 * `content/articles/x/facts.json: quotes[1] (id "q-wang-1"): unknown speaker id "p-wong"`.
 *
 * Plain TypeScript with no Node imports: the caller reads the files.
 */
import { z } from "zod";
import type { Article, ArticleFacts, Span } from "../article";
import { AUTHORED_FACT_LISTS, describeFactProblem, factLabel, findTerm, validateFacts } from "../facts";

const nonEmpty = z.string().regex(/\S/, "must not be empty");
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "p-li"');
const question = nonEmpty.regex(/\?$/, 'must end with "?"');

/** An exact quote of the article; `occurrence` (1-based) picks one when the quote appears more than once. */
const evidence = z.union([nonEmpty, z.strictObject({ text: nonEmpty, occurrence: z.int().positive().optional() })], {
  error: 'must be an exact quote of the article text, or { "text": ..., "occurrence": n }',
});
export type EvidenceRef = z.infer<typeof evidence>;
/** How sure an extractor was (lib/article/types.ts, Certainty); authors leave it out. */
const certainty = z.number().min(0).max(1).optional();

export const authoredArticleSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  title: nonEmpty,
  dateline: nonEmpty.optional(),
  source: nonEmpty,
  imageCredit: nonEmpty.optional(),
  // A line break inside a paragraph would break `body` = paragraphs joined by "\n\n".
  paragraphs: z.array(nonEmpty.regex(/^[^\n]*$/, "must not contain line breaks")).min(1),
});
export type AuthoredArticle = z.infer<typeof authoredArticleSchema>;

const person = z.strictObject({
  id,
  name: nonEmpty,
  shortName: nonEmpty.optional(),
  aliases: z.array(nonEmpty).optional(),
  title: nonEmpty.optional(),
  role: nonEmpty.optional(),
  affiliation: id.optional(),
  certainty,
  evidence,
});
const organization = z.strictObject({
  id,
  name: nonEmpty,
  kind: z.enum([
    "institute",
    "university",
    "program",
    "company",
    "government",
    "media",
    "school",
    "court",
    "team",
    "charity",
    "other",
  ]),
  aliases: z.array(nonEmpty).optional(),
  certainty,
  evidence,
});
const place = z.strictObject({
  id,
  name: nonEmpty,
  kind: z.enum(["city", "town", "country", "region", "venue"]),
  aliases: z.array(nonEmpty).optional(),
  certainty,
  evidence,
});
const date = z.strictObject({
  id,
  text: nonEmpty,
  kind: z.enum(["year", "month", "weekday", "relative", "duration", "date"]),
  preposition: nonEmpty.optional(),
  describes: nonEmpty,
  question: question.optional(),
  certainty,
  evidence,
});
const number = z.strictObject({
  id,
  // JSON.parse turns 1e999 into Infinity; the engine does arithmetic on this.
  value: z.number({ error: "must be a finite number" }),
  text: nonEmpty,
  kind: z.enum(["count", "money", "percent", "vote", "score", "change", "fraction", "range"]).optional(),
  values: z
    .array(z.number({ error: "must be a finite number" }))
    .min(2)
    .optional(),
  counts: nonEmpty,
  question: question.optional(),
  certainty,
  evidence,
});
const quote = z.strictObject({ id, text: nonEmpty, speaker: id, certainty, evidence });
// The speaker as written ("a spokeswoman for the hospital"), not a person id.
const unnamedQuote = z.strictObject({ id, text: nonEmpty, speaker: nonEmpty, certainty, evidence });
const event = z.strictObject({
  id,
  description: nonEmpty,
  order: z.int().positive().optional(),
  when: id.optional(),
  where: id.optional(),
  evidence,
});
const claim = z.strictObject({ id, subject: id, predicate: nonEmpty, certainty, evidence });
const cause = z.strictObject({
  id,
  kind: z.enum(["cause", "purpose"]),
  question,
  answer: nonEmpty,
  distractors: z.array(nonEmpty).optional(),
  evidence,
});
const position = z.strictObject({ id, speaker: id, statement: nonEmpty, topic: nonEmpty.optional(), evidence });
const vocabulary = z.strictObject({
  id,
  term: nonEmpty,
  meaning: nonEmpty,
  definedInText: z.boolean().optional(),
  otherMeanings: z.array(nonEmpty).optional(),
  evidence,
});
const mainIdea = z.strictObject({
  statement: nonEmpty,
  distortions: z.array(nonEmpty).min(2, "needs at least 2 distortions"),
  details: z.array(nonEmpty).optional(),
  certainty: z.number().min(0).max(1).optional(),
  evidence,
});

export const authoredFactsSchema = z.strictObject({
  people: z.array(person),
  organizations: z.array(organization),
  places: z.array(place),
  dates: z.array(date),
  numbers: z.array(number),
  quotes: z.array(quote),
  unnamedQuotes: z.array(unnamedQuote).default([]),
  events: z.array(event),
  claims: z.array(claim),
  causes: z.array(cause).default([]),
  positions: z.array(position).default([]),
  vocabulary: z.array(vocabulary).default([]),
  mainIdea,
});
export type AuthoredFacts = z.infer<typeof authoredFactsSchema>;

type Section = (typeof AUTHORED_FACT_LISTS)[number];

export interface ArticleSource {
  /** Where the two files came from, as they should appear in messages. */
  articleFile: string;
  factsFile: string;
  /** Parsed JSON, not yet validated. */
  article: unknown;
  facts: unknown;
  /** The folder's name; when given, the slug must equal it so URLs match folders. */
  folder?: string;
}

export type CompileResult = { ok: true; article: Article } | { ok: false; errors: string[] };

/** Validates one article and its facts and resolves every evidence quote to a Span. */
export function compileArticle(source: ArticleSource): CompileResult {
  const errors: string[] = [];
  const articleJson = authoredArticleSchema.safeParse(source.article);
  if (!articleJson.success) errors.push(...zodMessages(source.articleFile, articleJson.error, source.article));
  const factsJson = authoredFactsSchema.safeParse(source.facts);
  if (!factsJson.success) errors.push(...zodMessages(source.factsFile, factsJson.error, source.facts));
  if (!articleJson.success || !factsJson.success) return { ok: false, errors };

  const authored = articleJson.data;
  if (source.folder !== undefined && authored.slug !== source.folder) {
    errors.push(`${source.articleFile}: slug "${authored.slug}" does not match its folder name "${source.folder}"`);
  }
  const body = authored.paragraphs.join("\n\n");
  const checked = checkFacts(factsJson.data, body, authored.paragraphs);
  errors.push(...checked.problems.map((p) => `${source.factsFile}: ${p}`));
  if (errors.length > 0 || !checked.facts) return { ok: false, errors };
  return { ok: true, article: { ...authored, body, facts: checked.facts } };
}

/** Finds an evidence quote in the body; returns the Span or what is wrong with it. */
export function resolveEvidence(body: string, ref: EvidenceRef): Span | string {
  const text = typeof ref === "string" ? ref : ref.text;
  const wanted = typeof ref === "string" ? undefined : ref.occurrence;
  const starts: number[] = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) starts.push(at);
  const shown = `"${snippet(text)}"`;

  if (starts.length === 0) {
    const hint = straightQuotes(body).includes(straightQuotes(text))
      ? " (the article uses curly quotes “ ” and apostrophes ’)"
      : "";
    return `evidence not found in the article text${hint}: ${shown}`;
  }
  if (wanted === undefined && starts.length > 1) {
    return `evidence appears ${starts.length} times in the article text; add "occurrence" to pick one: ${shown}`;
  }
  const start = starts[(wanted ?? 1) - 1];
  if (start === undefined) {
    return `evidence occurrence ${wanted} not found; the text appears ${starts.length} time(s): ${shown}`;
  }
  return { start, end: start + text.length };
}

/**
 * Places every evidence quote in the body, then checks the facts with the
 * shared validator (lib/facts), which every source of facts goes through;
 * only the authoring rule that every paragraph has a fact is content's own.
 */
function checkFacts(
  authored: AuthoredFacts,
  body: string,
  paragraphs: string[],
): { problems: string[]; facts?: ArticleFacts } {
  const problems: string[] = [];
  const unplaced = new Set<object>();
  const spans: Span[] = [];

  const place = <T extends { evidence: EvidenceRef }>(
    section: Section | "mainIdea",
    fact: T,
    index: number,
  ): Omit<T, "evidence"> & { evidence: Span } => {
    const found = resolveEvidence(body, fact.evidence);
    const id = "id" in fact && typeof fact.id === "string" ? fact.id : undefined;
    if (typeof found === "string") {
      problems.push(`${factLabel({ list: section, index, id })}: ${found}`);
      const placed = { ...fact, evidence: { start: 0, end: 0 } };
      unplaced.add(placed);
      return placed;
    }
    spans.push(found);
    return { ...fact, evidence: found };
  };
  const all = <T extends { evidence: EvidenceRef }>(section: Section, list: T[]) =>
    list.map((fact, i) => place(section, fact, i));

  // The evidence of a word is its sentence; the fact points at the word itself, which questions quote in context.
  const vocabulary = all("vocabulary", authored.vocabulary).map((v) => {
    const word = findTerm(body.slice(v.evidence.start, v.evidence.end), v.term);
    return !word || unplaced.has(v)
      ? v
      : { ...v, evidence: { start: v.evidence.start + word.start, end: v.evidence.start + word.end } };
  });
  const unnamedQuotes = all("unnamedQuotes", authored.unnamedQuotes);
  const facts: ArticleFacts = {
    people: all("people", authored.people),
    organizations: all("organizations", authored.organizations),
    places: all("places", authored.places),
    dates: all("dates", authored.dates),
    numbers: all("numbers", authored.numbers),
    quotes: all("quotes", authored.quotes),
    ...(unnamedQuotes.length > 0 ? { unnamedQuotes } : {}),
    events: all("events", authored.events),
    claims: all("claims", authored.claims),
    causes: all("causes", authored.causes),
    positions: all("positions", authored.positions),
    vocabulary,
    mainIdea: place("mainIdea", authored.mainIdea, -1),
  };
  problems.push(...validateFacts({ body, facts }, { unplaced }).map(describeFactProblem));

  let start = 0;
  paragraphs.forEach((paragraph, i) => {
    const end = start + paragraph.length;
    if (!spans.some((s) => s.start < end && s.end > start)) {
      problems.push(`paragraph ${i + 1} is not covered by any fact's evidence: "${snippet(paragraph)}"`);
    }
    start = end + 2;
  });

  return problems.length > 0 ? { problems } : { problems, facts };
}

/** Turns zod issues into `<file>: <fact>: <field>: <problem>` lines. */
function zodMessages(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let where = "";
    const [head, index] = path;
    if (
      typeof head === "string" &&
      (AUTHORED_FACT_LISTS as readonly string[]).includes(head) &&
      typeof index === "number"
    ) {
      const factId = idOf(input, head, index);
      where = `${head}[${index}]${factId === undefined ? "" : ` (id "${factId}")`}`;
      path.splice(0, 2);
    } else if (head === "mainIdea") {
      where = "mainIdea";
      path.splice(0, 1);
    }
    const field = path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
    return [file, where, field, issue.message].filter((part) => part !== "").join(": ");
  });
}

function idOf(input: unknown, section: string, index: number): string | undefined {
  const list = (input as Record<string, unknown> | null)?.[section];
  const fact = Array.isArray(list) ? (list[index] as Record<string, unknown> | null) : undefined;
  return typeof fact?.id === "string" ? fact.id : undefined;
}

function snippet(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function straightQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
