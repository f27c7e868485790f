/**
 * A student who made their result link and then reloads the results (or
 * comes back to the tab later) finds the same name and the same link there,
 * not an empty name field.
 */
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { classQuiz, quizCode } from "./support/class-results";

test("the student's name and result link are still there after reloading the results", async ({ page }) => {
  test.setTimeout(90_000);
  const play = new PlayPage(page);
  await play.open(`/play/#q=${await quizCode()}`);
  await play.takeQuiz(classQuiz.questions, true);
  const link = await play.getResultLink("Ana Lima");

  await page.reload();
  await expect(play.score).toHaveText(`${classQuiz.questions.length} / ${classQuiz.questions.length}`);
  await expect(play.name).toHaveValue("Ana Lima");
  await expect(play.resultLink).toHaveValue(link);
  await expect(play.resultQr).toBeVisible();
});
