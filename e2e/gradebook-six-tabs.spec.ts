/**
 * Six students' result links opened at the same moment, each in its own tab
 * of the teacher's browser: every tab files its result, and the gradebook
 * ends with all six, in every tab and after a reload.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { classQuiz, quizCode, resultCodeFor } from "./support/class-results";

const STUDENTS = ["Ana", "Ben", "Chloé", "Dev", "Eun-ji", "Femi"];

test("six result links opened at once all reach the gradebook", async ({ context }) => {
  test.setTimeout(120_000);
  const gradebook = new GradebookPage(await context.newPage());
  await gradebook.goto();
  await gradebook.add(`/play/#q=${await quizCode()}`);
  await expect(gradebook.outcomes.first()).toContainText("Quiz added");

  const codes = await Promise.all(STUDENTS.map((name, i) => resultCodeFor(name, i + 1)));
  const tabs = await Promise.all(STUDENTS.map(() => context.newPage()));
  await Promise.all(tabs.map((tab, i) => tab.goto(`/gradebook/#r=${codes[i]}`)));
  for (const [i, tab] of tabs.entries()) {
    await expect(new GradebookPage(tab).outcomes.first()).toContainText(`Added: ${STUDENTS[i]}’s result`);
  }

  const expectAll = async (page: GradebookPage) => {
    for (const [i, name] of STUDENTS.entries())
      await expect(page.score(classQuiz.title, name)).toHaveText(`${i + 1} / ${classQuiz.questions.length}`);
  };
  // The first tab hears the others' writes; each tab ends with the whole class.
  await expectAll(gradebook);
  for (const tab of tabs) await expectAll(new GradebookPage(tab));
  await gradebook.page.reload();
  await expectAll(gradebook);
});
