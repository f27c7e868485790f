/**
 * The builder's heaviest work, the pool of every question the article supports, runs in a worker, so the page
 * does not freeze while the builder appears; where the browser has no workers the builder still shows the very
 * same questions, built on the page.
 */
import { buildPool } from "../lib/quiz";
import { drawnQuestions, newDraft } from "../lib/teacher";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { article } from "./support/seed-article";

const SEED = 7;
const expected = drawnQuestions(buildPool(article, SEED), newDraft(article, SEED), article);

for (const workers of [true, false]) {
  test(`the builder shows the draft's questions ${workers ? "from a pool built in a worker" : "without workers"}`, async ({
    people,
  }) => {
    const page = await people.open("teacher");
    const builder = new BuilderPage(page);
    await builder.startFromDraft(SEED);
    await page.addInitScript((workers) => {
      const started: string[] = [];
      (window as unknown as { startedWorkers: string[] }).startedWorkers = started;
      if (!workers) {
        delete (window as { Worker?: unknown }).Worker;
        return;
      }
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(String(url));
        }
      };
    }, workers);
    await builder.goto();
    await expect(builder.preview.getByRole("heading", { level: 3 })).toHaveText(
      expected.map((q, i) => new RegExp(`^${i + 1}\\.\\s*${q.prompt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)),
    );
    const started = await page.evaluate(() => (window as unknown as { startedWorkers: string[] }).startedWorkers);
    // Turbopack starts every worker through its own bootstrap script, so the URL does not name ours; the builder
    // page starts no other.
    expect(started.length > 0).toBe(workers);
  });
}
