/**
 * Extraction measured against the gold set (lib/extract/gold): original
 * articles, each with a hand-written list of its people, quotations and
 * speakers, numbers, dates, organizations and places (format in
 * lib/extract/gold/README.md). Precision and recall per fact kind.
 *
 * Matching rules (one extracted fact matches one gold fact when):
 * - people: the names are the same (case, spacing and apostrophe style aside).
 *   A name with its title inside ("Dr. Priya Raman") or cut short ("Priya") does not match.
 * - quotations: the quoted texts overlap in the article (offsets, not strings, so a quotation
 *   split into sentences matches the gold quotation it belongs to) and the speaker is the same
 *   person (same name). Gold quotations of unnamed speakers ("a worker at the hotel") are not
 *   in the named list: an extracted quotation that overlaps one is a wrong attribution.
 * - unnamed speakers: the texts overlap and one descriptor contains the other (leading
 *   "a"/"an"/"the" aside).
 * - numbers: the texts overlap and the value agrees: equal within 1%, or equal once the scale
 *   written with it is applied (3.5 with "million" = 3,500,000); a gold value of null (votes,
 *   ranges) agrees with any value.
 * - dates: the texts overlap.
 * - organizations, places: the names are the same, a leading "the" aside. Kinds are compared
 *   separately (how many of the matched ones have the gold kind).
 *
 * Gold text appearing more than once in the article matches at any of its occurrences. A gold fact
 * written only in the headline is not counted: the extractor reads the headline as the title, and
 * facts come from the article's text.
 */
import fs from "node:fs";
import path from "node:path";
import type { Article, Span } from "../lib/article/types";
import { extractArticle } from "../lib/extract";

export const GOLD_DIR = path.resolve(__dirname, "..", "lib", "extract", "gold");

/** Targets of the issue, for people, quotations with speakers, numbers and dates. */
export const GOLD_TARGETS = { precision: 0.95, recall: 0.9 };

export interface GoldPerson {
  name: string;
  title?: string | null;
  role?: string | null;
  mentions?: string[];
}
export interface GoldFacts {
  file: string;
  people: GoldPerson[];
  organizations: { name: string; kind: string }[];
  places: { name: string; kind: string }[];
  quotes: { text: string; speaker: string }[];
  notQuotes?: string[];
  numbers: { text: string; value: number | null; counts: string }[];
  dates: { text: string; describes: string }[];
}

export interface GoldArticle {
  file: string;
  title: string;
  /** The article without its headline line. */
  text: string;
  gold: GoldFacts;
}

export const GOLD_KINDS = [
  "people",
  "quotes",
  "unnamed quotes",
  "numbers",
  "dates",
  "organizations",
  "places",
] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

export interface KindScore {
  /** Extracted facts that match a gold fact, and all extracted. */
  correct: number;
  extracted: number;
  /** Gold facts some extracted fact matches, and all gold. */
  found: number;
  gold: number;
  /** What went wrong, for reading: extracted facts matching nothing, gold facts not found. */
  wrong: string[];
  missed: string[];
  /** Organizations and places: matched ones whose kind is the gold kind; people: matched ones with the gold title. */
  kindRight?: number;
}

export type GoldScores = Record<GoldKind, KindScore>;

export function goldAvailable(dir = GOLD_DIR): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith(".json"));
}

export function readGold(dir = GOLD_DIR): GoldArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.*\.json$/.test(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as GoldFacts;
      const raw = fs.readFileSync(path.join(dir, f.replace(/\.json$/, ".txt")), "utf8").replace(/\r\n?/g, "\n");
      const [headline = "", ...rest] = raw.split("\n");
      return { file: f.replace(/\.json$/, ".txt"), title: headline.trim(), text: rest.join("\n"), gold };
    });
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const normName = (s: string) => norm(s).replace(/^the\s+/, "");
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every place `text` is written in `body`. */
function occurrences(body: string, text: string): Span[] {
  const spans: Span[] = [];
  if (!text) return spans;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1))
    spans.push({ start: at, end: at + text.length });
  return spans;
}

/** Where an extracted fact's text is: inside its evidence if it is there, else anywhere. */
function located(body: string, text: string, evidence: Span): Span[] {
  const inside = occurrences(body.slice(evidence.start, evidence.end), text).map((s) => ({
    start: s.start + evidence.start,
    end: s.end + evidence.start,
  }));
  return inside.length > 0 ? inside.slice(0, 1) : occurrences(body, text);
}

const SCALES: [RegExp, number][] = [
  [/\b(?:thousand|k)\b|\dk\b/i, 1e3],
  [/\b(?:million|m|mn)\b|\dm\b/i, 1e6],
  [/\b(?:billion|bn)\b|\dbn\b/i, 1e9],
];

export function valueAgrees(value: number, gold: number | null, written: string): boolean {
  if (gold === null) return true;
  const close = (v: number) => Math.abs(v - gold) <= 0.01 * Math.max(1, Math.abs(gold));
  if (close(value)) return true;
  return SCALES.some(([pattern, scale]) => pattern.test(written) && close(value * scale));
}

