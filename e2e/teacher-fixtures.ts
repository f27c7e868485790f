/**
 * The `test` the teacher specs use: like the student path's fixtures, it
 * fails a test on uncaught page errors, console errors and hydration
 * warnings in any page of any browser context the test opens (the teacher
 * and each student have their own context), and on any
 * Content-Security-Policy violation (e2e/support/csp.ts).
 */
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from "@playwright/test";
import { isCspViolation, reportCspViolations } from "./support/csp";

function isProblem(message: ConsoleMessage): boolean {
  if (message.type() === "error") return true;
  return message.type() === "warning" && /hydrat/i.test(message.text());
}

export interface People {
  /** A separate browser (own storage) for one person, watched for console problems. */
  open(name: string, options?: BrowserContextOptions): Promise<Page>;
}

interface Problems {
  /** Console errors, hydration warnings and page errors, as "<who> <page url> <kind>: <text>". */
  messages: string[];
  /** Content-Security-Policy violations, in the same form. */
  cspViolations: string[];
}

export const test = base.extend<{ consoleProblems: Problems; people: People }>({
  consoleProblems: [
    async ({ context }, use) => {
      const problems: Problems = { messages: [], cspViolations: [] };
      await watchContext(context, "page", problems);
      await use(problems);
      expect(problems.cspViolations, "Content-Security-Policy violations").toEqual([]);
      expect(problems.messages, "console errors, hydration warnings or uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
  people: async ({ browser, consoleProblems }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide({
      async open(name, options) {
        const context = await newContext(browser, options);
        contexts.push(context);
        await watchContext(context, name, consoleProblems);
        return context.newPage();
      },
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

async function newContext(browser: Browser, options?: BrowserContextOptions) {
  return browser.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`, ...options });
}

async function watchContext(context: BrowserContext, who: string, problems: Problems) {
  await reportCspViolations(context);
  const watch = (page: Page) => {
    page.on("console", (message) => {
      const line = `${who} ${page.url()} console.${message.type()}: ${message.text()}`;
      if (isCspViolation(message)) problems.cspViolations.push(line);
      else if (isProblem(message)) problems.messages.push(line);
    });
    page.on("pageerror", (error) =>
      problems.messages.push(`${who} ${page.url()} pageerror: ${error.stack ?? error.message}`),
    );
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

export { expect };
