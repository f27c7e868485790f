/**
 * Reading a question aloud after its answer is checked says the question and
 * its options only, no verdict or explanation; moving to the next question
 * stops the reading and clears its highlight.
 */
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { finishSentence, installFakeSpeech, readingHighlight, spoken } from "./support/fake-speech";
import { quizFor } from "./support/seed-article";

const SEED = Array.from({ length: 50 }, (_, i) => i + 1).find((s) => {
  const [first, second] = quizFor(s);
  return first !== undefined && "options" in first && second !== undefined;
})!;
const questions = quizFor(SEED);
const [first, second] = questions as [(typeof questions)[number], (typeof questions)[number]];

test("after checking, the question is read without its feedback, and the next question stops the reading", async ({
  page,
}) => {
  await installFakeSpeech(page, [{ name: "Fake English", lang: "en-US" }]);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, questions.length, first);
  await quiz.answer(first, { correctly: false });
  await quiz.check(false);

  const reader = new ReadAloudControl(page, "Read question aloud");
  await reader.play.click();
  await expect.poll(() => readingHighlight(page)).toBe(first.prompt);
  await finishSentence(page);
  await finishSentence(page);
  await expect(reader.status).toHaveText("Reading option B");
  const options = "options" in first ? first.options : [];
  expect((await spoken(page)).map((u) => u.text)).toEqual([
    first.prompt,
    `Option A, ${options[0]}`,
    `Option B, ${options[1]}`,
  ]);
  const said = (await spoken(page)).map((u) => u.text).join(" ");
  expect(said).not.toContain(first.explanation);
  expect(said).not.toMatch(/not quite|correct|right answer|the article says/i);

  await quiz.nextQuestion.click();
  await quiz.expectQuestion(2, questions.length, second);
  await expect.poll(async () => (await spoken(page)).some((u) => u.current)).toBe(false);
  await expect.poll(() => readingHighlight(page)).toBeNull();
  // The new question's control starts from rest, and nothing more was said.
  await expect(reader.play).toBeVisible();
  await expect(reader.status).toHaveText("");
  expect(await spoken(page)).toHaveLength(3);
});
