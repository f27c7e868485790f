/**
 * A teacher builds a quiz from a short article with little to ask: the
 * builder shows fewer questions than asked for and says why, rather than
 * filling the quiz with questions a teacher would throw away.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { NewArticlePage } from "./pages/new-article-page";

const THIN_STORY = `The town library will stay open later on weekdays from next month.

Readers asked for longer hours in a survey last year. The library will now close at eight in the evening instead of six.

Volunteers will help the staff at the desk in the evenings.`;

test("a short article gives a short quiz, and the builder says why and what to do", async ({ people }) => {
  const teacherPage = await people.open("teacher");
  const paste = new NewArticlePage(teacherPage);
  await paste.goto();
  await paste.extract(THIN_STORY, "Library opens later");
  await paste.buildQuiz.click();
  const builder = new BuilderPage(teacherPage);
  await builder.waitForPreview();
  await expect(teacherPage.getByRole("heading", { name: /^Preview: [1-9] questions?$/ })).toBeVisible();
  await expect(
    teacherPage.getByText(
      /^Fewer than 10: the other questions this article gives are ones a teacher would throw away\./,
    ),
  ).toBeVisible();

  // Choosing the kinds shows them all, and the note goes.
  await builder.kind("Fill in the blank").check();
  await expect(teacherPage.getByText(/^Fewer than 10:/)).toHaveCount(0);
});
