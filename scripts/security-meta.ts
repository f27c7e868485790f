/**
 * The Content-Security-Policy and referrer policy every exported page carries,
 * as <meta> elements: the export is served by any static host (a school's
 * intranet, a file share behind a web server), most of which cannot be told
 * to send headers, so the policy has to travel inside the HTML.
 *
 * The static export has no server to hand out nonces, so each page's inline
 * scripts (the theme script in app/layout.tsx, Next's bootstrap and its
 * `self.__next_f.push(…)` flight data) are allowed by their sha256 hashes,
 * computed from the final HTML after `next build`. Anything else inline,
 * including a script an attacker managed to inject, is refused.
 */
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

/**
 * Directives that do not depend on the page. Why each is there:
 * - default-src 'self': fonts, frames, media and anything not named below
 *   come from the site itself or not at all.
 * - img-src data:: the result QR code is an <img> of a data: SVG
 *   (components/sharing/qr-code.tsx). The camera's <video> plays a
 *   MediaStream through srcObject, which no fetch directive governs.
 * - worker-src 'self': the fact-extraction, markup and QR-decoding workers
 *   start from Turbopack's same-origin bootstrap script, and the service
 *   worker is /sw.js; none is a blob: URL, so blob: is not allowed.
 * - connect-src 'self': Next's router fetches the RSC payloads (.txt) and
 *   checks pages with HEAD; nothing is ever sent elsewhere.
 * - object-src 'none', base-uri 'self', form-action 'self': no plugins, and
 *   an injected <base> or <form> cannot send links or input elsewhere.
 * Not here because a <meta> policy ignores them: frame-ancestors, report-uri,
 * report-to, sandbox (README, "Security headers", says to send them as
 * headers where the host can). Not upgrade-insecure-requests either: an
 * intranet copy served over plain http would lose all its scripts.
 */
const FIXED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * no-referrer rather than strict-origin-when-cross-origin: the app never
 * links anywhere that needs to know where a visitor came from, and a page's
 * address can say which article a student reads or which quiz a teacher
 * opened. Quiz data and results ride in the fragment, which no referrer ever
 * carries, but the path and query would.
 */
export const REFERRER_POLICY = "no-referrer";

/** Hash source for a script's or style's text, as CSP compares it. */
export function cspHash(text: string): string {
  // The HTML parser turns CRLF and lone CR into LF before a script's text
  // exists, so the browser hashes the normalised text.
  const normalised = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

export interface PageSources {
  /** Text of each inline (no src) script that runs, in document order. */
  scripts: string[];
  /** Value of each style="" attribute in the HTML, in document order. */
  styleAttributes: string[];
  /** Text of each <style> element. */
  styles: string[];
}

/** The Content-Security-Policy for a page whose inline code is `sources`. */
export function contentSecurityPolicy(sources: PageSources): string {
  const scriptHashes = unique(sources.scripts.map(cspHash));
  const styleHashes = unique(sources.styles.map(cspHash));
  const attributeHashes = unique(sources.styleAttributes.map(cspHash));
  // React sets styles after hydration through the CSSOM (element.style),
  // which CSP does not govern; only style="" attributes present in the
  // exported HTML (the reading-progress bar's scaleX(0)) need allowing, by
  // hash, which for attributes CSP only accepts next to 'unsafe-hashes'.
  // Never 'unsafe-inline'.
  const style = ["style-src 'self'", ...styleHashes];
  if (attributeHashes.length > 0) style.push("'unsafe-hashes'", ...attributeHashes);
  return [
    FIXED_DIRECTIVES[0],
    ["script-src 'self'", ...scriptHashes].join(" "),
    style.join(" "),
    ...FIXED_DIRECTIVES.slice(1),
  ].join("; ");
}

const CSP_META = "content-security-policy";

interface Scan extends PageSources {
  /** Where the policy goes: right after <head>, or after a leading <meta charset>. */
  insertAt: number;
  /** [start, end) of <meta> elements an earlier run inserted, to replace. */
  ours: Array<[number, number]>;
}

// Types under which a <script>'s text runs as script; anything else
// (application/json, application/ld+json…) is a data block, which CSP does
// not check and which needs no hash.
const SCRIPT_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "text/ecmascript",
  "application/ecmascript",
]);

function scan(html: string): Scan {
  const found: Scan = { scripts: [], styleAttributes: [], styles: [], insertAt: -1, ours: [] };
  // Elements seen inside <head> so far, to recognise a leading <meta charset>.
  let inHead = false;
  let headElements = 0;
  let scriptText: string | null = null;
  let styleText: string | null = null;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if ("style" in attributes) found.styleAttributes.push(attributes.style!);
        if (name === "head" && found.insertAt < 0) {
          inHead = true;
          found.insertAt = parser.endIndex + 1;
          return;
        }
        if (inHead) headElements++;
        if (name === "meta") {
          const equiv = attributes["http-equiv"]?.toLowerCase();
          const metaName = attributes.name?.toLowerCase();
          if (equiv === CSP_META || metaName === "referrer") {
            found.ours.push([parser.startIndex, parser.endIndex + 1]);
            // A replaced element does not count: a second run must insert at the same place as the first.
            if (inHead) headElements--;
          } else if (inHead && headElements === 1 && "charset" in attributes) {
            // The charset must stay within the first 1024 bytes of the file.
            found.insertAt = parser.endIndex + 1;
          }
        }
        if (name === "script" && !("src" in attributes)) {
          const type = (attributes.type ?? "").trim().toLowerCase();
          if (SCRIPT_TYPES.has(type)) scriptText = "";
        }
        if (name === "style") styleText = "";
      },
      ontext(text) {
        if (scriptText !== null) scriptText += text;
        if (styleText !== null) styleText += text;
      },
      onclosetag(name) {
        if (name === "head") inHead = false;
        if (name === "script" && scriptText !== null) {
          // An empty inline script never runs, so CSP never checks it.
          if (scriptText !== "") found.scripts.push(scriptText);
          scriptText = null;
        }
        if (name === "style" && styleText !== null) {
          found.styles.push(styleText);
          styleText = null;
        }
      },
    },
    // Script and style text is raw text in HTML: no entity decoding there,
    // and attributes are decoded as the browser decodes them.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/**
 * `html` with a Content-Security-Policy and a referrer <meta> at the start of
 * its <head> (after <meta charset> if that comes first), allowing exactly
 * the page's own inline scripts and styles. Running it again on its own
 * output changes nothing: earlier policy and referrer elements are replaced.
 */
export function addSecurityMeta(html: string): string {
  const page = scan(html);
  if (page.insertAt < 0) throw new Error("no <head> to put the Content-Security-Policy in");
  const policy = contentSecurityPolicy(page);
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>` +
    `<meta name="referrer" content="${REFERRER_POLICY}"/>`;
  let out = html;
  // Right to left, so earlier offsets stay valid; the insertion point is
  // before every replaced element (they are in <head> after it, or later).
  const edits = [
    ...page.ours.map(([start, end]) => ({ start, end, text: "" })),
    { start: page.insertAt, end: page.insertAt, text: meta },
  ];
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The policy `addSecurityMeta` wrote into `html`, or null if there is none. */
export function readSecurityMeta(html: string): { policy: string | null; referrer: string | null } {
  let policy: string | null = null;
  let referrer: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== "meta") return;
        if (attributes["http-equiv"]?.toLowerCase() === CSP_META) policy = attributes.content ?? "";
        if (attributes.name?.toLowerCase() === "referrer") referrer = attributes.content ?? "";
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { policy, referrer };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}
