/**
 * Watches a browser context for Content-Security-Policy violations: every
 * exported page carries a policy (scripts/security-meta.ts), and a script,
 * style, worker or image it refuses is a feature that silently stops
 * working for users. The fixtures fail any test that sees one.
 */
import type { BrowserContext, ConsoleMessage } from "@playwright/test";

const REPORT = "Content Security Policy violation:";

/** Reports each `securitypolicyviolation` in the context's pages as a console error starting with REPORT. */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript((prefix: string) => {
    // Capture on the document: violations fire at the element that caused
    // them, or at the document itself, and always bubble there.
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
        const sample = event.sample ? ` (${event.sample})` : "";
        console.error(
          `${prefix} ${event.effectiveDirective} refused ${event.blockedURI || "inline code"}${where}${sample}`,
        );
      },
      true,
    );
  }, REPORT);
}

/** Our report, or Chromium's own "Refused to … because it violates the following Content Security Policy directive". */
export function isCspViolation(message: ConsoleMessage): boolean {
  return message.text().includes(REPORT) || /Content Security Policy/i.test(message.text());
}
