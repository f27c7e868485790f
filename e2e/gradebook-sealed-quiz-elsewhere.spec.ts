/**
 * A sealed quiz (feedback only at the end) added to a gradebook that was not
 * the one that built it: its secret is not here, so its results cannot be
 * graded, and the card says so (where to grade them) instead of scoring 0.
 */
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { expectNoViolations } from "./support/axe";
import { SEALED_TITLE, sealedQuiz } from "./support/sealed-quiz";

test("a sealed quiz built in another browser says its secret is not in this gradebook", async ({ page }) => {
  const { link } = await sealedQuiz();
  const gradebook = new GradebookPage(page);
  await gradebook.goto();
  await gradebook.add(`http://127.0.0.1${link}`);
  await expect(gradebook.outcomes.first()).toContainText(SEALED_TITLE);
  const card = gradebook.quiz(SEALED_TITLE);
  await expect(card.getByRole("alert")).toContainText(
    "the secret that opens them is not in this gradebook: it was built in another browser",
  );
  await expect(card.getByRole("alert")).toContainText("import that gradebook’s backup file here");
  // Nothing to release either: the secret is what a release link carries.
  await expect(card.getByRole("button", { name: "Release answers" })).toHaveCount(0);
  await expectNoViolations(page, "a sealed quiz without its secret");
});
