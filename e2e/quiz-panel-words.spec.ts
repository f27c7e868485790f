/**
 * The quiz's article panel explains defined words, except while a word
 * question is on screen (a word's meaning, or words to match with their
 * meanings): the meaning would be the answer (and the other words' meanings
 * are its wrong options).
 */
import type { Question } from "../lib/quiz/types";
import { expect, test } from "./fixtures";
import { definedWord } from "./pages/article-page";
import { QuizPage } from "./pages/quiz-page";
import { quizFor } from "./support/seed-article";

const WORD_QUESTIONS = [
  ["a word's meaning", (q: Question) => q.type === "vocabulary"],
  ["words matched with their meanings", (q: Question) => q.type === "matching" && q.level === "vocabulary"],
] as const;

for (const [kind, isAsked] of WORD_QUESTIONS) {
  test(`no meaning is shown in the article panel while ${kind} is asked, and meanings return after it`, async ({
    page,
  }) => {
    const seed = Array.from({ length: 300 }, (_, i) => i + 1).find((s) => {
      const [first, second] = quizFor(s);
      return first !== undefined && isAsked(first) && second !== undefined && second.level !== "vocabulary";
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
}
