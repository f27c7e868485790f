/** A word the article's facts define shows its meaning: by keyboard (Enter, Escape) and by tap; screen readers get it as the word's description. */
import { expect, test } from "./fixtures";
import { ArticlePage, definedWord } from "./pages/article-page";
import { ARTICLE_SLUG, article } from "./support/seed-article";

test.use({ hasTouch: true });

test("a defined word's meaning opens by keyboard and by tap", async ({ page }) => {
  const articlePage = new ArticlePage(page);
  await articlePage.goto(ARTICLE_SLUG, article.title);

  const underscored = definedWord(page, "underscored");
  await expect(underscored.meaning).toBeHidden();
  await expect(underscored.button).toHaveAccessibleDescription("“underscored” here means: stressed");
  await underscored.button.focus();
  await page.keyboard.press("Enter");
  await expect(underscored.meaning).toBeVisible();
  await expect(underscored.meaning).toHaveText("“underscored” here means: stressed");
  await page.keyboard.press("Escape");
  await expect(underscored.meaning).toBeHidden();
  await expect(underscored.button).toBeFocused();

  const comprising = definedWord(page, "comprising");
  await comprising.button.tap();
  await expect(comprising.meaning).toHaveText("“comprising” here means: made up of");
  await expect(comprising.meaning).toBeVisible();
});
