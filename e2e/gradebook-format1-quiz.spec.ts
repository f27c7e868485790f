/**
 * A quiz from a format-1 link (made before links carried their questions)
 * kept in the gradebook: its questions are rebuilt by the old engine, which
 * the page fetches only for such a quiz, so after a reload it must be fetched
 * again before the quiz can be graded.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import frozenV1 from "../lib/share/fixtures/v1.json";

test("a format-1 quiz in the gradebook is rebuilt for grading, again after a reload", async ({ page }) => {
  const fixture = frozenV1.quizzes.find((q) => q.name === "default-10")!;
  const title = fixture.value.settings.title;
  const gradebook = new GradebookPage(page);
  await gradebook.goto();
  await gradebook.add(`http://127.0.0.1/play/#q=${fixture.code}`);
  await expect(gradebook.outcomes.first()).toContainText(title);

  const card = gradebook.quiz(title);
  await expect(card.getByText("No results yet.")).toBeVisible();

  await page.reload();
  await expect(card.getByText("No results yet.")).toBeVisible();
  await expect(card.getByRole("alert")).toHaveCount(0);
});
