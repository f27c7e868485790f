/** A browser with a speech engine but no voice says so instead of offering a button that does nothing. */
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { installFakeSpeech } from "./support/fake-speech";
import { ARTICLE_SLUG, article } from "./support/seed-article";

test("an engine without voices gets the no-voices message, not a read-aloud button", async ({ page }) => {
  await installFakeSpeech(page, []);
  const articlePage = new ArticlePage(page);
  await articlePage.goto(ARTICLE_SLUG, article.title);
  const reader = new ReadAloudControl(page);
  await expect(reader.noVoices).toBeVisible();
  await expect(reader.play).toHaveCount(0);
});
