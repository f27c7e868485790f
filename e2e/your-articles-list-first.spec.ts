/**
 * On a phone, "Your articles" in the site menu shows the saved articles
 * first, on the first screen, with a way down to paste a new one; before
 * any article is saved the paste form comes first.
 */
import { expect, test } from "./fixtures";
import { NewArticlePage } from "./pages/new-article-page";
import { Site } from "./pages/site";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";

test.use({ viewport: { width: 390, height: 844 } });

test("“Your articles” shows the saved articles first, and “New article” leads to the paste form", async ({ page }) => {
  test.setTimeout(60_000);
  const paste = new NewArticlePage(page);
  await paste.goto();
  await expect(page.getByText("None yet.")).toBeVisible();
  await expect(paste.newArticle).toHaveCount(0);
  await paste.extract(HARBOR_STORY, HARBOR_TITLE);

  await page.goto("/");
  await new Site(page).navLink("Your articles").click();
  await expect(paste.savedArticle(HARBOR_TITLE)).toBeInViewport();
  // The list comes before the paste form in the page, for the eye and for a screen reader's reading order.
  const savedTop = (await paste.savedHeading.boundingBox())!.y;
  const pasteTop = (await paste.pasteHeading.boundingBox())!.y;
  expect(savedTop).toBeLessThan(pasteTop);

  await paste.newArticle.click();
  await expect(paste.pasteHeading).toBeFocused();
  await expect(paste.text).toBeInViewport();
});