function score(): KindScore {
  return { correct: 0, extracted: 0, found: 0, gold: 0, wrong: [], missed: [] };
}

/** Compares one extracted article with its gold facts. */
export function scoreArticle(article: Article, written: GoldFacts): GoldScores {
  const { body, facts } = article;
  const inBody = (text: string) => body.includes(text);
  const gold: GoldFacts = {
    ...written,
    people: written.people.filter((p) => [p.name, ...(p.mentions ?? [])].some(inBody)),
    organizations: written.organizations.filter((o) => inBody(o.name)),
    places: written.places.filter((p) => inBody(p.name)),
    quotes: written.quotes.filter((q) => inBody(q.text)),
    numbers: written.numbers.filter((n) => inBody(n.text)),
    dates: written.dates.filter((d) => inBody(d.text)),
  };
  const scores = Object.fromEntries(GOLD_KINDS.map((k) => [k, score()])) as GoldScores;
  const personName = new Map(facts.people.map((p) => [p.id, p.name]));

  // People.
  const goldPeople = new Map(gold.people.map((p) => [normName(p.name), p]));
  const s = scores.people;
  s.kindRight = 0;
  s.extracted = facts.people.length;
  s.gold = gold.people.length;
  const foundPeople = new Set<string>();
  for (const p of facts.people) {
    const match = goldPeople.get(normName(p.name));
    if (!match) {
      s.wrong.push(p.name);
      continue;
    }
    s.correct++;
    foundPeople.add(normName(match.name));
    if (norm(p.title ?? "") === norm(match.title ?? "")) s.kindRight++;
  }
  s.found = foundPeople.size;
  s.missed = gold.people.filter((p) => !foundPeople.has(normName(p.name))).map((p) => p.name);

  // Quotations.
  const named = new Set(gold.people.map((p) => normName(p.name)));
  const goldQuotes = gold.quotes.map((q) => ({
    ...q,
    spans: occurrences(body, q.text),
    named: named.has(normName(q.speaker)),
  }));
  const q = scores.quotes;
  q.extracted = facts.quotes.length;
  q.gold = goldQuotes.filter((g) => g.named).length;
  const quoteFound = new Set<number>();
  for (const quote of facts.quotes) {
    const spans = located(body, quote.text, quote.evidence);
    const speaker = personName.get(quote.speaker) ?? quote.speaker;
    const hits = goldQuotes
      .map((g, i) => [g, i] as const)
      .filter(([g]) => g.spans.some((a) => spans.some((b) => overlaps(a, b))));
    const right = hits.filter(([g]) => g.named && normName(g.speaker) === normName(speaker));
    if (right.length > 0) {
      q.correct++;
      for (const [, i] of right) quoteFound.add(i);
    } else {
      q.wrong.push(
        `“${quote.text.slice(0, 60)}” → ${speaker}${hits.length > 0 ? ` (gold: ${hits[0]![0].speaker})` : " (not a gold quotation)"}`,
      );
    }
  }
  q.found = quoteFound.size;
  q.missed = goldQuotes
    .filter((g, i) => g.named && !quoteFound.has(i))
    .map((g) => `“${g.text.slice(0, 60)}” (${g.speaker})`);

  // Quotations of unnamed speakers.
  const u = scores["unnamed quotes"];
  const unnamed = facts.unnamedQuotes ?? [];
  u.extracted = unnamed.length;
  u.gold = goldQuotes.filter((g) => !g.named).length;
  const descriptor = (d: string) => normName(d).replace(/^(?:a|an)\s+/, "");
  const unnamedFound = new Set<number>();
  for (const quote of unnamed) {
    const spans = located(body, quote.text, quote.evidence);
    const hits = goldQuotes
      .map((g, i) => [g, i] as const)
      .filter(([g]) => !g.named && g.spans.some((a) => spans.some((b) => overlaps(a, b))))
      .filter(
        ([g]) =>
          descriptor(g.speaker).includes(descriptor(quote.speaker)) ||
          descriptor(quote.speaker).includes(descriptor(g.speaker)),
      );
    if (hits.length > 0) {
      u.correct++;
      for (const [, i] of hits) unnamedFound.add(i);
    } else u.wrong.push(`“${quote.text.slice(0, 60)}” → ${quote.speaker}`);
  }
  u.found = unnamedFound.size;
  u.missed = goldQuotes
    .filter((g, i) => !g.named && !unnamedFound.has(i))
    .map((g) => `“${g.text.slice(0, 60)}” (${g.speaker})`);

  // Numbers and dates: overlapping text (and, for numbers, an agreeing value).
  const spanned = <G extends { text: string }>(
    kind: "numbers" | "dates",
    extracted: readonly { text: string; evidence: Span }[],
    goldList: readonly G[],
    agrees: (e: (typeof extracted)[number], g: G) => boolean,
  ) => {
    const k = scores[kind];
    const goldSpans = goldList.map((g) => occurrences(body, g.text));
    k.extracted = extracted.length;
    k.gold = goldList.length;
    const found = new Set<number>();
    for (const e of extracted) {
      const spans = located(body, e.text, e.evidence);
      const hits = goldList
        .map((g, i) => i)
        .filter((i) => goldSpans[i]!.some((a) => spans.some((b) => overlaps(a, b))) && agrees(e, goldList[i]!));
      if (hits.length > 0) {
        k.correct++;
        for (const i of hits) found.add(i);
      } else k.wrong.push(e.text);
    }
    k.found = found.size;
    k.missed = goldList.filter((_, i) => !found.has(i)).map((g) => g.text);
  };
  spanned("numbers", facts.numbers, gold.numbers, (e, g) =>
    valueAgrees(
      (e as (typeof facts.numbers)[number]).value,
      g.value,
      `${e.text} ${(e as (typeof facts.numbers)[number]).counts}`,
    ),
  );
  spanned("dates", facts.dates, gold.dates, () => true);

  // Organizations and places: same name; kind compared among the matched.
  for (const kind of ["organizations", "places"] as const) {
    const k = scores[kind];
    k.kindRight = 0;
    const goldList = gold[kind];
    const byName = new Map(goldList.map((g) => [normName(g.name), g]));
    const list = facts[kind] as { name: string; kind: string; aliases?: string[] }[];
    k.extracted = list.length;
    k.gold = goldList.length;
    const found = new Set<string>();
    for (const e of list) {
      const match = [e.name, ...(e.aliases ?? [])].map((n) => byName.get(normName(n))).find((g) => g !== undefined);
      if (!match) {
        k.wrong.push(`${e.name} (${e.kind})`);
        continue;
      }
      k.correct++;
      found.add(normName(match.name));
      if (match.kind === e.kind) k.kindRight++;
    }
    k.found = found.size;
    k.missed = goldList.filter((g) => !found.has(normName(g.name))).map((g) => `${g.name} (${g.kind})`);
  }
  return scores;
}

