/**
 * A matching question read aloud: the prompt, the items in their order on
 * screen, then the choices; a choice shown under every item is highlighted
 * wherever it is shown.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { finishSentence, installFakeSpeech, readingHighlight, spoken } from "./support/fake-speech";
import { quizFor } from "./support/seed-article";

const SEED = Array.from({ length: 100 }, (_, i) => i + 1).find((s) => quizFor(s)[0]?.type === "matching")!;
const questions = quizFor(SEED);
const question = questions[0]!;
const { left, right } = question.type === "matching" ? question : { left: [], right: [] };
const LETTERS = "ABCDEFGH";

test("a matching question is read as its prompt, its items, then its choices, each highlighted", async ({ page }) => {
  await installFakeSpeech(page, [{ name: "Fake English", lang: "en-GB" }]);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, questions.length, question);
  const groups = quiz.group(question).getByRole("radiogroup");
  for (const [i, item] of left.entries()) await expect(groups.nth(i)).toHaveAccessibleName(item);

  const reader = new ReadAloudControl(page, "Read question aloud");
  await reader.play.click();
  await expect.poll(() => readingHighlight(page)).toBe(question.prompt);
  for (const [i, item] of left.entries()) {
    await finishSentence(page);
    await expect(reader.status).toHaveText(`Reading item ${i + 1}`);
    await expect.poll(() => readingHighlight(page)).toBe(item);
  }
  for (const [i, choice] of right.entries()) {
    await finishSentence(page);
    await expect(reader.status).toHaveText(`Reading choice ${LETTERS[i]}`);
    // The choice is offered under each item: every copy is highlighted.
    await expect.poll(() => readingHighlight(page)).toBe(choice.repeat(left.length));
  }
  expect((await spoken(page)).map((u) => u.text)).toEqual([
    question.prompt,
    ...left.map((item, i) => `Item ${i + 1}, ${item}`),
    ...right.map((choice, i) => `Choice ${LETTERS[i]}, ${choice}`),
  ]);
});
