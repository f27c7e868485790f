/**
 * Runs after `next build` and before build-sw.ts (whose precache revisions
 * must be those of the final HTML): gives every exported page its
 * Content-Security-Policy and referrer policy (scripts/security-meta.ts).
 * Only the export gets them; `next dev` serves pages with its own inline
 * scripts and eval, and stays as it is.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { addSecurityMeta } from "./security-meta";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}

export async function addSecurityMetaToExport(outDir = "out") {
  const files = await htmlFiles(outDir);
  if (files.length === 0) throw new Error(`no .html files in ${outDir}: run next build first`);
  for (const file of files) {
    const html = await readFile(file, "utf8");
    try {
      await writeFile(file, addSecurityMeta(html));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`csp: ${files.length} pages in ${outDir} have a Content-Security-Policy and a referrer policy`);
}

addSecurityMetaToExport(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