export interface GoldRow {
  file: string;
  scores: GoldScores;
  extractMs: number;
}

export function evaluateGold(articles: readonly GoldArticle[] = readGold()): GoldRow[] {
  return articles.map((a) => {
    const started = performance.now();
    const result = extractArticle({ text: a.text, title: a.title });
    const extractMs = performance.now() - started;
    if (!result.ok) throw new Error(`${a.file}: ${result.message}`);
    return { file: a.file, scores: scoreArticle(result.article, a.gold), extractMs };
  });
}

/** The sums over all articles, per kind. */
export function totals(rows: readonly GoldRow[]): GoldScores {
  const out = Object.fromEntries(GOLD_KINDS.map((k) => [k, score()])) as GoldScores;
  for (const row of rows) {
    for (const kind of GOLD_KINDS) {
      const t = out[kind];
      const r = row.scores[kind];
      t.correct += r.correct;
      t.extracted += r.extracted;
      t.found += r.found;
      t.gold += r.gold;
      if (r.kindRight !== undefined) t.kindRight = (t.kindRight ?? 0) + r.kindRight;
      t.wrong.push(...r.wrong.map((w) => `${row.file.slice(0, 2)}: ${w}`));
      t.missed.push(...r.missed.map((m) => `${row.file.slice(0, 2)}: ${m}`));
    }
  }
  return out;
}

export const precision = (k: KindScore) => (k.extracted === 0 ? 1 : k.correct / k.extracted);
export const recall = (k: KindScore) => (k.gold === 0 ? 1 : k.found / k.gold);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function printGold(rows: readonly GoldRow[], { details = false } = {}): string {
  const sum = totals(rows);
  const lines = [
    `Gold set: ${rows.length} articles (lib/extract/gold)`,
    "",
    `${"kind".padEnd(16)}${"precision".padStart(18)}${"recall".padStart(18)}${"kind/title".padStart(14)}`,
  ];
  for (const kind of GOLD_KINDS) {
    const k = sum[kind];
    const kindCell = k.kindRight === undefined ? "" : `${k.kindRight}/${k.correct}`;
    lines.push(
      `${kind.padEnd(16)}${`${k.correct}/${k.extracted} ${pct(precision(k))}`.padStart(18)}${`${k.found}/${k.gold} ${pct(recall(k))}`.padStart(18)}${kindCell.padStart(14)}`,
    );
  }
  lines.push(
    "",
    `Targets (people, quotes, numbers, dates): precision ≥ ${pct(GOLD_TARGETS.precision)}, recall ≥ ${pct(GOLD_TARGETS.recall)}.`,
  );
  if (details) {
    for (const kind of GOLD_KINDS) {
      const k = sum[kind];
      if (k.wrong.length) lines.push("", `${kind}, extracted but wrong:`, ...k.wrong.map((w) => `  ${w}`));
      if (k.missed.length) lines.push("", `${kind}, missed:`, ...k.missed.map((m) => `  ${m}`));
    }
  }
  return lines.join("\n");
}
