/**
 * Runs after `next build`: writes out/sw.js, a Workbox service worker that
 * precaches the whole static export, so every page, its chunks, the
 * extraction worker with its NLP chunk, and the content open with the network
 * off. A build step over out/ (not a webpack plugin) because Turbopack, the
 * default bundler in Next 16, never runs webpack plugins.
 */
import { generateSW } from "workbox-build";

const WORKER_BOOTSTRAP = /^_next\/static\/chunks\/turbopack-worker-[^/]*\.js$/;
// Must match the key the runtime route below looks up (that function is
// copied into sw.js as source, so it cannot refer to this constant).
const BOOTSTRAP_KEY = "?worker-bootstrap";

export async function buildServiceWorker(outDir = "out") {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    // Everything the export holds: HTML, the RSC payloads client-side
    // navigation fetches (.txt), chunks, the workers Next emits as media
    // files (extract.worker.*.ts), fonts, icons, the manifest. The site is
    // small (about 3 MB), and any file left out is one a student meets as
    // an error with the network off.
    globPatterns: ["**/*"],
    globIgnores: ["sw.js", "workbox-*.js"],
    swDest: `${outDir}/sw.js`,
    // trailingSlash: true exports /articles/x/ as /articles/x/index.html.
    directoryIndex: "index.html",
    // ?seed=, Next's ?_rsc= and any other query map to the same precached
    // file; fragments (#q=…) never reach the service worker at all.
    ignoreURLParametersMatching: [/.*/],
    // Hashed chunk names already change with their content.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // Turbopack starts every Web Worker (fact extraction, QR decoding) from
    // one bootstrap script whose config rides in the URL's #params= fragment.
    // A precached response carries the cache entry's URL, which would become
    // the worker's location and lose the fragment; so the bootstrap is
    // precached under its own key, out of the precache route's reach, and the
    // route below answers with a fresh Response, which keeps the page's URL.
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((entry) =>
          WORKER_BOOTSTRAP.test(entry.url) ? { ...entry, url: `${entry.url}${BOOTSTRAP_KEY}` } : entry,
        ),
        warnings: [],
      }),
    ],
    // The extraction worker's chunk carries the dictionary and compromise.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // A page that was never exported (a mistyped link) gets the app's own 404
    // page offline rather than the browser's error page.
    navigateFallback: "/404.html",
    // The first visit's page is served by the worker without a reload; an
    // update waits until the student chooses to reload (see
    // components/layout/update-notice.tsx), so a quiz is never interrupted.
    runtimeCaching: [
      {
        urlPattern: ({ url }) =>
          url.origin === self.location.origin && /\/turbopack-worker-[^/]*\.js$/.test(url.pathname),
        handler: async ({ request }) => {
          const key = new URL(request.url);
          key.search = "?worker-bootstrap";
          key.hash = "";
          const cached = await caches.match(key.href);
          if (!cached) return fetch(request);
          return new Response(cached.body, {
            status: cached.status,
            statusText: cached.statusText,
            headers: cached.headers,
          });
        },
      },
      {
        // Next's router checks that a page exists with a HEAD request before
        // prefetching it; precache routes answer GET only, so offline every
        // such check failed. A HEAD is answered from the precached file.
        urlPattern: ({ url }) => url.origin === self.location.origin,
        method: "HEAD",
        handler: async ({ request }) => {
          const url = new URL(request.url);
          if (url.pathname.endsWith("/")) url.pathname += "index.html";
          url.search = "";
          const cached = await caches.match(url.href, { ignoreSearch: true });
          if (!cached) return fetch(request);
          return new Response(null, { status: cached.status, headers: cached.headers });
        },
      },
    ],
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
  });
  for (const warning of warnings) console.warn(`sw: ${warning}`);
  console.log(`sw: ${outDir}/sw.js precaches ${count} files, ${Math.round(size / 1024)} KB`);
}

buildServiceWorker(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
