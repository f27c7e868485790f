/**
 * The quiz's article panel reads its article aloud sentence by sentence, the
 * sentence highlighted in the panel; starting the question's reading stops
 * the article's (one voice at a time), and the speed is the one preference.
 */
import { readItems } from "../lib/read-aloud";
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { finishSentence, installFakeSpeech, readingHighlight, spoken } from "./support/fake-speech";
import { article, quizFor } from "./support/seed-article";

const SEED = 2;
const questions = quizFor(SEED);
const sentences = readItems(article.paragraphs);

test("the article panel reads the article aloud, and the question's reading takes over from it", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "Fake English", lang: "en-GB" }]);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, questions.length, questions[0]!);
  await quiz.showArticle.click();
  await expect(quiz.articlePanel).toBeVisible();

  const articleReader = new ReadAloudControl(quiz.articlePanel);
  await articleReader.speed.selectOption("0.75");
  await articleReader.play.click();
  await expect(articleReader.status).toHaveText(`Reading paragraph 1 of ${article.paragraphs.length}`);
  await expect.poll(() => readingHighlight(page)).toBe(sentences[0]!.text);
  await finishSentence(page);
  await expect.poll(() => readingHighlight(page)).toBe(sentences[1]!.text);
  expect(await spoken(page)).toEqual([
    { text: sentences[0]!.text, rate: 0.75, voice: "Fake English", current: false },
    { text: sentences[1]!.text, rate: 0.75, voice: "Fake English", current: true },
  ]);
  const highlightInPanel = await page.evaluate(() => {
    const range = [...(CSS.highlights.get("read-aloud") ?? [])][0] as Range | undefined;
    return !!range && !!document.querySelector('[aria-label="Article text"]')?.contains(range.startContainer);
  });
  expect(highlightInPanel, "the highlighted sentence is the panel's").toBe(true);

  // The question's reading stops the article's, at the speed chosen in the panel.
  const questionReader = new ReadAloudControl(page, "Read question aloud");
  await expect(questionReader.speed).toHaveValue("0.75");
  await questionReader.play.click();
  await expect(articleReader.play).toBeVisible();
  await expect(articleReader.status).toHaveText("Stopped");
  await expect.poll(() => readingHighlight(page)).toBe(questions[0]!.prompt);
  await expect
    .poll(async () => (await spoken(page)).filter((u) => u.current))
    .toEqual([{ text: questions[0]!.prompt, rate: 0.75, voice: "Fake English", current: true }]);
});
