/**
 * Two tabs of the same browser finish quizzes at the same time, their
 * answers interleaved: neither attempt is lost, in either tab or on a fresh
 * visit to the progress page.
 */
import { expect, test } from "./fixtures";
import { ProgressPage } from "./pages/progress-page";
import { QuizPage } from "./pages/quiz-page";
import { ResultsPage } from "./pages/results-page";
import { article, quizFor } from "./support/seed-article";

test("two tabs finishing quizzes at the same time keep both attempts", async ({ context }) => {
  const tabs = [
    { page: await context.newPage(), seed: 21, plan: () => true },
    { page: await context.newPage(), seed: 22, plan: (i: number) => i % 2 === 0 },
  ].map((tab) => ({ ...tab, quiz: new QuizPage(tab.page), questions: quizFor(tab.seed) }));
  const scores = tabs.map((tab) => tab.questions.filter((_, i) => tab.plan(i)).length);
  expect(scores[0]).not.toBe(scores[1]);

  for (const tab of tabs) await tab.quiz.goto(tab.seed);

  // Question by question, one tab then the other, up to the last "See results" in each.
  const count = tabs[0]!.questions.length;
  for (let i = 0; i < count; i++) {
    for (const { quiz, questions, plan } of tabs) {
      await quiz.expectQuestion(i + 1, count, questions[i]!);
      await quiz.answer(questions[i]!, { correctly: plan(i) });
      await quiz.check(plan(i));
    }
    const last = i === count - 1;
    await Promise.all(tabs.map(({ quiz }) => (last ? quiz.seeResults : quiz.nextQuestion).click()));
  }
  for (const [t, { page }] of tabs.entries()) await new ResultsPage(page).expectScore(scores[t]!, count);

  const expectBothAttempts = async (progress: ProgressPage) => {
    await progress.expectLoaded();
    await expect(progress.stat("Quizzes finished")).toHaveText("2");
    const rows = progress.historyRows();
    await expect(rows).toHaveCount(2);
    const shown = (await rows.getByRole("cell").filter({ hasText: / \/ / }).allInnerTexts()).toSorted();
    expect(shown).toEqual(scores.map((s) => `${s} / ${count}`).toSorted());
    await expect(progress.bestScore(article.title)).toContainText(`${Math.max(...scores)} / ${count}`);
  };

  // Each tab sees both without a reload (the other tab's write reaches it), and so does a new tab.
  for (const { page } of tabs) {
    await new ResultsPage(page).seeProgress.click();
    await expectBothAttempts(new ProgressPage(page));
  }
  const fresh = new ProgressPage(await context.newPage());
  await fresh.goto();
  await expectBothAttempts(fresh);
});
