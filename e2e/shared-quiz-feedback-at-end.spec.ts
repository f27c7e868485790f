/**
 * A teacher's quiz set to give feedback only at the end: until the results,
 * nothing on the page, on the progress bar or in what a screen reader is
 * told says whether an answer was right, how many were, or a score.
 */
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { QuizPage } from "./pages/quiz-page";
import { endQuizLink, endQuizQuestions } from "./support/end-feedback-quiz";

// A verdict, a running count or a score, in any of the words the quiz uses for them.
const VERDICT =
  /[✓✗]|\bCorrect\b|Not quite|right so far|\bRight answer\b|\bMissed\b|\d+\s*\/\s*\d+|\d+ (of \d+ )?(right|correct)\b/;

test("a quiz with feedback only at the end shows no verdict, count or score before the results", async ({ page }) => {
  test.setTimeout(90_000);
  const play = new PlayPage(page);
  const quiz = new QuizPage(page);
  await play.open(await endQuizLink());
  await expect(page.getByText("You see your score and the right answers at the end.")).toBeVisible();

  const questions = endQuizQuestions;
  for (const [i, question] of questions.entries()) {
    await quiz.expectQuestion(i + 1, questions.length, question);
    expect(await play.everythingSaid()).not.toMatch(VERDICT);
    const isLast = i === questions.length - 1;
    // Right and wrong answers alternate: either would show if anything leaked.
    await play.answerAndSave(question, i % 2 === 0, isLast);
    if (!isLast) {
      await expect(quiz.announcement).toHaveText("Answer saved.");
      expect(await play.everythingSaid()).not.toMatch(VERDICT);
    }
  }

  // The results: now the score and each verdict are there.
  const right = Math.ceil(questions.length / 2);
  await expect(play.score).toHaveText(`${right} / ${questions.length}`);
  await expect(page.getByText("✓ Right")).toHaveCount(right);
  expect(await play.everythingSaid()).toMatch(VERDICT);
});
