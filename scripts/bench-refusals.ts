/**
 * How soon bad input is refused: a paste of 30,001 words (counted before any
 * other work) and a 50 MB decompression bomb in a short link code (stopped at
 * 64 kB of output). Measured here rather than asserted in unit tests, where a
 * busy machine would make the figures noise.
 */
import { performance } from "node:perf_hooks";
import { extractArticle } from "../lib/extract";
import { CodecError, decodeJson, toBase64Url } from "../lib/share/codec";

export interface RefusalRow {
  label: string;
  runs: number;
  medianMs: number;
  maxMs: number;
}

async function rawDeflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function time(
  label: string,
  runs: number,
  refuse: () => Promise<string> | string,
  expected: string,
): Promise<RefusalRow> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const outcome = await refuse();
    times.push(performance.now() - started);
    // A figure for something that was not refused would be meaningless.
    if (outcome !== expected) throw new Error(`${label}: expected "${expected}", got "${outcome}"`);
  }
  times.sort((a, b) => a - b);
  return { label, runs, medianMs: times[Math.floor(runs / 2)]!, maxMs: times.at(-1)! };
}

export async function benchRefusals(runs = 15): Promise<RefusalRow[]> {
  const words = "word ".repeat(30_001);
  const bomb = toBase64Url(await rawDeflate(new Uint8Array(50 * 1024 * 1024)));
  return [
    await time(
      "30,001 words pasted",
      runs,
      () => {
        const result = extractArticle({ text: words });
        return result.ok ? "extracted" : result.reason;
      },
      "too-long",
    ),
    await time(
      `50 MB bomb (${bomb.length.toLocaleString("en-US")} chars)`,
      runs,
      async () => {
        try {
          await decodeJson(bomb, 200_000, 64 * 1024);
          return "decoded";
        } catch (error) {
          return error instanceof CodecError ? error.code : String(error);
        }
      },
      "too-large",
    ),
  ];
}

export function printRefusalsReport(rows: RefusalRow[]): void {
  console.log("\nRefusing bad input (ms)");
  console.log("  input".padEnd(34) + "runs".padStart(6) + "median".padStart(9) + "max".padStart(9));
  for (const r of rows)
    console.log(
      `  ${r.label}`.padEnd(34) +
        String(r.runs).padStart(6) +
        r.medianMs.toFixed(1).padStart(9) +
        r.maxMs.toFixed(1).padStart(9),
    );
}

if (require.main === module) benchRefusals().then(printRefusalsReport);
