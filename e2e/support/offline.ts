/**
 * Offline specs: one online visit installs the service worker, then the
 * network is cut for the whole browser context (Chromium really refuses
 * every request, the page's and its workers').
 */
import { expect, type Page } from "@playwright/test";

/** Visits `url` online and waits until the service worker has precached the site and controls the page. */
export async function visitOnceOnline(page: Page, url = "/"): Promise<void> {
  await page.goto(url);
  const controlled = await page.evaluate(async () => {
    const container = navigator.serviceWorker;
    await container.ready;
    if (!container.controller) {
      await new Promise((resolve) => container.addEventListener("controllerchange", resolve, { once: true }));
    }
    return container.controller?.scriptURL ?? null;
  });
  expect(controlled).toMatch(/\/sw\.js$/);
}

export async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  expect(await page.evaluate(() => navigator.onLine), "the browser should know it is offline").toBe(false);
}
