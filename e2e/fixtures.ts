/**
 * The `test` every spec uses. It watches every page of the test's browser
 * context and fails the test on uncaught page errors, console errors and
 * React hydration warnings, so a regression that only shows in the console
 * (a hydration mismatch, a crash in an effect) cannot pass silently; and on
 * any Content-Security-Policy violation (e2e/support/csp.ts).
 */
import { test as base, expect, type ConsoleMessage, type Page } from "@playwright/test";
import { isCspViolation, reportCspViolations } from "./support/csp";

export interface ConsoleProblems {
  /** Messages collected so far, as "<page url> <kind>: <text>". */
  readonly messages: string[];
  /** Content-Security-Policy violations seen so far, in the same form. */
  readonly cspViolations: string[];
}

function isProblem(message: ConsoleMessage): boolean {
  if (message.type() === "error") return true;
  // React reports some hydration trouble as warnings in development builds; keep the net wide.
  return message.type() === "warning" && /hydrat/i.test(message.text());
}

export const test = base.extend<{ consoleProblems: ConsoleProblems }>({
  consoleProblems: [
    async ({ context }, use) => {
      const messages: string[] = [];
      const cspViolations: string[] = [];
      await reportCspViolations(context);
      const watch = (page: Page) => {
        page.on("console", (message) => {
          const line = `${page.url()} console.${message.type()}: ${message.text()}`;
          if (isCspViolation(message)) cspViolations.push(line);
          else if (isProblem(message)) messages.push(line);
        });
        page.on("pageerror", (error) => messages.push(`${page.url()} pageerror: ${error.stack ?? error.message}`));
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use({ messages, cspViolations });
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
      expect(messages, "console errors, hydration warnings or uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
