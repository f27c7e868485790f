/**
 * Runs after `next build`, before build-sw.ts: on the pages whose main part
 * loads with next/dynamic and paints their largest content (PRELOADED), the
 * chunks of that part are preloaded with the page (scripts/lazy-preload.ts
 * says why). Other pages keep theirs for later: their largest paint is
 * already in the static HTML, and preloading would only compete with it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { moduleScripts } from "./bench-bundle";
import { addPreloads, chunksLoadedBy } from "./lazy-preload";

/** Pages (paths inside out/) whose first question, rendered by the lazily loaded quiz runner, is the largest paint. */
const PRELOADED = [/^articles\/[^/]+\/quiz\/index\.html$/, /^play\/index\.html$/];

function pages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(outDir, dir)).flatMap((name) => {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join(outDir, rel)).isDirectory()) return name === "_next" ? [] : walk(rel);
      return name.endsWith(".html") ? [rel] : [];
    });
  return walk("");
}

function main(outDir = "out") {
  const all = pages(outDir);
  if (all.length === 0) throw new Error(`no .html files in ${outDir}: run next build first`);
  const scriptsOf = new Map(all.map((page) => [page, moduleScripts(readFileSync(join(outDir, page), "utf8"))]));
  // What every page loads is the framework and layout; a page's own chunk is where its next/dynamic loaders are.
  const shared = [...scriptsOf.values()]
    .map((list) => new Set(list))
    .reduce((acc, set) => new Set([...acc].filter((s) => set.has(s))));
  let count = 0;
  for (const page of all.filter((p) => PRELOADED.some((re) => re.test(p)))) {
    const own = scriptsOf.get(page)!.filter((src) => !shared.has(src));
    const hrefs = own.flatMap((src) => {
      const file = join(outDir, src.replace(/^\//, ""));
      const prefix = src.slice(0, src.indexOf("static/chunks/"));
      return existsSync(file) ? chunksLoadedBy(readFileSync(file, "utf8")).map((chunk) => prefix + chunk) : [];
    });
    if (hrefs.length === 0) throw new Error(`${page}: no lazily loaded chunk found to preload`);
    writeFileSync(join(outDir, page), addPreloads(readFileSync(join(outDir, page), "utf8"), hrefs));
    count++;
  }
  console.log(`preload: ${count} pages preload the chunks of their lazily loaded quiz runner`);
}

main(process.argv[2]);
