/**
 * A new version is published while a student is in the middle of a quiz:
 * the page says so and offers a reload, but never reloads by itself; the
 * student reloads when ready and carries on where they were.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { visitOnceOnline } from "./support/offline";
import { quizFor, quizUrl } from "./support/seed-article";
import { serveVersionedSite, type VersionedSite } from "./support/versioned-site";

const SEED = 5;
let site: VersionedSite;

test.beforeEach(async () => {
  site = await serveVersionedSite();
});
test.afterEach(async () => {
  await site.close();
});

test("a new version is announced with a reload button while a quiz is in progress, and the page does not reload by itself", async ({
  page,
}) => {
  const questions = quizFor(SEED);
  const quiz = new QuizPage(page);
  await visitOnceOnline(page, `${site.origin}${quizUrl(SEED)}`);
  await quiz.answerAndContinue(questions[0]!, { correctly: true }, false);
  await expect(quiz.updateNotice).toHaveCount(0);

  site.publish(2);
  // The student switches to another tab and back: the app looks for a new version.
  await page.evaluate(() => {
    (window as { stillTheSamePage?: boolean }).stillTheSamePage = true;
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(quiz.updateNotice).toBeVisible();
  await expect(quiz.updateNotice).toContainText("A new version is ready.");
  // Nothing was interrupted: the same page, on the same question.
  expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await quiz.expectQuestion(2, questions.length, questions[1]!);

  await quiz.updateNotice.getByRole("button", { name: "Reload" }).click();
  await page.waitForFunction(() => !(window as { stillTheSamePage?: boolean }).stillTheSamePage);
  await quiz.expectQuestion(2, questions.length, questions[1]!);
  await expect(quiz.updateNotice).toHaveCount(0);
  // The new version is the one in charge now, with none waiting.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
    false,
  );
});
