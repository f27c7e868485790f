/**
 * A release link opened where it cannot show a review: in a browser with no
 * attempt at the quiz, before the quiz is finished, damaged, or with another
 * quiz's secret. Each says plainly why; the right one, once the quiz is
 * finished here, shows the review.
 */
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { expectNoViolations } from "./support/axe";
import { newSecret } from "../lib/share/quiz-v5";
import { SEALED_TITLE, sealedQuiz, sealedQuizQuestions } from "./support/sealed-quiz";

test("a release link says why it shows no review: no attempt here, not finished, damaged, another secret", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { link, release } = await sealedQuiz();
  const play = new PlayPage(page);
  const heading = (name: string) => page.getByRole("heading", { level: 1, name });

  // This browser never took the quiz.
  await page.goto(release());
  await expect(heading("No attempt at this quiz here")).toBeVisible();
  await expect(play.alert).toContainText("Open the link on the device and in the browser where you took the quiz");
  await expectNoViolations(page, "a release link with no attempt here");

  // Cut off when it was copied.
  await page.goto("about:blank");
  await page.goto(release().slice(0, -10));
  await expect(heading("This link to the answers doesn’t work")).toBeVisible();
  await expect(play.alert).toContainText("incomplete or damaged");

  // Started, not finished: a reload resumes at the same question, and the answers stay closed.
  await play.open(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(SEALED_TITLE);
  const [first, second] = sealedQuizQuestions;
  await play.answerAndSave(first!, true, false);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: second!.prompt, exact: true })).toBeVisible();
  await page.goto("about:blank");
  await page.goto(release());
  await expect(heading("This quiz is not finished")).toBeVisible();

  // Finished; then another quiz's secret.
  await play.open(link);
  for (const [i, question] of sealedQuizQuestions.entries()) {
    if (i === 0) continue;
    await play.answerAndSave(question, true, i === sealedQuizQuestions.length - 1);
  }
  await expect(page.getByRole("heading", { name: "Your answers are saved" })).toBeVisible();
  await page.goto("about:blank");
  await page.goto(release(newSecret()));
  await expect(heading("These answers cannot be opened")).toBeVisible();
  await expect(play.alert).toContainText("the release link is not this quiz’s, or it was damaged");

  // The right one: the review, every answer right.
  await page.goto("about:blank");
  await page.goto(release());
  const total = sealedQuizQuestions.length;
  await expect(play.score).toHaveText(`${total} / ${total}`);
  await expect(page.getByText("✓ Right")).toHaveCount(total);
});
