/**
 * Two gradebook tabs open side by side, each pasting three different results
 * and pressing "Add results" at the same moment: the gradebook keeps all six.
 * Then a result deleted in one tab stays deleted after the other adds more.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { classQuiz, quizCode, resultCodeFor } from "./support/class-results";

test("two gradebook tabs adding results at once keep every result, and a deletion stays", async ({ context }) => {
  test.setTimeout(120_000);
  const left = new GradebookPage(await context.newPage());
  await left.goto();
  await left.add(`/play/#q=${await quizCode()}`);
  const right = new GradebookPage(await context.newPage());
  await right.goto();
  await expect(right.quiz(classQuiz.title)).toBeVisible();

  const groups = [
    ["Ana", "Ben", "Cy"],
    ["Dee", "Eli", "Fay"],
  ];
  const codes = await Promise.all(groups.map((names) => Promise.all(names.map((n) => resultCodeFor(n, 2)))));
  await left.paste.fill(codes[0]!.join("\n"));
  await right.paste.fill(codes[1]!.join("\n"));
  await Promise.all([left.addResults.click(), right.addResults.click()]);
  await expect(left.outcomes).toHaveCount(3);
  await expect(right.outcomes).toHaveCount(3);
  await expect(left.paste).toHaveValue("");

  const names = groups.flat();
  for (const page of [left, right]) {
    for (const name of names)
      await expect(page.score(classQuiz.title, name)).toHaveText(`2 / ${classQuiz.questions.length}`);
  }

  // Deleted on the left; the right tab adding a seventh result does not bring it back.
  await left.students(classQuiz.title).getByRole("button", { name: "Delete the result of Ana" }).click();
  await left.page.getByRole("dialog").getByRole("button", { name: "Delete result" }).click();
  await expect(left.score(classQuiz.title, "Ana")).toBeHidden();
  await expect(right.score(classQuiz.title, "Ana")).toBeHidden();
  await right.add(await resultCodeFor("Gus", 3));
  await left.page.reload();
  await expect(left.score(classQuiz.title, "Gus")).toHaveText(`3 / ${classQuiz.questions.length}`);
  await expect(left.score(classQuiz.title, "Ana")).toBeHidden();
  await expect(left.students(classQuiz.title).getByRole("rowheader")).toHaveCount(6);
});
