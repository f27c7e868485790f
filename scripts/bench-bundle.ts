/**
 * First-load JavaScript per route, measured from the static export in out/.
 *
 * For every exported HTML page we collect the module scripts it loads (the
 * `noModule` polyfills are skipped: modern browsers never fetch them) and
 * gzip each file. Chunks that every route loads are the framework/shared
 * part; the rest is what that route itself costs on first load.
 *
 * A route whose main part loads with next/dynamic names that part's chunks
 * in its own chunk; they are fetched right after hydration, and counted
 * apart ("lazy"). Only that first level: what the lazy part itself loads on
 * demand later (a Web Worker, the QR projector) is in neither figure.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteSize {
  route: string;
  sharedKb: number;
  ownKb: number;
  totalKb: number;
  /** Chunks the route's own first-load chunks load on demand (next/dynamic), fetched after hydration. */
  lazyKb: number;
}

export interface BundleReport {
  sharedKb: number;
  routes: RouteSize[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Script URLs a page loads as modules (src attributes, not noModule). */
export function moduleScripts(html: string): string[] {
  const srcs = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = match[1] ?? "";
    if (/\bnoModule\b/i.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src?.endsWith(".js")) srcs.add(src.split("?")[0]!);
  }
  return [...srcs].sort();
}

/** Chunk paths ("static/chunks/….js") a Turbopack chunk loads on demand. */
export function chunksLoadedBy(chunk: string): string[] {
  return [...new Set([...chunk.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]!))].sort();
}

export function benchBundle(outDir = "out"): BundleReport | undefined {
  if (!existsSync(outDir)) return undefined;
  const gzipCache = new Map<string, number>();
  const gzipped = (src: string) => {
    if (!gzipCache.has(src)) {
      const file = join(outDir, src.replace(/^\//, ""));
      gzipCache.set(src, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }
    return gzipCache.get(src)!;
  };

  const pages = htmlFiles(outDir)
    .filter((file) => !/(^|\/)(404|_not-found)(\/index)?\.html$/.test(relative(outDir, file)))
    .map((file) => {
      const route =
        "/" +
        relative(outDir, file)
          .replace(/index\.html$/, "")
          .replace(/\.html$/, "");
      return { route, scripts: moduleScripts(readFileSync(file, "utf8")) };
    });
  if (pages.length === 0) return undefined;

  const shared = pages.map((p) => new Set(p.scripts)).reduce((acc, set) => new Set([...acc].filter((s) => set.has(s))));
  const sharedBytes = [...shared].reduce((sum, s) => sum + gzipped(s), 0);

  const lazyOf = (ownScripts: string[], firstLoad: Set<string>) => {
    const lazy = new Set<string>();
    for (const src of ownScripts) {
      const file = join(outDir, src.replace(/^\//, ""));
      if (!existsSync(file)) continue;
      const prefix = src.slice(0, src.indexOf("static/chunks/"));
      for (const chunk of chunksLoadedBy(readFileSync(file, "utf8"))) {
        if (!firstLoad.has(prefix + chunk)) lazy.add(prefix + chunk);
      }
    }
    return [...lazy].reduce((sum, s) => sum + gzipped(s), 0);
  };

  const routes = pages
    .map(({ route, scripts }) => {
      const ownScripts = scripts.filter((s) => !shared.has(s));
      const own = ownScripts.reduce((sum, s) => sum + gzipped(s), 0);
      const lazy = lazyOf(ownScripts, new Set(scripts));
      return { route, sharedKb: kb(sharedBytes), ownKb: kb(own), totalKb: kb(sharedBytes + own), lazyKb: kb(lazy) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { sharedKb: kb(sharedBytes), routes };
}

export function printBundleReport(report: BundleReport | undefined): void {
  console.log("\nFirst-load JavaScript per route (gzip, from out/)");
  if (!report) {
    console.log("  out/ not found: run `npm run build` first.");
    return;
  }
  console.log(`  shared by every route: ${report.sharedKb} KB`);
  console.log("  route".padEnd(44) + "own KB".padStart(10) + "total KB".padStart(10) + "then lazy KB".padStart(14));
  for (const r of report.routes) {
    console.log(
      `  ${r.route}`.padEnd(44) +
        String(r.ownKb).padStart(10) +
        String(r.totalKb).padStart(10) +
        String(r.lazyKb).padStart(14),
    );
  }
  console.log("  (lazy: the next/dynamic part the route's own chunk loads right after hydration)");
}
