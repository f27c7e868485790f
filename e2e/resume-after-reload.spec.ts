/**
 * A reload in the middle of a quiz (a tablet that went to sleep, a misclick
 * on refresh) resumes at the same question with the earlier answers kept.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { quizFor } from "./support/seed-article";

const SEED = 7;

test("reloading mid-quiz resumes at the same question with earlier answers kept", async ({ page }) => {
  const questions = quizFor(SEED);
  // Right, wrong, right on the first three; the rest right.
  const plan = questions.map((_, i) => i !== 1);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);

  for (const i of [0, 1]) {
    await quiz.expectQuestion(i + 1, questions.length, questions[i]!);
    await quiz.answerAndContinue(questions[i]!, { correctly: plan[i]! }, false);
  }

  // Reload with the third question checked but not yet left: its verdict stays.
  await quiz.expectQuestion(3, questions.length, questions[2]!);
  await quiz.answer(questions[2]!, { correctly: plan[2]! });
  await quiz.check(plan[2]!);
  await page.reload();
  await quiz.expectQuestion(3, questions.length, questions[2]!);
  await expect(page.getByRole("main").getByText(/^✓\s*Correct$/)).toBeVisible();
  await expect(quiz.rightSoFar(2)).toBeVisible();
  await expect(quiz.checkAnswer).toHaveCount(0);
  await quiz.nextQuestion.click();

  // Reload again on a fresh question: same question, still unanswered, tally kept.
  await quiz.expectQuestion(4, questions.length, questions[3]!);
  await page.reload();
  await quiz.expectQuestion(4, questions.length, questions[3]!);
  await expect(quiz.rightSoFar(2)).toBeVisible();
  await expect(quiz.checkAnswer).toBeVisible();

  for (let i = 3; i < questions.length; i++) {
    await quiz.expectQuestion(i + 1, questions.length, questions[i]!);
    await quiz.answerAndContinue(questions[i]!, { correctly: plan[i]! }, i === questions.length - 1);
  }

  // The answers given before the reloads count in the score and show in the review.
  const results = new ResultsPage(page);
  await results.expectScore(plan.filter(Boolean).length, questions.length);
  for (const i of [0, 1, 2]) await results.expectReviewVerdict(i + 1, questions[i]!, plan[i]!);
});
