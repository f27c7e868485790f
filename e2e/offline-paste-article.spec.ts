/**
 * A teacher with no network pastes an article: the extraction worker and
 * its NLP library come from the service worker's precache, the facts are
 * found, and a quiz is built from them.
 */
import { expect, test } from "./fixtures";
import { BuilderPage } from "./pages/builder-page";
import { NewArticlePage } from "./pages/new-article-page";
import { goOffline, visitOnceOnline } from "./support/offline";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";

test("offline after one visit: a pasted article's facts are extracted and a quiz is built from them", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await visitOnceOnline(page);
  await goOffline(page);

  const paste = new NewArticlePage(page);
  await paste.goto();
  await paste.extract(HARBOR_STORY, HARBOR_TITLE);
  await expect(paste.fact("People", "Maria Okafor")).toContainText("director");
  await expect(paste.group("Quotations").getByRole("listitem").first()).toBeVisible();

  await paste.buildQuiz.click();
  await new BuilderPage(page).waitForPreview();
});
