/**
 * On a narrow phone the article's meta line (dateline · source · reading
 * time) wraps; no line may start with the "·" that separates its items.
 * The article shows no header image, so it credits none.
 */
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { ARTICLE_SLUG, ARTICLE_TITLE } from "./support/shared-quiz";

test.use({ viewport: { width: 320, height: 700 } });

test("on a narrow phone the article's meta line wraps without a line starting with “·”, and no image is credited", async ({
  page,
}) => {
  const article = new ArticlePage(page);
  await article.goto(ARTICLE_SLUG, ARTICLE_TITLE);
  await expect(article.meta).toContainText("Sixth Tone");
  const { lines, startingWithDot } = await article.metaLinesStartingWithDot();
  expect(lines, "the meta line wraps at 320 px").toBeGreaterThan(1);
  expect(startingWithDot).toBe(0);
  await expect(page.getByText(/Header image/)).toHaveCount(0);
});
