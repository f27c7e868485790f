/**
 * The browser's schema checker (lib/schema) beside zod/mini, which it replaced: the same shape (a gradebook's
 * results: a record of strict objects with patterned strings, bounded integers and nullable answers) built and
 * checked with each, on 5,000 results.
 */
import { performance } from "node:perf_hooks";
import * as zodMini from "zod/mini";
import { z as ours } from "../lib/schema";

export interface SchemaRow {
  checker: string;
  buildMs: number;
  checkMedianMs: number;
  checkMaxMs: number;
}

// Both APIs have these names and meanings (that is lib/schema's point), so one function builds both.
type Api = typeof ours;
const resultsShape = (s: Api) =>
  s.record(
    s.string().check(s.maxLength(200)),
    s.strictObject({
      quiz: s.string().check(s.regex(/^[0-9a-f]{12}$/)),
      name: s.string().check(s.minLength(1), s.maxLength(60)),
      answers: s
        .array(
          s.nullable(s.strictObject({ kind: s.literal("choice"), index: s.int().check(s.minimum(0), s.maximum(9)) })),
        )
        .check(s.maxLength(40)),
      startedAt: s.iso.datetime({ offset: true }),
      durationMs: s.int().check(s.minimum(0)),
    }),
  );

function results(count: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    data[`r${i}`] = {
      quiz: "0123456789ab",
      name: `Student ${i}`,
      answers: Array.from({ length: 10 }, (_, j) => (j === 9 ? null : { kind: "choice", index: j % 4 })),
      startedAt: "2026-12-06T09:00:00.000+01:00",
      durationMs: 300_000,
    };
  }
  return data;
}

export function benchSchema(count = 5000, runs = 9): SchemaRow[] {
  const data = results(count);
  const checkers: [string, Api][] = [
    ["lib/schema", ours],
    ["zod/mini", zodMini as unknown as Api],
  ];
  return checkers.map(([checker, api]) => {
    const start = performance.now();
    const schema = resultsShape(api);
    const buildMs = performance.now() - start;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      if (!schema.safeParse(data).success) throw new Error(`${checker} refused the bench's valid results`);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { checker, buildMs, checkMedianMs: times[Math.floor(runs / 2)]!, checkMaxMs: times[runs - 1]! };
  });
}

export function printSchemaReport(rows: SchemaRow[]) {
  console.log("\nChecking 5,000 stored results (ms)");
  console.log("  checker        build schema   check, median      max");
  for (const r of rows) {
    console.log(
      `  ${r.checker.padEnd(14)} ${r.buildMs.toFixed(2).padStart(12)} ${r.checkMedianMs.toFixed(1).padStart(16)} ${r.checkMaxMs.toFixed(1).padStart(8)}`,
    );
  }
}
