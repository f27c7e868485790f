/**
 * A matching question on a 360 px phone: every match is written out in full
 * (nothing cut off, nothing wider than the screen), so two roles that start
 * alike can be told apart, and the question can be answered and checked.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { quizFor } from "./support/seed-article";

// A seed whose quiz opens with a matching question (checked below).
const SEED = 44;

test.use({ viewport: { width: 360, height: 780 } });

test("on a 360 px phone every match of a matching question reads in full, and it can be answered", async ({ page }) => {
  const question = quizFor(SEED)[0]!;
  if (question.type !== "matching") throw new Error(`seed ${SEED} no longer opens with a matching question`);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await expect(quiz.prompt(question)).toBeVisible();

  for (const left of question.left) {
    const choices = quiz.group(question).getByRole("radiogroup", { name: left, exact: true }).getByRole("radio");
    await expect(choices).toHaveCount(question.right.length);
    for (const [j, option] of question.right.entries()) {
      const label = quiz.group(question).getByRole("radiogroup", { name: left, exact: true }).locator("label").nth(j);
      await expect(choices.nth(j)).toHaveAccessibleName(option);
      await expect(label).toHaveText(option);
      // Shown whole: nothing runs past the label's box or the screen's edge.
      const fits = await label.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return el.scrollWidth <= el.clientWidth + 1 && box.left >= 0 && box.right <= window.innerWidth;
      });
      expect(fits, `“${option}” for ${left} fits on the screen`).toBe(true);
    }
  }

  await quiz.answer(question, { correctly: true });
  await quiz.check(true);
});
