/**
 * The whole path with the keyboard alone: skip link, theme by arrow keys,
 * library → article → quiz (number keys, arrow keys, typing, selects, move
 * buttons, Enter) → results → retry → progress → reset behind its dialog.
 * Focus must be visible wherever the student lands.
 */
import type { Question } from "../lib/quiz/types";
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { KeyboardUser } from "./pages/keyboard";
import { LibraryPage } from "./pages/library-page";
import { ProgressPage } from "./pages/progress-page";
import { ResultsPage } from "./pages/results-page";
import { ARTICLE_SLUG, article, quizFor } from "./support/seed-article";

test("a keyboard-only student completes the whole path with visible focus", async ({ page }) => {
  // The whole path, a dozen questions twice, key by key, in one scenario: on a busy two-core machine it needs
  // more than the default 30 s (it timed out near the end, on the progress page, once in a parallel run).
  test.slow();
  const keys = new KeyboardUser(page);
  const library = new LibraryPage(page);
  await library.goto();

  await keys.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await keys.expectVisibleFocus(skip);

  // Theme switched with arrow keys inside its radio group.
  await keys.tabTo(library.themeRadio("system"));
  await keys.expectVisibleFocus(
    library.themeRadio("system"),
    library.themeRadio("system").locator("xpath=ancestor::label[1]"),
  );
  await keys.press("ArrowRight");
  await keys.press("ArrowRight");
  await expect(library.themeRadio("dark")).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // Back to the top, then the skip link jumps over the header.
  await keys.tabTo(skip, "backward");
  await keys.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await keys.press("Tab");
  const card = library.articleLink(article.title);
  await keys.expectVisibleFocus(card, library.card(article.title));
  await keys.press("Enter");

  const articlePage = new ArticlePage(page);
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await keys.tabTo(articlePage.textSize("Medium"));
  await keys.press("ArrowRight");
  await expect(articlePage.textSize("Large")).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  await keys.tabTo(articlePage.takeQuiz);
  await keys.expectVisibleFocus(articlePage.takeQuiz);
  await keys.press("Enter");

  // The link has no seed: learn which quiz the page drew, and check Node draws the same for that seed.
  const { quiz } = keys;
  await expect(quiz.progress).toBeVisible();
  const session = await page.evaluate(
    (slug) => JSON.parse(window.localStorage.getItem("reader:quiz-session") ?? "null")?.state.sessions[slug],
    ARTICLE_SLUG,
  );
  test.info().annotations.push({ type: "seed", description: `quiz drawn with seed ${session.seed}` });
  const questions: Question[] = quizFor(session.seed);
  expect(session.questions).toEqual(questions);

  // Miss the matching and ordering questions (so the retry has them reshuffled), a number and the first choice question.
  const firstChoice = questions.findIndex((q) => "options" in q);
  const plan = questions.map((q, i) => !["matching", "ordering", "numeric"].includes(q.type) && i !== firstChoice);
  let choices = 0;
  for (const [i, question] of questions.entries()) {
    await quiz.expectQuestion(i + 1, questions.length, question);
    const useArrows = "options" in question && choices++ % 2 === 1;
    await keys.answerAndCheck(question, plan[i]!, { useArrows });
    await keys.goOn(i === questions.length - 1);
  }

  const results = new ResultsPage(page);
  const right = plan.filter(Boolean).length;
  await results.expectScore(right, questions.length);
  await expect(results.heading()).toBeFocused();

  const missed = questions.filter((_, i) => !plan[i]);
  await keys.tabTo(results.retryMissed);
  await keys.expectVisibleFocus(results.retryMissed);
  await keys.press("Enter");
  for (const [i, question] of missed.entries()) {
    await quiz.expectQuestion(i + 1, missed.length, question);
    await keys.answerAndCheck(question, true, { useArrows: i % 2 === 0 });
    await keys.goOn(i === missed.length - 1);
  }
  await results.expectScore(missed.length, missed.length, "retry");

  await keys.tabTo(results.seeProgress);
  await keys.expectVisibleFocus(results.seeProgress);
  await keys.press("Enter");
  const progress = new ProgressPage(page);
  await progress.expectLoaded();
  await expect(progress.stat("Quizzes finished")).toHaveText("2");

  // Escape cancels the reset dialog; confirming needs a deliberate Tab to the destructive button.
  await keys.tabTo(progress.resetButton);
  await keys.expectVisibleFocus(progress.resetButton);
  await keys.press("Enter");
  await expect(progress.resetDialog).toBeVisible();
  await expect(progress.resetDialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await keys.press("Escape");
  await expect(progress.resetDialog).toBeHidden();
  await expect(progress.stat("Quizzes finished")).toHaveText("2");
  await expect(progress.resetButton).toBeFocused();
  await keys.press("Enter");
  const confirm = progress.resetDialog.getByRole("button", { name: "Yes, delete everything" });
  await keys.tabTo(confirm);
  await keys.expectVisibleFocus(confirm);
  await keys.press("Enter");
  await expect(progress.resetDialog).toBeHidden();
  await expect(progress.stat("Quizzes finished")).toHaveText("0");
});
