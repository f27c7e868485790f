/**
 * The `test` the teacher specs use: like the student path's fixtures, it
 * fails a test on uncaught page errors, console errors and hydration
 * warnings in any page of any browser context the test opens (the teacher
 * and each student have their own context).
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

function isProblem(message: ConsoleMessage): boolean {
  if (message.type() === "error") return true;
  return message.type() === "warning" && /hydrat/i.test(message.text());
}

export interface People {
  /** A separate browser (own storage) for one person, watched for console problems. */
  open(name: string, options?: BrowserContextOptions): Promise<Page>;
}

export const test = base.extend<{ consoleProblems: string[]; people: People }>({
  consoleProblems: [
    async ({ context }, use) => {
      const messages: string[] = [];
      watchContext(context, "page", messages);
      await use(messages);
      expect(messages, "console errors, hydration warnings or uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
  people: async ({ browser, consoleProblems }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide({
      async open(name, options) {
        const context = await newContext(browser, options);
        contexts.push(context);
        watchContext(context, name, consoleProblems);
        return context.newPage();
      },
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

async function newContext(browser: Browser, options?: BrowserContextOptions) {
  return browser.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`, ...options });
}

function watchContext(context: BrowserContext, who: string, messages: string[]) {
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (isProblem(message)) messages.push(`${who} ${page.url()} console.${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => messages.push(`${who} ${page.url()} pageerror: ${error.stack ?? error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
}

export { expect };
