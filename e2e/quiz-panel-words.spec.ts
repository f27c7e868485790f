/**
 * The quiz's article panel explains defined words, except while a word
 * question is on screen: the meaning would be the answer (and the other
 * words' meanings are its wrong options).
 */
import { expect, test } from "./fixtures";
import { definedWord } from "./pages/article-page";
import { QuizPage } from "./pages/quiz-page";
import { quizFor } from "./support/seed-article";

test("no meaning is shown in the article panel while a word question is asked, and meanings return after it", async ({
  page,
}) => {
  const seed = Array.from({ length: 200 }, (_, i) => i + 1).find((s) => {
    const [first, second] = quizFor(s);
    return first?.type === "vocabulary" && second !== undefined && second.type !== "vocabulary";
  })!;
  const [first] = quizFor(seed);
  const quiz = new QuizPage(page);
  await quiz.goto(seed);
  await quiz.expectQuestion(1, quizFor(seed).length, first!);
  await quiz.showArticle.click();
  await expect(quiz.articlePanel).toBeVisible();
  await expect(quiz.articlePanel.getByRole("button")).toHaveCount(0);

  await quiz.answerAndContinue(first!, { correctly: true }, false);
  await expect(definedWord(quiz.articlePanel, "underscored").button).toBeVisible();
});
