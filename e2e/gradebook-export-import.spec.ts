/**
 * A teacher backs up the gradebook on the school laptop and imports it at
 * home (another browser, its own storage): the quiz and every result arrive,
 * results already there are recognised, and nothing there is lost.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { classQuiz, quizCode, resultCodeFor } from "./support/class-results";

test("export on one browser, import on another: merged, duplicates recognised", async ({ people }) => {
  test.setTimeout(90_000);
  const laptop = new GradebookPage(await people.open("laptop"));
  await laptop.goto();
  await expect(laptop.page.getByText("It has never been exported")).toBeVisible();
  await laptop.add(`/play/#q=${await quizCode()}\n${await resultCodeFor("Ana", 4)}\n${await resultCodeFor("Ben", 7)}`);
  const file = await laptop.exportGradebook();
  await expect(laptop.page.getByText(/Last exported /)).toBeVisible();

  const home = new GradebookPage(await people.open("home"));
  await home.goto();
  await home.add(`/play/#q=${await quizCode()}\n${await resultCodeFor("Cy", 2)}`);
  await home.importGradebook(file);
  await expect(home.backupStatus).toHaveText("Added 0 quizzes and 2 results.");
  for (const [name, score] of [
    ["Ana", 4],
    ["Ben", 7],
    ["Cy", 2],
  ] as const) {
    await expect(home.score(classQuiz.title, name)).toHaveText(`${score} / ${classQuiz.questions.length}`);
  }

  await home.importGradebook(file);
  await expect(home.backupStatus).toHaveText("Nothing new was in the file; 2 results were already here.");
  await expect(home.students(classQuiz.title).getByRole("rowheader")).toHaveCount(3);

  await home.importGradebook({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await expect(home.backupStatus).toContainText("This file is not a gradebook");
  await expect(home.students(classQuiz.title).getByRole("rowheader")).toHaveCount(3);
});
