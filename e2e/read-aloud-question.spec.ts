/**
 * "Read question aloud" with a fake speech engine: the prompt, then options
 * A, B, C… in the order they are on screen, each highlighted while it is
 * read, and nothing that would give the answer away; by keyboard, with axe
 * passing while it reads.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { finishSentence, installFakeSpeech, readingHighlight, spoken } from "./support/fake-speech";
import { quizFor } from "./support/seed-article";

const SEED = Array.from({ length: 50 }, (_, i) => i + 1).find((s) => {
  const first = quizFor(s)[0];
  return first !== undefined && "options" in first && first.options.length >= 3;
})!;
const questions = quizFor(SEED);
const question = questions[0]!;
const options = "options" in question ? question.options : [];
const LETTERS = "ABCDEFGH";

test("the question is read aloud, prompt then each option as shown, highlighted, and never its answer", async ({
  page,
}) => {
  await installFakeSpeech(page, [{ name: "Fake English", lang: "en-GB" }]);
  const quiz = new QuizPage(page);
  await quiz.goto(SEED);
  await quiz.expectQuestion(1, questions.length, question);
  // The options on screen, top to bottom, are the ones the reading will name A, B, C…
  const radios = quiz.group(question).getByRole("radio");
  await expect(radios).toHaveCount(options.length);
  for (const [i, option] of options.entries()) await expect(radios.nth(i)).toHaveAccessibleName(option);

  const reader = new ReadAloudControl(page, "Read question aloud");
  await reader.play.focus();
  await page.keyboard.press("Enter");
  await expect(reader.status).toHaveText("Reading the question");
  await expect.poll(() => readingHighlight(page)).toBe(question.prompt);
  await expect
    .poll(() => spoken(page))
    .toEqual([{ text: question.prompt, rate: 1, voice: "Fake English", current: true }]);
  // Enter on the control reads; it does not check an answer.
  await expect(quiz.checkAnswer).toBeVisible();

  for (const [i, option] of options.entries()) {
    await finishSentence(page);
    await expect(reader.status).toHaveText(`Reading option ${LETTERS[i]}`);
    await expect.poll(() => readingHighlight(page)).toBe(option);
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toMatchObject({ text: `Option ${LETTERS[i]}, ${option}`, current: true });
    if (i === 1) {
      const { violations, passes } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        passes.map((rule) => rule.id),
        "axe checked contrast",
      ).toContain("color-contrast");
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  }

  await finishSentence(page);
  await expect.poll(() => readingHighlight(page)).toBeNull();
  await expect(reader.play).toBeVisible();
  const said = (await spoken(page)).map((u) => u.text);
  expect(said).toEqual([question.prompt, ...options.map((option, i) => `Option ${LETTERS[i]}, ${option}`)]);
  // Nothing read marks the right option or explains it.
  expect(said.join(" ")).not.toContain(question.explanation);
  expect(said.join(" ")).not.toMatch(/correct|right answer/i);
});
