/**
 * Deleting a pasted article deletes its quiz drafts too (they hold its
 * questions), and keeps the teacher's other drafts; the drafts' store is
 * fetched only at that moment, so the paste form does not load it.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { NewArticlePage } from "./pages/new-article-page";
import { BuilderPage } from "./pages/builder-page";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";
import { ARTICLE_SLUG } from "./support/shared-quiz";

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("reader:quiz-drafts") ?? "{}").state?.drafts ?? {}));

test("deleting a pasted article deletes its quiz drafts and keeps the others", async ({ page }) => {
  test.setTimeout(90_000);
  // A draft for a library article, which must survive.
  await new BuilderPage(page).startFromDraft(7);
  const paste = new NewArticlePage(page);
  await paste.goto();
  await paste.extract(HARBOR_STORY, HARBOR_TITLE);
  await paste.buildQuiz.click();
  const builder = new BuilderPage(page);
  await expect(builder.preview.getByRole("listitem").first()).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => (await draftKeys(page)).sort())
    .toEqual([expect.stringMatching(/^mine:/), ARTICLE_SLUG]);

  await paste.goto();
  await page.getByRole("button", { name: `Delete ${HARBOR_TITLE}` }).click();
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page.getByText(`Deleted “${HARBOR_TITLE}”.`)).toBeAttached();
  await expect.poll(() => draftKeys(page)).toEqual([ARTICLE_SLUG]);
});
