/**
 * After one online visit of the home page, with the network off, every page
 * opens: by links, by typing its address, by reloading, with a query.
 */
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { LibraryPage } from "./pages/library-page";
import { NewArticlePage } from "./pages/new-article-page";
import { ProgressPage } from "./pages/progress-page";
import { QuizPage } from "./pages/quiz-page";
import { goOffline, visitOnceOnline } from "./support/offline";
import { ARTICLE_SLUG, article } from "./support/seed-article";

test("offline after one visit: library, article, its quiz, progress, gradebook, builder, new article and play all open", async ({
  page,
}) => {
  await visitOnceOnline(page);
  await goOffline(page);

  const library = new LibraryPage(page);
  await page.reload();
  await expect(library.heading).toBeVisible();
  await library.openArticle(article.title);
  const articlePage = new ArticlePage(page);
  await articlePage.takeQuiz.click();
  const quiz = new QuizPage(page);
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE_SLUG}/quiz/$`));
  await expect(quiz.progress).toBeVisible();
  await page.reload();
  await expect(quiz.progress).toBeVisible();
  // A teacher's seeded link carries a query the precache ignores.
  await quiz.goto(3);

  await articlePage.goto(ARTICLE_SLUG, article.title);
  await new ProgressPage(page).goto();
  await new GradebookPage(page).goto();
  await new BuilderPage(page).goto();
  await new NewArticlePage(page).goto();
  await page.goto("/play/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByLabel("Open a quiz file")).toBeAttached();
  await library.goto();
});
