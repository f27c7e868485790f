/**
 * `npm run facts -- <file.txt|.md|.html> [--title T]`: the facts lib/extract
 * finds in any article, as JSON (documented in the README, "Your own
 * article"). Every fact carries its evidence as offsets into `body` (the
 * paragraphs joined by a blank line) and the text they point at, and how
 * sure the extractor is of it (`certainty`, 0..1; least sure first is what a
 * teacher should check).
 *
 * Pure function of its arguments (plus reading the file), so tests call
 * `runFactsCli` directly; scripts/facts.ts only prints what it returns.
 */
import type { Article, Span } from "../lib/article/types";
import { countWords, extractArticle } from "../lib/extract";
import { readArticleText } from "./article-text";

export interface CliResult {
  stdout: string;
  stderr: string;
  /** 0 ok, 2 bad arguments or a text facts cannot be read from. */
  code: number;
}

export const FACTS_USAGE = `Usage: npm run facts -- <file> [--title T]

  <file>      an article as plain text (.txt), Markdown (.md) or HTML (.html, read as text, never run)
  --title T   its title (default: the file's title or first line)

Prints the facts found in it as JSON: people (name, short name, title, role), organizations and places
(with their kinds), quotations with their speaker's name (and those of unnamed speakers apart), numbers
(value, text as written, kind, what they count), dates (text as written, preposition, what they date),
claims and the main idea. Every fact has its evidence as offsets into "body" and the text there.`;

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { file: string; title?: string } | "help" {
  let file: string | undefined;
  let title: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (name !== "title") throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value.trim() === "") throw new UsageError("--title needs a value");
      if (title !== undefined) throw new UsageError("--title given twice");
      title = value;
    } else if (file === undefined) file = arg;
    else throw new UsageError(`expected one file, got ${file} and ${arg}`);
  }
  if (file === undefined) throw new UsageError("missing the article file");
  return { file, title };
}

const evidence = (article: Article, span: Span) => ({
  start: span.start,
  end: span.end,
  text: article.body.slice(span.start, span.end),
});

/** The facts as printed: names for ids, evidence with its text. */
export function factsJson(article: Article, warnings: readonly string[]): string {
  const { facts } = article;
  const nameOf = new Map([...facts.people, ...facts.organizations, ...facts.places].map((e) => [e.id, e.name]));
  const out = {
    title: article.title,
    source: article.source,
    words: countWords(article.body),
    warnings,
    body: article.body,
    people: facts.people.map((p) => ({
      id: p.id,
      name: p.name,
      shortName: p.shortName,
      aliases: p.aliases,
      title: p.title,
      role: p.role,
      affiliation: p.affiliation ? nameOf.get(p.affiliation) : undefined,
      certainty: p.certainty,
      evidence: evidence(article, p.evidence),
    })),
    organizations: facts.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      aliases: o.aliases,
      certainty: o.certainty,
      evidence: evidence(article, o.evidence),
    })),
    places: facts.places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: p.aliases,
      certainty: p.certainty,
      evidence: evidence(article, p.evidence),
    })),
    quotations: facts.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      speaker: nameOf.get(q.speaker),
      speakerId: q.speaker,
      certainty: q.certainty,
      evidence: evidence(article, q.evidence),
    })),
    unnamedQuotations: (facts.unnamedQuotes ?? []).map((q) => ({
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      certainty: q.certainty,
      evidence: evidence(article, q.evidence),
    })),
    numbers: facts.numbers.map((n) => ({
      id: n.id,
      value: n.value,
      values: n.values,
      text: n.text,
      kind: n.kind,
      counts: n.counts,
      question: n.question,
      certainty: n.certainty,
      evidence: evidence(article, n.evidence),
    })),
    dates: facts.dates.map((d) => ({
      id: d.id,
      text: d.text,
      preposition: d.preposition,
      kind: d.kind,
      describes: d.describes,
      certainty: d.certainty,
      evidence: evidence(article, d.evidence),
    })),
    claims: facts.claims.map((c) => ({
      id: c.id,
      subject: nameOf.get(c.subject),
      subjectId: c.subject,
      predicate: c.predicate,
      certainty: c.certainty,
      evidence: evidence(article, c.evidence),
    })),
    mainIdea: { statement: facts.mainIdea.statement, evidence: evidence(article, facts.mainIdea.evidence) },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function runFactsCli(argv: readonly string[]): CliResult {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError)
      return { stdout: "", stderr: `facts: ${error.message}\n\n${FACTS_USAGE}\n`, code: 2 };
    throw error;
  }
  if (options === "help") return { stdout: `${FACTS_USAGE}\n`, stderr: "", code: 0 };
  const read = readArticleText(options.file, options.title);
  if (typeof read === "string") return { stdout: "", stderr: `facts: ${read}\n`, code: 2 };
  const result = extractArticle(read);
  if (!result.ok)
    return { stdout: "", stderr: `facts: cannot read facts from ${options.file}: ${result.message}\n`, code: 2 };
  return {
    stdout: factsJson(result.article, result.warnings),
    stderr: result.warnings.map((w) => `facts: note: ${w}\n`).join(""),
    code: 0,
  };
}
