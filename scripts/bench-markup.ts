/**
 * HTML and Markdown to text on crafted files (the attack of issue 11: 6 KB
 * of "<a" took 43 s with the regex version). Median of 3 runs in Node; aim:
 * every case well under a second.
 */
import { performance } from "node:perf_hooks";
import { htmlToText, markdownToText } from "../lib/extract";

export interface MarkupRow {
  label: string;
  bytes: number;
  medianMs: number;
}

const CASES: { label: string; kind: "html" | "markdown"; input: () => string }[] = [
  { label: '"<a" × 3,000 (6 KB)', kind: "html", input: () => "<a".repeat(3000) },
  { label: '"<a" × 500,000 (1 MB)', kind: "html", input: () => "<a".repeat(500_000) },
  { label: "100,000 nested <div>s", kind: "html", input: () => "<div>".repeat(100_000) + "x" },
  { label: '"<!--" × 250,000 (1 MB)', kind: "html", input: () => "<!--".repeat(250_000) },
  { label: "a 1 MB attribute", kind: "html", input: () => `<p title="${"x".repeat(1_000_000)}">t</p>` },
  {
    label: "1 MB of ordinary paragraphs",
    kind: "html",
    input: () => "<p>The council <b>approved</b> the plan &amp; its budget.</p>\n".repeat(17_000),
  },
  { label: "100,000 backticks", kind: "markdown", input: () => "`".repeat(100_000) },
  { label: '100,000 "["', kind: "markdown", input: () => "[".repeat(100_000) },
  { label: '50,000 "[a]("', kind: "markdown", input: () => "[a](".repeat(50_000) },
  { label: '50,000 "**a "', kind: "markdown", input: () => "**a ".repeat(50_000) },
  { label: '100,000 ">"', kind: "markdown", input: () => ">".repeat(100_000) + "a" },
];

export function benchMarkup(): MarkupRow[] {
  return CASES.map(({ label, kind, input }) => {
    const text = input();
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      if (kind === "html") htmlToText(text);
      else markdownToText(text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { label: `${kind === "html" ? "HTML" : "Markdown"}: ${label}`, bytes: text.length, medianMs: times[1]! };
  });
}

export function printMarkupReport(rows: MarkupRow[]): void {
  console.log("Markup to text (median of 3, aim: well under 1,000 ms each)");
  for (const row of rows)
    console.log(
      `  ${row.label.padEnd(44)} ${String(row.bytes).padStart(8)} chars ${row.medianMs.toFixed(1).padStart(8)} ms`,
    );
  console.log("");
}

if (process.argv[1]?.endsWith("bench-markup.ts")) printMarkupReport(benchMarkup());
