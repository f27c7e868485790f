/**
 * Runs after `next build` and before build-sw.ts (whose precache must hold the final files): gives every
 * script of the export V8's compile hint (scripts/compile-hints.ts). Measured on 6 December, at 4× CPU
 * slowdown: the blocking time of /play/ halved, of the gradebook and the builder too (README, Benchmarks).
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { takesCompileHint, withCompileHint } from "./compile-hints";

export async function addCompileHintsToExport(outDir = "out") {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => takesCompileHint(relative(outDir, file)));
  if (files.length === 0) throw new Error(`no scripts under ${outDir}/_next/static: run next build first`);
  for (const file of files) await writeFile(file, withCompileHint(await readFile(file, "utf8")));
  console.log(`compile hints: ${files.length} scripts in ${outDir} are compiled as they arrive`);
}

addCompileHintsToExport(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
