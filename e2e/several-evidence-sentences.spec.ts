/**
 * A matching or ordering question is proved by several sentences of the
 * article: the feedback after checking it, and its card in the review,
 * quote every one of them, not just the first.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { article, quizFor } from "./support/seed-article";
import { evidenceSentences } from "../lib/text";

// A seed whose quiz opens with a matching question and has an ordering one (checked below).
const SEED = 44;

test("every sentence that proves a matching or ordering answer is quoted in the feedback and the review", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const questions = quizFor(SEED);
  const several = questions.flatMap((q, i) =>
    q.type === "matching" || q.type === "ordering" ? [{ number: i + 1, question: q }] : [],
  );
  expect(several.map((s) => s.question.type).sort()).toEqual(["matching", "ordering"]);
  const quiz = new QuizPage(page);
  const results = new ResultsPage(page);
  await quiz.goto(SEED);

  for (const [i, question] of questions.entries()) {
    await quiz.answer(question, { correctly: true });
    await quiz.check(true);
    const sentences = evidenceSentences(article.body, question.evidence);
    if (several.some((s) => s.question === question)) {
      expect(sentences.length).toBeGreaterThan(1);
      for (const sentence of sentences) await expect(quiz.feedbackQuote(sentence)).toBeVisible();
    }
    await (i === questions.length - 1 ? quiz.seeResults : quiz.nextQuestion).click();
  }

  await results.expectScore(questions.length, questions.length);
  for (const { number, question } of several) {
    const card = results.review(number, question);
    for (const sentence of evidenceSentences(article.body, question.evidence)) {
      await expect(card.locator("blockquote").filter({ hasText: sentence })).toBeVisible();
    }
  }
});
