/** In the quiz, a browser with a speech engine but no voice says so, on the question and in the article panel. */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { installFakeSpeech } from "./support/fake-speech";
import { quizFor } from "./support/seed-article";

const SEED = 3;

test("the quiz's read-aloud controls give the no-voices message instead of buttons", async ({ page }) => {
  await installFakeSpeech(page, []);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, quizFor(SEED).length, quizFor(SEED)[0]!);
  const questionReader = new ReadAloudControl(quiz.group(quizFor(SEED)[0]!), "Read question aloud");
  await expect(questionReader.noVoices).toBeVisible();
  await expect(page.getByRole("button", { name: "Read question aloud" })).toHaveCount(0);

  await quiz.showArticle.click();
  const articleReader = new ReadAloudControl(quiz.articlePanel);
  await expect(articleReader.noVoices).toBeVisible();
  await expect(quiz.articlePanel.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
});
