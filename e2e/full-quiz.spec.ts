/**
 * The core path: library → article → quiz with a known seed → some answers
 * right and some wrong across question types → the score shown equals the
 * number answered right → every question's evidence in the article → retry
 * exactly the missed ones → a new quiz.
 */
import type { Question } from "../lib/quiz/types";
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { LibraryPage } from "./pages/library-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { ARTICLE_SLUG, article, expectedHighlights, quizFor, QUESTION_COUNT } from "./support/seed-article";

// A seed whose quiz has at least three kinds answered wrong and three answered right (checked below).
const SEED = 13;
// Wrong on these types, right on the rest: a mix that exercises every input the quiz has.
const ANSWERED_WRONG = new Set<Question["type"]>([
  "matching",
  "ordering",
  "vocabulary",
  "speaker-position",
  "fill-blank",
  "quote-attribution",
]);

interface SessionSnapshot {
  seed: number;
  questions: Question[];
}

async function storedSession(page: import("@playwright/test").Page): Promise<SessionSnapshot> {
  const raw = await page.evaluate(() => window.localStorage.getItem("reader:quiz-session"));
  return JSON.parse(raw ?? "null").state.sessions[ARTICLE_SLUG];
}

test("full quiz: score equals answers right, evidence shown, retry gives exactly the missed ones, new quiz draws another", async ({
  page,
}) => {
  const questions = quizFor(SEED);
  const plan = questions.map((q) => !ANSWERED_WRONG.has(q.type));
  const right = questions.filter((_, i) => plan[i]);
  const missed = questions.filter((_, i) => !plan[i]);
  // The mix must really be a mix, whatever the engine draws for this seed.
  expect(questions).toHaveLength(QUESTION_COUNT);
  expect(new Set(missed.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  expect(new Set(right.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);

  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.bestScore(article.title)).toHaveText("Not taken yet");
  await library.openArticle(article.title);

  const articlePage = new ArticlePage(page);
  await expect(page.getByText(article.paragraphs[1]!, { exact: true })).toBeVisible();
  await expect(articlePage.readingProgress).toHaveAttribute("aria-valuenow", "0");
  // Reading down to the end of the article moves the reading progress.
  await articlePage.takeQuiz.scrollIntoViewIfNeeded();
  await expect(articlePage.readingProgress).toHaveAttribute("aria-valuenow", "100");
  await articlePage.takeQuiz.click();
  const quiz = new QuizPage(page);
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE_SLUG}/quiz/$`));
  await expect(quiz.progress).toHaveAttribute("aria-valuetext", `Question 1 of ${QUESTION_COUNT}`);

  // A teacher's link with a seed: the browser draws the same quiz as the engine in Node.
  await quiz.goto(SEED);

  for (const [i, question] of questions.entries()) {
    await quiz.expectQuestion(i + 1, questions.length, question);
    await expect(quiz.rightSoFar(plan.slice(0, i).filter(Boolean).length)).toBeVisible();
    await quiz.answer(question, { correctly: plan[i]! });
    await quiz.check(plan[i]!);
    if (i === 0) {
      // The article can be opened beside a checked question, with its proof highlighted.
      await quiz.showArticle.click();
      await expect(quiz.hideArticle).toHaveAttribute("aria-expanded", "true");
      await expect(quiz.articlePanel.locator("mark")).toHaveText(expectedHighlights(question));
      await quiz.hideArticle.click();
      await expect(quiz.articlePanel).toBeHidden();
    }
    await (i === questions.length - 1 ? quiz.seeResults : quiz.nextQuestion).click();
  }

  const results = new ResultsPage(page);
  await results.expectScore(right.length, questions.length);
  await expect(quiz.progress).toBeHidden();

  // Every question is reviewed with its verdict and the sentence that proves the answer.
  for (const [i, question] of questions.entries()) {
    await results.expectReviewVerdict(i + 1, question, plan[i]!);
    await results.showInArticle(i + 1, question);
    await expect(results.highlights()).toHaveText(expectedHighlights(question));
  }

  const finished = await storedSession(page);
  await results.retryMissed.click();
  for (const [i, question] of missed.entries()) {
    await quiz.expectQuestion(i + 1, missed.length, question);
    if (question.type !== "true-false" && "options" in question) {
      // Options come back in a new order, so the retry is not answered by position.
      const positions = await Promise.all(question.options.map((option) => quiz.optionPosition(question, option)));
      expect(positions.toSorted()).toEqual(question.options.map((_, j) => j));
      expect(positions).not.toEqual(question.options.map((_, j) => j));
    }
    await quiz.answerAndContinue(question, { correctly: true }, i === missed.length - 1);
  }
  await results.expectScore(missed.length, missed.length, "retry");
  await expect(results.retryMissed).toHaveCount(0);

  await results.newQuiz.click();
  const another = await storedSession(page);
  expect(another.seed).not.toBe(finished.seed);
  const anotherQuiz = quizFor(another.seed);
  expect(another.questions).toEqual(anotherQuiz);
  await quiz.expectQuestion(1, QUESTION_COUNT, anotherQuiz[0]!);
  await expect(quiz.rightSoFar(0)).toBeVisible();
});
