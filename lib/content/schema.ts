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
import type { Article, ArticleFacts, Span } from "../article/types";

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
  kind: z.enum(["institute", "university", "program", "company", "government", "media", "school", "court", "team", "charity", "other"]),
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
  values: z.array(z.number({ error: "must be a finite number" })).min(2).optional(),
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

const SECTIONS = ["people", "organizations", "places", "dates", "numbers", "quotes", "unnamedQuotes", "events", "claims", "causes", "positions", "vocabulary"] as const;
type Section = (typeof SECTIONS)[number];

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

interface Entry {
  section: Section;
  label: string;
}

const label = (section: Section, index: number, factId: string) => `${section}[${index}] (id "${factId}")`;

function checkFacts(
  authored: AuthoredFacts,
  body: string,
  paragraphs: string[],
): { problems: string[]; facts?: ArticleFacts } {
  const problems: string[] = [];
  const byId = new Map<string, Entry>();
  const spans: Span[] = [];

  const resolve = (where: string, ref: EvidenceRef): Span => {
    const found = resolveEvidence(body, ref);
    if (typeof found === "string") {
      problems.push(`${where}: ${found}`);
      return { start: 0, end: 0 };
    }
    spans.push(found);
    return found;
  };
  const evidenceText = (span: Span) => body.slice(span.start, span.end);

  for (const section of SECTIONS) {
    authored[section].forEach((fact, index) => {
      const entry = { section, label: label(section, index, fact.id) };
      const previous = byId.get(fact.id);
      if (previous) problems.push(`${entry.label}: duplicate id (already used by ${previous.label})`);
      else byId.set(fact.id, entry);
    });
  }

  const reference = (where: string, field: string, target: string | undefined, allowed: Section[], what: string) => {
    if (target === undefined) return;
    const found = byId.get(target);
    if (!found) problems.push(`${where}: unknown ${field} id "${target}"`);
    else if (!allowed.includes(found.section)) problems.push(`${where}: ${field} id "${target}" is not ${what}`);
  };
  const mustContain = (where: string, span: Span, what: string, candidates: (string | undefined)[]) => {
    const text = evidenceText(span).toLowerCase();
    if (span.end > span.start && !candidates.some((c) => c !== undefined && text.includes(c.toLowerCase()))) {
      problems.push(`${where}: ${what} not found inside its evidence`);
    }
  };

  // Every name must point to one entity only, or a distractor could be an alias of the answer.
  const names = new Map<string, string>();
  const claimName = (where: string, name: string) => {
    const key = name.toLowerCase();
    const owner = names.get(key);
    if (owner === undefined) names.set(key, where);
    else if (owner !== where) problems.push(`${where}: name "${name}" is also a name of ${owner}`);
  };

  const people = authored.people.map((p, i) => {
    const where = label("people", i, p.id);
    const span = resolve(where, p.evidence);
    mustContain(where, span, `name "${p.name}"`, [p.name, p.shortName, ...(p.aliases ?? [])]);
    reference(where, "affiliation", p.affiliation, ["organizations"], "an organization");
    for (const name of [p.name, p.shortName, ...(p.aliases ?? [])]) if (name) claimName(where, name);
    return { ...p, evidence: span };
  });
  const organizations = authored.organizations.map((o, i) => {
    const where = label("organizations", i, o.id);
    const span = resolve(where, o.evidence);
    mustContain(where, span, `name "${o.name}"`, [o.name, ...(o.aliases ?? [])]);
    for (const name of [o.name, ...(o.aliases ?? [])]) claimName(where, name);
    return { ...o, evidence: span };
  });
  const places = authored.places.map((p, i) => {
    const where = label("places", i, p.id);
    const span = resolve(where, p.evidence);
    mustContain(where, span, `name "${p.name}"`, [p.name, ...(p.aliases ?? [])]);
    for (const name of [p.name, ...(p.aliases ?? [])]) claimName(where, name);
    return { ...p, evidence: span };
  });
  const dates = authored.dates.map((d, i) => {
    const where = label("dates", i, d.id);
    const span = resolve(where, d.evidence);
    if (span.end > span.start && !evidenceText(span).includes(d.text)) {
      problems.push(`${where}: date text "${d.text}" not found inside its evidence`);
    } else if (d.preposition && span.end > span.start) {
      // The evidence may be the date alone: the preposition is read just before it in the text.
      const at = span.start + evidenceText(span).indexOf(d.text);
      if (body.slice(Math.max(0, at - d.preposition.length - 1), at).toLowerCase() !== `${d.preposition} `.toLowerCase()) {
        problems.push(`${where}: preposition "${d.preposition}" is not written just before "${d.text}"`);
      }
    }
    return { ...d, evidence: span };
  });
  const numbers = authored.numbers.map((n, i) => {
    const where = label("numbers", i, n.id);
    const span = resolve(where, n.evidence);
    if (span.end > span.start && !evidenceText(span).includes(n.text)) {
      problems.push(`${where}: number text "${n.text}" not found inside its evidence`);
    }
    return { ...n, evidence: span };
  });
  const quotes = authored.quotes.map((q, i) => {
    const where = label("quotes", i, q.id);
    const span = resolve(where, q.evidence);
    if (span.end > span.start && !evidenceText(span).includes(q.text)) {
      problems.push(`${where}: quote text not found inside its evidence`);
    }
    reference(where, "speaker", q.speaker, ["people"], "a person");
    return { ...q, evidence: span };
  });
  const unnamedQuotes = authored.unnamedQuotes.map((q, i) => {
    const where = label("unnamedQuotes", i, q.id);
    const span = resolve(where, q.evidence);
    if (span.end > span.start && !evidenceText(span).includes(q.text)) problems.push(`${where}: quote text not found inside its evidence`);
    return { ...q, evidence: span };
  });
  const events = authored.events.map((e, i) => {
    const where = label("events", i, e.id);
    const span = resolve(where, e.evidence);
    reference(where, "when", e.when, ["dates"], "a date");
    reference(where, "where", e.where, ["places"], "a place");
    return { ...e, evidence: span };
  });
  const claims = authored.claims.map((c, i) => {
    const where = label("claims", i, c.id);
    const span = resolve(where, c.evidence);
    reference(where, "subject", c.subject, ["people", "organizations", "places"], "a person, organization or place");
    return { ...c, evidence: span };
  });

  const causes = authored.causes.map((c, i) => {
    const where = label("causes", i, c.id);
    const span = resolve(where, c.evidence);
    c.distractors?.forEach((d, j) => {
      if (d.trim().toLowerCase() === c.answer.trim().toLowerCase()) problems.push(`${where}: distractors[${j}] repeats the answer`);
    });
    return { ...c, evidence: span };
  });
  const positions = authored.positions.map((p, i) => {
    const where = label("positions", i, p.id);
    const span = resolve(where, p.evidence);
    reference(where, "speaker", p.speaker, ["people"], "a person");
    return { ...p, evidence: span };
  });
  const vocabularyFacts = authored.vocabulary.map((v, i) => {
    const where = label("vocabulary", i, v.id);
    const span = resolve(where, v.evidence);
    // The evidence is the term's sentence; the fact points at the term itself, which questions quote in context.
    const at = evidenceText(span).indexOf(v.term);
    if (span.end > span.start && at < 0) problems.push(`${where}: term "${v.term}" not found inside its evidence`);
    v.otherMeanings?.forEach((m, j) => {
      if (m.trim().toLowerCase() === v.meaning.trim().toLowerCase()) problems.push(`${where}: otherMeanings[${j}] repeats the meaning`);
    });
    return { ...v, evidence: at < 0 ? span : { start: span.start + at, end: span.start + at + v.term.length } };
  });

  const idea = authored.mainIdea;
  const ideaSpan = resolve("mainIdea", idea.evidence);
  idea.distortions.forEach((distortion, i) => {
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (same(distortion, idea.statement)) problems.push(`mainIdea: distortions[${i}] repeats the statement`);
    const first = idea.distortions.findIndex((d) => same(d, distortion));
    if (first < i) problems.push(`mainIdea: distortions[${i}] duplicates distortions[${first}]`);
  });

  let start = 0;
  paragraphs.forEach((paragraph, i) => {
    const end = start + paragraph.length;
    if (!spans.some((s) => s.start < end && s.end > start)) {
      problems.push(`paragraph ${i + 1} is not covered by any fact's evidence: "${snippet(paragraph)}"`);
    }
    start = end + 2;
  });

  if (problems.length > 0) return { problems };
  const mainIdeaFact = { ...idea, evidence: ideaSpan };
  return {
    problems,
    facts: { people, organizations, places, dates, numbers, quotes, ...(unnamedQuotes.length > 0 ? { unnamedQuotes } : {}), events, claims, causes, positions, vocabulary: vocabularyFacts, mainIdea: mainIdeaFact },
  };
}

/** Turns zod issues into `<file>: <fact>: <field>: <problem>` lines. */
function zodMessages(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let where = "";
    const [head, index] = path;
    if (typeof head === "string" && (SECTIONS as readonly string[]).includes(head) && typeof index === "number") {
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
