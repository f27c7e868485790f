/**
 * A student forges a result (every answer right, 0 ms, started in 2099) and
 * another sends one under a classmate's name spelled with a Cyrillic "А":
 * the gradebook files them, and says in words, in each row, why to check
 * them, while an honest result carries no warning.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./teacher-fixtures";
import { GradebookPage } from "./pages/gradebook-page";
import { classQuiz, quizCode, resultCodeFor } from "./support/class-results";

test("forged and look-alike results show why to check them", async ({ page }) => {
  const gradebook = new GradebookPage(page);
  await gradebook.goto();
  const started = new Date(Date.now() + 60_000).toISOString();
  await gradebook.add(
    [
      `/play/#q=${await quizCode()}`,
      await resultCodeFor("Ben", 4, { startedAt: started }),
      await resultCodeFor("Anna", 3, { startedAt: started }),
      await resultCodeFor("Forger", classQuiz.questions.length, {
        durationMs: 0,
        startedAt: "2099-01-01T00:00:00.000Z",
      }),
      await resultCodeFor("\u0410nna", classQuiz.questions.length, { startedAt: started }),
    ].join("\n"),
  );
  await expect(gradebook.students(classQuiz.title).getByRole("rowheader")).toHaveCount(4);
  await expect(page.getByRole("status").filter({ hasText: "3 results to check" })).toBeVisible();

  const why = (name: string) => page.getByRole("list", { name: `Why to check ${name}’s result` }).getByRole("listitem");
  await expect(why("Forger")).toHaveText([/too fast to have read them/, /started on 2099-01-01, in the future/]);
  await expect(why("Anna")).toContainText([/other characters/, /2 results under this name, with different answers/]);
  await expect(why("\u0410nna")).toContainText([/other characters/, /2 results under this name/]);
  await expect(why("Ben")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations).toEqual([]);
});
