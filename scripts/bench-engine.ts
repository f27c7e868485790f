/**
 * How long the question engine takes to build an article's pool and draw a
 * 10-question quiz from it, for the seed article and for synthetic articles
 * with 10×, 30× and 100× its facts (lib/quiz/fixtures/synthetic.ts), to show
 * how the time grows with the number of facts.
 */
import { performance } from "node:perf_hooks";
import type { Article } from "../lib/article/types";
import { readArticleDir } from "../lib/content/read";
import { extractArticle } from "../lib/extract";
import { buildPool, drawQuestions } from "../lib/quiz";
import { multiplyArticle } from "../lib/quiz/fixtures/synthetic";
import { longArticle } from "../e2e/support/pasted-article";

export interface EngineRow {
  label: string;
  facts: number;
  questions: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Median time divided by the number of facts, in microseconds: flat means linear growth. */
  usPerFact: number;
  /** The aim for this size, if it sets one. */
  aimMs?: number;
}

export function countFacts(article: Article): number {
  const f = article.facts;
  const optional =
    (f.terms?.length ?? 0) +
    (f.statements?.length ?? 0) +
    (f.causes?.length ?? 0) +
    (f.positions?.length ?? 0) +
    (f.vocabulary?.length ?? 0);
  return (
    f.people.length +
    f.organizations.length +
    f.places.length +
    f.dates.length +
    f.numbers.length +
    f.quotes.length +
    f.events.length +
    f.claims.length +
    optional +
    1
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Times `runs` pool+quiz builds, each with another seed (nothing is cached between them). */
export function timeEngine(
  article: Article,
  runs: number,
  warmup = Math.min(20, runs),
): { times: number[]; questions: number } {
  let questions = 0;
  for (let i = 0; i < warmup; i++) drawQuestions(buildPool(article, 1_000_000 + i), { seed: i, count: 10 }, article);
  const times: number[] = [];
  for (let seed = 0; seed < runs; seed++) {
    const start = performance.now();
    const pool = buildPool(article, seed);
    drawQuestions(pool, { seed, count: 10 }, article);
    times.push(performance.now() - start);
    questions = pool.length;
  }
  return { times: times.sort((a, b) => a - b), questions };
}

const SIZES: { times: number; runs: number; aimMs?: number }[] = [
  { times: 1, runs: 1000, aimMs: 2 },
  { times: 10, runs: 200 },
  { times: 30, runs: 80 },
  { times: 100, runs: 30, aimMs: 100 },
];

/** The aim: pool and quiz for a 1,000-word pasted article (facts extracted beforehand) in under 50 ms. */
function pastedArticleRow(): EngineRow {
  const extracted = extractArticle({ text: longArticle(1000), title: "A thousand words" });
  if (!extracted.ok) throw new Error(extracted.message);
  const article = extracted.article;
  const { times: samples, questions } = timeEngine(article, 100);
  const medianMs = percentile(samples, 50);
  const facts = countFacts(article);
  return {
    label: "pasted, 1,000 words",
    facts,
    questions,
    runs: 100,
    medianMs,
    p95Ms: percentile(samples, 95),
    usPerFact: (medianMs * 1000) / facts,
    aimMs: 50,
  };
}

export function benchEngine(articleDir = "content/articles/us-china-climate-ai"): EngineRow[] {
  const seed = readArticleDir(articleDir);
  return [
    ...SIZES.map(({ times, runs, aimMs }) => {
      const article = times === 1 ? seed : multiplyArticle(seed, times);
      const { times: samples, questions } = timeEngine(article, runs);
      const medianMs = percentile(samples, 50);
      const facts = countFacts(article);
      return {
        label: times === 1 ? "seed article" : `synthetic ×${times}`,
        facts,
        questions,
        runs,
        medianMs,
        p95Ms: percentile(samples, 95),
        usPerFact: (medianMs * 1000) / facts,
        aimMs,
      };
    }),
    pastedArticleRow(),
  ];
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

export function printEngineReport(rows: EngineRow[]): void {
  console.log("Question engine: build the pool + draw a 10-question quiz (ms)");
  console.log(
    "  article".padEnd(24) +
      "facts".padStart(7) +
      "questions".padStart(11) +
      "runs".padStart(6) +
      "median".padStart(9) +
      "p95".padStart(9) +
      "µs/fact".padStart(9) +
      "  aim",
  );
  for (const r of rows) {
    const aim = r.aimMs === undefined ? "" : `  < ${r.aimMs} ms ${r.medianMs < r.aimMs ? "✓" : "✗ MISSED"}`;
    console.log(
      `  ${r.label}`.padEnd(24) +
        String(r.facts).padStart(7) +
        String(r.questions).padStart(11) +
        String(r.runs).padStart(6) +
        ms(r.medianMs).padStart(9) +
        ms(r.p95Ms).padStart(9) +
        r.usPerFact.toFixed(1).padStart(9) +
        aim,
    );
  }
  const first = rows[0]!;
  const last = rows.filter((r) => r.label.startsWith("synthetic")).at(-1)!;
  const factRatio = last.facts / first.facts;
  const timeRatio = last.medianMs / first.medianMs;
  console.log(
    `  ${factRatio.toFixed(0)}× the facts took ${timeRatio.toFixed(0)}× the time: ` +
      (timeRatio < factRatio * 2 ? "growth is about linear in the number of facts." : "growth is faster than linear."),
  );
}
