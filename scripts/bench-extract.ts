/**
 * How long extraction takes in Node: median time for a ~1,000-word and a
 * ~10,000-word article (aims: under 100 ms and under 1 s). The
 * articles are built from the OneStopQA corpus texts when the corpus is
 * there, else from a synthetic news-like generator, so the bench runs in any clone.
 */
import { performance } from "node:perf_hooks";
import { countWords, extractArticle } from "../lib/extract";
import { createRng } from "../lib/quiz/random";
import { corpusAvailable, readCorpus } from "./corpus";

export interface ExtractRow {
  label: string;
  words: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  aimMs: number;
  facts: number;
}

const NAMES = ["Maria Lopez", "Paul Kelley", "Anna Schmidt", "Rob Yarrell", "Li Yanliang", "David Okafor"];
const ORGS = [
  "the University of Oxford",
  "the National Aquarium",
  "the Institute of Public Policy",
  "the Royal Society",
];
const PLACES = ["London", "Kigali", "New Zealand", "Spain", "Chicago"];

/** News-like paragraphs with names, roles, quotations, numbers and dates; deterministic. */
export function syntheticText(words: number, seed = 1): string {
  const rng = createRng(seed);
  const pick = <T>(list: readonly T[]) => list[rng.int(list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const name = pick(NAMES);
    const paragraph = [
      `${name}, a research fellow at ${pick(ORGS)}, visited ${pick(PLACES)} in ${2000 + rng.int(25)}.`,
      `“We have studied ${10 + rng.int(900)} schools and the results are clear,” said ${name.split(" ")[1]}.`,
      `About ${rng.int(90) + 5}% of students passed the exam, and ${(1 + rng.int(50)) * 100} teachers signed the letter.`,
      `The project began on Tuesday and will continue for several years, according to the report.`,
    ].join(" ");
    paragraphs.push(paragraph);
    count += countWords(paragraph);
  }
  return paragraphs.join("\n\n");
}

/** Corpus paragraphs repeated in order until `words` is reached. */
function corpusText(words: number): string {
  const paragraphs = readCorpus().flatMap((a) => a.paragraphs);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += countWords(p);
  }
  return out.join("\n\n");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function benchExtract(): { source: string; rows: ExtractRow[]; coldMs: number } {
  let coldMs = 0;
  const fromCorpus = corpusAvailable();
  const make = (words: number) => (fromCorpus ? corpusText(words) : syntheticText(words));
  const sizes = [
    { words: 1000, runs: 30, aimMs: 100 },
    { words: 10000, runs: 7, aimMs: 1000 },
  ];
  // Warm-up: compromise builds its lexicon on first use, and the JIT needs a few runs (reported separately).
  const coldStart = performance.now();
  extractArticle({ text: make(1000), title: "warm-up" });
  coldMs = performance.now() - coldStart;
  for (let i = 0; i < 4; i++) extractArticle({ text: make(1000), title: "warm-up" });
  const rows = sizes.map(({ words, runs, aimMs }) => {
    const text = make(words);
    const times: number[] = [];
    let facts = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = extractArticle({ text, title: "Bench" });
      times.push(performance.now() - started);
      if (result.ok) {
        const f = result.article.facts;
        facts =
          f.people.length +
          f.organizations.length +
          f.places.length +
          f.dates.length +
          f.numbers.length +
          f.quotes.length +
          f.claims.length +
          f.events.length;
      }
    }
    times.sort((a, b) => a - b);
    return {
      label: `~${words.toLocaleString("en-US")} words`,
      words: countWords(text),
      runs,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      aimMs,
      facts,
    };
  });
  return { source: fromCorpus ? "OneStopQA corpus text" : "synthetic text (corpus absent)", rows, coldMs };
}

export function printExtractReport(report: { source: string; rows: ExtractRow[]; coldMs: number }): void {
  console.log(`\nExtraction in Node (extractArticle), ${report.source} (ms)`);
  console.log(
    "  article".padEnd(18) +
      "words".padStart(7) +
      "facts".padStart(7) +
      "runs".padStart(6) +
      "median".padStart(9) +
      "p95".padStart(9) +
      "  aim",
  );
  for (const r of report.rows) {
    console.log(
      `  ${r.label}`.padEnd(18) +
        String(r.words).padStart(7) +
        String(r.facts).padStart(7) +
        String(r.runs).padStart(6) +
        r.medianMs.toFixed(0).padStart(9) +
        r.p95Ms.toFixed(0).padStart(9) +
        `  < ${r.aimMs} ms ${r.medianMs < r.aimMs ? "✓" : "✗ MISSED"}`,
    );
  }
  console.log(
    `  The very first extraction in a process (cold: lexicon build + JIT) took ${report.coldMs.toFixed(0)} ms for ~1,000 words.`,
  );
}

if (require.main === module) printExtractReport(benchExtract());
