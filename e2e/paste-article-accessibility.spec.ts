/**
 * The new-article page, the review of the facts (with a correction form
 * open) and the builder for a pasted article pass axe's WCAG 2.0/2.1 A and
 * AA rules, in light and dark.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { NewArticlePage } from "./pages/new-article-page";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    violations.map((v) => `${what}: ${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe violations on ${what}`,
  ).toEqual([]);
}

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
