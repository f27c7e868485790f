/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse's mobile
 * performance score of every page of out/, beside a bare Next.js page built
 * in the same run with the same Next.js, both served gzip-compressed from
 * this machine. A score alone means little on a shared machine; the
 * difference to the bare page, measured in the same minutes, is the figure.
 *
 * Plain JavaScript run by node, not tsx: Lighthouse serialises functions into
 * the page, and esbuild's keepNames (which tsx turns on) wraps them in a
 * `__name` helper that does not exist there ("__name is not defined").
 *
 * Each page is measured right after a run of the bare page, and its "vs bare" is the median of those
 * paired differences. Options: --runs N (3 by default; the median of each figure is printed),
 * --only SUBSTRING (pages whose label contains it, and the bare page),
 * --out DIR (an export to measure instead of out/).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";

const LIGHTHOUSE_VERSION = JSON.parse(
  readFileSync(new URL(import.meta.resolve("lighthouse/package.json")), "utf8"),
).version;

const ROOT = resolve(import.meta.dirname, "..");

const BARE = join(ROOT, ".bench", "bare-next");
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option("runs", "3"));
// Another export (an older build, say) to measure instead of this tree's out/.
const OUT = resolve(option("out", join(ROOT, "out")));
const ONLY = option("only", "");

/** The smallest App Router page a project can have, built with this project's Next.js: the baseline. */
function buildBareNext() {
  rmSync(BARE, { recursive: true, force: true });
  mkdirSync(join(BARE, "app"), { recursive: true });
  writeFileSync(
    join(BARE, "next.config.mjs"),
    `export default { output: "export", trailingSlash: true, turbopack: { root: ${JSON.stringify(ROOT)} } };\n`,
  );
  writeFileSync(
    join(BARE, "app", "layout.jsx"),
    `export const metadata = { title: "Bare page" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    join(BARE, "app", "page.jsx"),
    `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>The baseline the app's pages are measured against.</p>
    </main>
  );
}
`,
  );
  execFileSync(process.execPath, [join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: BARE,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return join(BARE, "out");
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSED = new Set([".html", ".js", ".css", ".json", ".txt", ".svg", ".webmanifest"]);

/** A static host for an export, as `serve` or a CDN would be: directory index, trailing slashes, gzip. */
function serveStatic(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = join(dir, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file);
    if (!found) file = join(dir, "404.html");
    const ext = extname(file);
    let body = existsSync(file) ? readFileSync(file) : Buffer.from("Not found");
    const headers = { "Content-Type": TYPES[ext] ?? "application/octet-stream", "Cache-Control": "no-cache" };
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 6 }));
      body = cache.get(file);
      headers["Content-Encoding"] = "gzip";
      headers.Vary = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const portOf = (server) => server.address().port;

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const port = portOf(server);
  await new Promise((ok) => server.close(ok));
  return port;
}

async function launchChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const child = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return {
    port,
    async close() {
      const exited = new Promise((ok) => child.once("exit", ok));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Script paths an HTML page names itself (its first-load JavaScript); module scripts only, as bench-bundle counts. */
function htmlScripts(html) {
  const srcs = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    if (/\bnoModule\b/i.test(match[1])) continue;
    const src = /\bsrc="([^"]+)"/.exec(match[1])?.[1];
    if (src?.endsWith(".js")) srcs.add(src.split("?")[0]);
  }
  return srcs;
}

function htmlOf(dir, path) {
  const file = join(dir, path.split("#")[0].split("?")[0], "index.html");
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

async function audit(port, url, firstLoad) {
  const { lhr } = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  if (process.env.LIGHTHOUSE_SAVE) {
    const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, "-") + `${new URL(url).port}.json`;
    writeFileSync(join(process.env.LIGHTHOUSE_SAVE, name), JSON.stringify(lhr));
  }
  const scripts = (lhr.audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Script");
  const bytes = (list) => list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  const first = scripts.filter((r) => firstLoad.has(new URL(r.url).pathname));
  const later = scripts.filter((r) => !firstLoad.has(new URL(r.url).pathname));
  return {
    score: lhr.categories.performance.score,
    tbt: lhr.audits["total-blocking-time"].numericValue,
    lcp: lhr.audits["largest-contentful-paint"].numericValue,
    fcp: lhr.audits["first-contentful-paint"].numericValue,
    firstJs: bytes(first),
    laterJs: bytes(later),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  if (!existsSync(join(OUT, "index.html"))) {
    console.error("out/ not found: run `npm run build` first.");
    process.exit(1);
  }
  console.log("Building the bare Next.js page beside the app…");
  const bareOut = buildBareNext();
  const link = JSON.parse(
    execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "scripts", "bench-play-link.ts")], {
      cwd: ROOT,
      encoding: "utf8",
    }),
  );
  const slug = link.slug;
  const pages = [
    ["bare Next.js page", "/", "bare"],
    ["/ library", "/"],
    ["/articles/[slug]/ article", `/articles/${slug}/`],
    ["/articles/[slug]/quiz/ quiz", `/articles/${slug}/quiz/`],
    ["/progress/", "/progress/"],
    ["/articles/[slug]/build/ quiz builder", `/articles/${slug}/build/`],
    ["/articles/new/ paste an article", "/articles/new/"],
    ["/articles/mine/ (no saved article)", "/articles/mine/"],
    ["/play/ with a 10-question link", link.play],
    ["/gradebook/ (empty)", "/gradebook/"],
  ].filter(([label, , kind]) => kind === "bare" || label.includes(ONLY));

  const app = await serveStatic(OUT);
  const bare = await serveStatic(bareOut);
  const chromium = await launchChromium();
  const results = new Map(pages.map(([label]) => [label, []]));
  const diffs = new Map(pages.map(([label]) => [label, []]));
  try {
    const measure = async ([label, path, kind], round) => {
      const server = kind === "bare" ? bare : app;
      const firstLoad = htmlScripts(htmlOf(kind === "bare" ? bareOut : OUT, path));
      const run = await audit(chromium.port, `http://127.0.0.1:${portOf(server)}${path}`, firstLoad);
      results.get(label).push(run);
      console.log(
        `  run ${round}/${RUNS} ${label}: score ${run.score.toFixed(2)}, TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms`,
      );
      return run;
    };
    // Each page right after a run of the bare page, and compared with that run: other work on a shared
    // machine comes and goes within minutes, and then weighs on both runs of a pair alike.
    for (let round = 1; round <= RUNS; round++) {
      for (const page of pages.slice(1)) {
        const baseline = await measure(pages[0], round);
        const run = await measure(page, round);
        diffs.get(page[0]).push(run.score - baseline.score);
      }
    }
  } finally {
    await chromium.close();
    app.close();
    bare.close();
  }

  const summary = [...results].map(([label, runs]) => ({
    label,
    diff: diffs.get(label).length > 0 ? median(diffs.get(label)) : 0,
    score: median(runs.map((r) => r.score)),
    tbt: median(runs.map((r) => r.tbt)),
    lcp: median(runs.map((r) => r.lcp)),
    fcp: median(runs.map((r) => r.fcp)),
    firstJs: median(runs.map((r) => r.firstJs)),
    laterJs: median(runs.map((r) => r.laterJs)),
  }));
  const base = summary[0];
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION} mobile (simulated throttling), gzip-served, median of ${RUNS} runs (of the bare page: of all its runs; "vs bare": the median difference to the bare run just before)`,
  );
  const cols = ["page", "score", "vs bare", "TBT ms", "LCP ms", "FCP ms", "JS first KB", "JS after KB"];
  const widths = [40, 7, 9, 8, 8, 8, 12, 12];
  console.log(cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(""));
  for (const row of summary) {
    const diff = row === base ? "" : (row.diff >= 0 ? "+" : "") + row.diff.toFixed(2);
    const cells = [
      row.label,
      row.score.toFixed(2),
      diff,
      String(Math.round(row.tbt)),
      String(Math.round(row.lcp)),
      String(Math.round(row.fcp)),
      row.firstJs.toFixed(1),
      row.laterJs.toFixed(1),
    ];
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(""));
  }
  // Scores come in hundredths; rounding keeps 1.00 - 0.98 from counting as more than 0.02.
  const missed = summary.filter((row) => row !== base && Math.round(-row.diff * 100) > 2);
  console.log(
    missed.length === 0
      ? "\nEvery page is within 0.02 of the bare page."
      : `\nMore than 0.02 below the bare page: ${missed.map((row) => row.label).join(", ")}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
