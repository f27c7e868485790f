/**
 * The new-article page, the review of the facts (its "Check these first"
 * list, a correction form open, the add-a-fact form with a problem and after
 * a fact is added with the keyboard only, the undo bar after a change and
 * after an undo) and the builder for a pasted article pass axe's WCAG
 * 2.0/2.1 A and AA rules, in light and dark.
 */
import { expect, test } from "./teacher-fixtures";
import { expectNoViolations } from "./support/axe";
import { BuilderPage } from "./pages/builder-page";
import { KeyboardUser } from "./pages/keyboard";
import { NewArticlePage } from "./pages/new-article-page";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";

for (const colorScheme of ["light", "dark"] as const) {
  test(`new article, review and builder pages have no axe violations in ${colorScheme}`, async ({ people }) => {
    test.setTimeout(120_000);
    const page = await people.open("teacher", { colorScheme });
    const paste = new NewArticlePage(page);
    await paste.goto();
    await expectNoViolations(page, "new article page");
    await paste.submit("Harbor");
    await expect(paste.problem).toBeVisible();
    await expectNoViolations(page, "new article page with a message");

    await paste.extract(HARBOR_STORY, HARBOR_TITLE);
    await expectNoViolations(page, "review");
    await paste.correctPerson("Maria Okafor", { role: "queen" });
    await expect(page.getByRole("form", { name: "Correct Maria Okafor" }).getByRole("alert")).toBeVisible();
    await expectNoViolations(page, "review with a correction form and its problem");
    await page.getByRole("form", { name: "Correct Maria Okafor" }).getByRole("button", { name: "Cancel" }).click();
    await expect(
      paste.group("People").getByRole("button", { name: "Correct Maria Okafor", exact: true }),
    ).toBeFocused();

    await expect(paste.checkFirst).toBeVisible();
    await paste.group("Claims").getByRole("button", { name: "Correct claim 1", exact: true }).click();
    await expect(page.getByRole("form", { name: "Correct claim 1" })).toBeVisible();
    await expectNoViolations(page, "review with a claim's correction form");
    await page.getByRole("form", { name: "Correct claim 1" }).getByRole("button", { name: "Cancel" }).click();

    // Adding a fact with the keyboard only: type the words, pick the kind with the arrow keys, fill in, Enter.
    const keyboard = new KeyboardUser(page);
    const words = paste.addFactForm.getByLabel("Words", { exact: true });
    await keyboard.tabTo(words);
    await page.keyboard.type("weekends");
    await keyboard.tabTo(paste.addFactForm.getByRole("radio", { name: "Person" }));
    await page.keyboard.press("Space");
    for (const presses of [1, 2, 3, 4]) {
      await page.keyboard.press("ArrowRight");
      if (presses === 4) await expect(paste.addFactForm.getByRole("radio", { name: "Date or time" })).toBeChecked();
    }
    await keyboard.tabTo(paste.addFactForm.getByRole("button", { name: "Add the fact" }));
    await page.keyboard.press("Enter");
    await expect(paste.addFactForm.getByRole("alert")).toHaveText(
      "Say what happened then, like “the council voted on the plan”.",
    );
    await expectNoViolations(page, "review with the add-a-fact form and its problem");
    await keyboard.tabTo(paste.addFactForm.getByLabel("What happened then"), "backward");
    await page.keyboard.type("the classroom opens to families");
    await page.keyboard.press("Enter");
    await expect(paste.fact("Dates and times", "weekends")).toBeFocused();
    await expect(paste.lastChange).toHaveText(/^Last change: Added weekends to Dates and times\./);
    await expectNoViolations(page, "review after a fact is added, with Undo");
    await paste.undo.click();
    await expect(paste.announcement).toHaveText("Undone: Added weekends to Dates and times.");
    await expect(paste.group("Dates and times")).not.toContainText("the classroom opens to families");
    await expectNoViolations(page, "review after an undo, nothing left to undo");

    await paste.buildQuiz.click();
    const builder = new BuilderPage(page);
    await builder.waitForPreview();
    await expectNoViolations(page, "builder for a pasted article");
    await builder.makeLink();
    await expectNoViolations(page, "builder for a pasted article with its link");

    await page.goto("/articles/new/");
    await expect(page.getByRole("heading", { level: 2, name: "Your articles" })).toBeVisible();
    await expect(page.getByRole("button", { name: `Delete ${HARBOR_TITLE}` })).toBeVisible();
    await expectNoViolations(page, "new article page listing a saved article");
  });
}
