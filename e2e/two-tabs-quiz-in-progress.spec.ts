/**
 * A student has their own quiz on an article in one tab and a teacher's
 * shared quiz in another, answering in both: after a reload, each tab is
 * where the student left it (the other tab's writes lost neither).
 */
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { QuizPage } from "./pages/quiz-page";
import { classQuiz, quizCode } from "./support/class-results";
import { quizFor } from "./support/seed-article";

const SEED = 9;

test("a quiz in one tab and a shared quiz in another both resume after a reload", async ({ context }) => {
  const own = new QuizPage(await context.newPage());
  const shared = new PlayPage(await context.newPage());
  const questions = quizFor(SEED);
  await own.goto(SEED);
  await shared.open(`/play/#q=${await quizCode()}`);

  // Turn about: two answers in the student's own quiz, one in the shared one, then one more in each.
  for (const i of [0, 1]) await own.answerAndContinue(questions[i]!, { correctly: true }, false);
  await shared.answer(classQuiz.questions[0]!, true);
  await own.answerAndContinue(questions[2]!, { correctly: true }, false);
  await shared.answer(classQuiz.questions[1]!, false);

  await own.page.reload();
  await own.expectQuestion(4, questions.length, questions[3]!);
  await expect(own.rightSoFar(3)).toBeVisible();
  await shared.page.reload();
  await expect(
    shared.main.getByRole("heading", { level: 2, name: classQuiz.questions[2]!.prompt, exact: true }),
  ).toBeVisible();
});
