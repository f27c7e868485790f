/**
 * A finished quiz is still there after a reload: in the history, as the best
 * score on the library card, and in the accuracy per skill. "Reset all
 * progress" asks first; Cancel keeps everything, confirming clears it.
 */
import { SKILL_LABELS } from "../lib/progress/progress";
import type { Skill } from "../lib/quiz/types";
import { expect, test } from "./fixtures";
import { LibraryPage } from "./pages/library-page";
import { ProgressPage } from "./pages/progress-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { article, quizFor } from "./support/seed-article";

const SEED = 3;

test("progress survives a reload and is cleared only after confirming the reset", async ({ page }) => {
  const questions = quizFor(SEED);
  const plan = questions.map((_, i) => i % 3 !== 0);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  const right = await quiz.takeQuiz(questions, plan);
  const results = new ResultsPage(page);
  await results.expectScore(right, questions.length);

  // What the progress page should say, worked out from the answers given.
  const bySkill = new Map<Skill, { correct: number; answered: number }>();
  questions.forEach((q, i) => {
    const entry = bySkill.get(q.skill) ?? { correct: 0, answered: 0 };
    entry.answered += 1;
    if (plan[i]) entry.correct += 1;
    bySkill.set(q.skill, entry);
  });
  expect(bySkill.size).toBeGreaterThanOrEqual(3);

  await page.reload();
  await results.expectScore(right, questions.length);
  await results.seeProgress.click();
  const progress = new ProgressPage(page);
  await progress.expectLoaded();
  await page.reload();
  await progress.expectLoaded();

  await expect(progress.stat("Quizzes finished")).toHaveText("1");
  await expect(progress.stat("Questions answered")).toHaveText(String(questions.length));
  await expect(progress.stat("Answered right")).toHaveText(`${Math.round((right / questions.length) * 100)}%`);
  await expect(progress.historyRows()).toHaveCount(1);
  await expect(progress.historyRows().first().getByRole("cell")).toHaveText([
    /\d/,
    article.title,
    "Full quiz",
    `${right} / ${questions.length}`,
  ]);
  await expect(progress.bestScore(article.title)).toContainText(`${right} / ${questions.length}`);
  await expect(progress.skillRows()).toHaveCount(bySkill.size);
  for (const [skill, { correct, answered }] of bySkill) {
    await expect(progress.skill(SKILL_LABELS[skill])).toContainText(
      `${Math.round((correct / answered) * 100)}% (${correct} of ${answered})`,
    );
  }

  const library = new LibraryPage(page);
  await progress.navLink("Library").click();
  await expect(library.bestScore(article.title)).toHaveText(`Best score: ${right} / ${questions.length}`);
  await library.goto();
  await expect(library.bestScore(article.title)).toHaveText(`Best score: ${right} / ${questions.length}`);

  // Reset: Cancel keeps everything.
  await library.navLink("Progress").click();
  await progress.expectLoaded();
  await progress.openResetDialog();
  await expect(progress.resetDialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await progress.cancelReset();
  await expect(progress.stat("Quizzes finished")).toHaveText("1");
  await page.reload();
  await progress.expectLoaded();
  await expect(progress.historyRows()).toHaveCount(1);

  // Confirming clears it, for good.
  await progress.openResetDialog();
  await progress.confirmReset();
  await expect(progress.stat("Quizzes finished")).toHaveText("0");
  await expect(progress.page.getByText("No quizzes finished yet.")).toBeVisible();
  await expect(progress.resetButton).toBeDisabled();
  await page.reload();
  await progress.expectLoaded();
  await expect(progress.stat("Quizzes finished")).toHaveText("0");
  await expect(progress.bestScore(article.title)).toContainText("Not taken yet");

  // Going back to the finished quiz's results must not bring the deleted attempt back.
  await quiz.goto(SEED);
  await results.expectScore(right, questions.length);
  await library.goto();
  await expect(library.bestScore(article.title)).toHaveText("Not taken yet");
});
