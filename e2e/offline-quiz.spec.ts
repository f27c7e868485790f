/**
 * A student who opened the app once at school takes a whole quiz at home
 * with no network, and the score is kept.
 */
import { expect, test } from "./fixtures";
import { LibraryPage } from "./pages/library-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { goOffline, visitOnceOnline } from "./support/offline";
import { article, quizFor } from "./support/seed-article";

const SEED = 12;

test("offline after one visit: a quiz is taken to the end and its score is kept", async ({ page }) => {
  await visitOnceOnline(page);
  await goOffline(page);

  const questions = quizFor(SEED);
  const plan = questions.map((_, i) => i % 3 !== 1);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  const right = await quiz.takeQuiz(questions, plan);
  await new ResultsPage(page).expectScore(right, questions.length);

  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.bestScore(article.title)).toHaveText(`Best score: ${right} / ${questions.length}`);
});
