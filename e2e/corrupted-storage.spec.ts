/**
 * Whatever is in localStorage (broken JSON, another app's data, data from a
 * newer version of this app) the app starts, keeps the bad value under
 * "<key>:backup" and says so in a short notice. Storage that refuses writes
 * (full, private mode) or cannot be reached at all: the quiz still works and
 * the student is told progress will not be kept.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LibraryPage } from "./pages/library-page";
import { ProgressPage } from "./pages/progress-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { article, quizFor } from "./support/seed-article";

const SEED = 11;

const BAD_VALUES = {
  "invalid JSON": '{"state": {"attempts": [',
  "a foreign shape": JSON.stringify({ state: { hello: "world", items: [1, 2, 3] }, version: 1 }),
  "a future version": JSON.stringify({
    state: { attempts: [], resetAt: null, sessions: {}, theme: "dark", textSize: "large", streak: 4 },
    version: 99,
  }),
};

/** Each key, and a page that reads it on load and shows that it started clean. */
const KEYS = {
  "reader:progress": async (page: Page) => {
    const progress = new ProgressPage(page);
    await progress.goto();
    await expect(progress.stat("Quizzes finished")).toHaveText("0");
  },
  "reader:quiz-session": async (page: Page) => {
    const quiz = new QuizPage(page);
    await quiz.goto(SEED);
    await quiz.expectQuestion(1, 10, quizFor(SEED)[0]!);
  },
  "reader:preferences": async (page: Page) => {
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.themeRadio("system")).toBeChecked();
  },
};

/** Puts `raw` under `key` before the app's first script runs, once (a reload keeps what the app did with it). */
async function seedStorage(page: Page, key: string, raw: string): Promise<void> {
  await page.addInitScript(
    ([k, value]) => {
      const done = `e2e:seeded:${k}`;
      if (window.sessionStorage.getItem(done)) return;
      window.sessionStorage.setItem(done, "1");
      window.localStorage.setItem(k, value);
    },
    [key, raw] as const,
  );
}

const NOTICE_BAD_DATA =
  "Some saved data could not be read, so the app started fresh. A copy of the old data was kept in this browser.";
const NOTICE_NOT_KEPT = /progress will not be kept/;

for (const [key, openPageReading] of Object.entries(KEYS)) {
  for (const [kind, raw] of Object.entries(BAD_VALUES)) {
    test(`${key} holding ${kind}: the app starts clean, backs it up and says so`, async ({ page }) => {
      await seedStorage(page, key, raw);
      await openPageReading(page);
      const library = new LibraryPage(page);
      await expect(library.notice).toContainText(NOTICE_BAD_DATA);
      expect(await library.stored(`${key}:backup`)).toBe(raw);
      expect(await library.stored(key)).not.toBe(raw);

      // Dismissed, the notice stays away on the next visit: the bad value was set aside, not read again.
      await library.dismissNotice();
      await page.reload();
      await openPageReading(page);
      await expect(library.notice).toHaveCount(0);
      expect(await library.stored(`${key}:backup`)).toBe(raw);
    });
  }
}

test("all three keys corrupted at once: one notice, three backups, a working quiz", async ({ page }) => {
  for (const key of Object.keys(KEYS)) await seedStorage(page, key, BAD_VALUES["invalid JSON"]);
  const quiz = new QuizPage(page);
  const questions = quizFor(SEED);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, questions.length, questions[0]!);
  await expect(quiz.notice).toHaveCount(1);
  await expect(quiz.notice).toContainText(NOTICE_BAD_DATA);
  for (const key of Object.keys(KEYS)) expect(await quiz.stored(`${key}:backup`)).toBe(BAD_VALUES["invalid JSON"]);
});

test("storage that refuses every write: the quiz works to the end and the student is told progress will not be kept", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const questions = quizFor(SEED);
  const plan = questions.map((_, i) => i % 4 !== 0);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await expect(quiz.notice).toContainText(NOTICE_NOT_KEPT);
  const right = await quiz.takeQuiz(questions, plan);
  const results = new ResultsPage(page);
  await results.expectScore(right, questions.length);
  expect(await quiz.stored("reader:quiz-session")).toBeNull();

  // Within this visit the attempt is still shown.
  await results.seeProgress.click();
  const progress = new ProgressPage(page);
  await progress.expectLoaded();
  await expect(progress.historyRows()).toHaveCount(1);
  await expect(progress.notice).toContainText(NOTICE_NOT_KEPT);
});

test("storage blocked outright (reading localStorage throws): pages and the quiz still work, with the notice", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  const questions = quizFor(SEED);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await expect(quiz.notice).toContainText(NOTICE_NOT_KEPT);
  const right = await quiz.takeQuiz(
    questions,
    questions.map(() => true),
  );
  await new ResultsPage(page).expectScore(right, questions.length);
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.bestScore(article.title)).toHaveText("Not taken yet");
});
