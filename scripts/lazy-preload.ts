/**
 * The chunks a page's own script loads with next/dynamic, and the preload
 * links that fetch them with the page. Used where the lazily loaded part is
 * what the page is for (the quiz runner on the quiz and shared-quiz pages):
 * its first question is the page's largest paint, and waiting for the
 * hydrated page to ask for the engine put that paint a second later on a
 * phone's network. Preloaded, the engine downloads beside the framework and
 * still runs only after hydration.
 */

/** Chunk paths ("static/chunks/….js") that a Turbopack chunk loads on demand. */
export function chunksLoadedBy(chunk: string): string[] {
  return [...new Set([...chunk.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]!))].sort();
}

/** The page with a `<link rel="preload" as="script">` for each href it neither loads nor preloads already. */
export function addPreloads(html: string, hrefs: readonly string[]): string {
  const missing = hrefs.filter((href) => !html.includes(`"${href}"`));
  if (missing.length === 0) return html;
  const links = missing.map((href) => `<link rel="preload" as="script" href="${href}"/>`).join("");
  if (!html.includes("</head>")) throw new Error("the page has no </head>");
  return html.replace("</head>", `${links}</head>`);
}
