/**
 * On a phone the article opens below every review card: after "Show in
 * article" a student can go straight back to the card they came from.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { quizFor } from "./support/seed-article";

const SEED = 42;

test.use({ viewport: { width: 390, height: 844 } });

test("from the proof in the article a student goes back to the question they came from", async ({ page }) => {
  test.setTimeout(90_000);
  const questions = quizFor(SEED);
  const quiz = new QuizPage(page);
  const results = new ResultsPage(page);
  await quiz.goto(SEED);
  await quiz.takeQuiz(
    questions,
    questions.map(() => true),
  );
  await results.expectScore(questions.length, questions.length);

  const number = 3;
  const question = questions[number - 1]!;
  await results.showInArticle(number, question);
  await expect(results.highlights().first()).toBeInViewport();
  const back = results.backToQuestion(number);
  await expect(back).toBeInViewport();
  await back.click();
  await expect(results.showInArticleButton(number, question)).toBeFocused();
  await expect(results.review(number, question)).toBeInViewport();
});
