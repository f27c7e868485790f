/**
 * axe (WCAG 2.0/2.1 A and AA rules) on every page and the states a student
 * passes through, in the light and the dark theme; and motion that stops when
 * the system asks for reduced motion.
 */
import type { Question } from "../lib/quiz/types";
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { LibraryPage } from "./pages/library-page";
import { ProgressPage } from "./pages/progress-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import type { Theme } from "./pages/site";
import { expectNoViolations } from "./support/axe";
import { ARTICLE_SLUG, article, quizFor } from "./support/seed-article";

const SEED = 5;
function controlsOf(question: Question): string {
  return "options" in question ? "radios" : question.type;
}

for (const theme of ["light", "dark"] as const satisfies Theme[]) {
  test(`axe finds no violations on any page or quiz state, ${theme} theme`, async ({ page }) => {
    // About a dozen axe runs of ~1–2 s each on a small machine, plus a whole quiz.
    test.setTimeout(60_000);
    // Colours are checked at rest, not halfway through a transition.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const questions = quizFor(SEED);
    const library = new LibraryPage(page);
    await library.goto();
    await library.chooseTheme(theme);
    await expect(library.bestScore(article.title)).toHaveText("Not taken yet");
    await expectNoViolations(page, "library");

    const articlePage = new ArticlePage(page);
    await articlePage.goto(ARTICLE_SLUG, article.title);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expectNoViolations(page, "article");

    const quiz = new QuizPage(page);
    await quiz.goto(SEED);
    await quiz.expectQuestion(1, questions.length, questions[0]!);
    await expectNoViolations(page, "quiz question");

    // Wrong on purpose: the "Not quite" feedback has the most to show, next to the highlighted article.
    await quiz.answer(questions[0]!, { correctly: false });
    await quiz.check(false);
    await quiz.showArticle.click();
    await expect(quiz.articlePanel.locator("mark").first()).toBeVisible();
    await expectNoViolations(page, "feedback shown with the article open");
    await quiz.hideArticle.click();

    // A checked right answer, and each kind of answer control (radios, text, number, selects, move buttons) as it first appears.
    await quiz.nextQuestion.click();
    const controlsSeen = new Set([controlsOf(questions[0]!)]);
    for (const [i, question] of questions.entries()) {
      if (i === 0) continue;
      await quiz.expectQuestion(i + 1, questions.length, question);
      if (!controlsSeen.has(controlsOf(question))) {
        controlsSeen.add(controlsOf(question));
        await expectNoViolations(page, `quiz question of type ${question.type}`);
      }
      await quiz.answer(question, { correctly: i % 2 === 0 });
      await quiz.check(i % 2 === 0);
      if (i === 1) await expectNoViolations(page, "feedback on a right answer");
      await (i === questions.length - 1 ? quiz.seeResults : quiz.nextQuestion).click();
    }

    const results = new ResultsPage(page);
    await expect(results.score).toBeVisible();
    await results.showInArticle(1, questions[0]!);
    await expectNoViolations(page, "results with the evidence shown in the article");

    const progress = new ProgressPage(page);
    await progress.goto();
    await expect(progress.historyRows()).toHaveCount(1);
    await expectNoViolations(page, "progress with data");
    await progress.openResetDialog();
    await expectNoViolations(page, "reset dialog open");
    await progress.cancelReset();
  });
}

test("reduced motion: transitions and animations are switched off", async ({ page }) => {
  /** Computed transition or animation duration (ms, the longer) of the first element matching each selector. */
  const motionOf = (selectors: string[]) =>
    page.evaluate((sels) => {
      const seconds = (value: string) =>
        Math.max(
          ...value.split(",").map((part) => (part.trim().endsWith("ms") ? parseFloat(part) / 1000 : parseFloat(part))),
        );
      return sels.map((sel) => {
        const el = document.querySelector(sel);
        if (!el) throw new Error(`nothing matches ${sel}`);
        const style = getComputedStyle(el);
        return Math.max(seconds(style.transitionDuration), seconds(style.animationDuration)) * 1000;
      });
    }, selectors);

  const quiz = new QuizPage(page);
  const question = quizFor(SEED)[0]!;
  expect("options" in question, "the first question shows option cards").toBe(true);
  // Elements that animate: the quiz progress fill, an option card's colours, a navigation link.
  const animated = ['[role="progressbar"] > div', "form label", 'nav[aria-label="Main"] a'];

  // Control: with motion allowed each of them does move, so the check below can fail.
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, 10, question);
  for (const ms of await motionOf(animated)) expect(ms).toBeGreaterThanOrEqual(100);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  await quiz.expectQuestion(1, 10, question);
  for (const ms of await motionOf(animated)) expect(ms).toBeLessThanOrEqual(0.01);

  // State changes that would animate (option picked, verdict, progress bar growing) start nothing that lasts.
  await quiz.answer(question, { correctly: true });
  await quiz.check(true);
  await quiz.nextQuestion.click();
  const durations = await page.evaluate(() =>
    document.getAnimations().map((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0)),
  );
  for (const ms of durations) expect(ms).toBeLessThanOrEqual(0.01);
});
