/**
 * Reading the seed article aloud with a fake speech engine: sentence by
 * sentence in the article's order, the highlight following, pause and resume,
 * the speed reaching the utterances, stop clearing the highlight; by keyboard.
 */
import { readItems } from "../lib/read-aloud";
import { expect, test } from "./fixtures";
import { ArticlePage } from "./pages/article-page";
import { ReadAloudControl } from "./pages/read-aloud";
import { expectNoViolations } from "./support/axe";
import { finishSentence, installFakeSpeech, readingHighlight, spoken } from "./support/fake-speech";
import { ARTICLE_SLUG, article } from "./support/seed-article";

const sentences = readItems(article.paragraphs);
const paragraphs = article.paragraphs.length;

test("the article is read aloud sentence by sentence, highlighted, paused, resumed, faster and stopped", async ({
  page,
}) => {
  await installFakeSpeech(page, [
    { name: "Fake Deutsch", lang: "de-DE", default: true },
    { name: "Fake English", lang: "en-GB" },
  ]);
  const articlePage = new ArticlePage(page);
  await articlePage.goto(ARTICLE_SLUG, article.title);
  const reader = new ReadAloudControl(page);

  // English first: the article is English.
  await expect(reader.voice).toHaveValue("Fake English");

  await reader.play.focus();
  await page.keyboard.press("Enter");
  await expect(reader.status).toHaveText(`Reading paragraph 1 of ${paragraphs}`);
  await expect.poll(() => readingHighlight(page)).toBe(sentences[0]!.text);
  await expect
    .poll(() => spoken(page))
    .toEqual([{ text: sentences[0]!.text, rate: 1, voice: "Fake English", current: true }]);

  // Each end moves on to the next sentence, into the next paragraph.
  const firstOfParagraph2 = sentences.findIndex((s) => s.paragraph === 1);
  for (let i = 1; i <= firstOfParagraph2; i++) {
    await finishSentence(page);
    await expect.poll(() => readingHighlight(page)).toBe(sentences[i]!.text);
  }
  await expect(reader.status).toHaveText(`Reading paragraph 2 of ${paragraphs}`);
  expect((await spoken(page)).map((u) => u.text)).toEqual(sentences.slice(0, firstOfParagraph2 + 1).map((s) => s.text));

  // Pause by keyboard: nothing is spoken, the sentence stays highlighted.
  await reader.pause.focus();
  await page.keyboard.press("Enter");
  await expect(reader.status).toHaveText(`Paused at paragraph 2 of ${paragraphs}`);
  await expect.poll(async () => (await spoken(page)).some((u) => u.current)).toBe(false);
  expect(await readingHighlight(page)).toBe(sentences[firstOfParagraph2]!.text);

  // Resume speaks the paused sentence again from its start.
  await reader.resume.click();
  await expect(reader.status).toHaveText(`Reading paragraph 2 of ${paragraphs}`);
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toMatchObject({ text: sentences[firstOfParagraph2]!.text, current: true });

  // A new speed reaches the sentence at once and the ones after it.
  await reader.speed.selectOption("1.25");
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toMatchObject({ text: sentences[firstOfParagraph2]!.text, rate: 1.25, current: true });
  await finishSentence(page);
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toMatchObject({ text: sentences[firstOfParagraph2 + 1]!.text, rate: 1.25 });
  await expect.poll(() => readingHighlight(page)).toBe(sentences[firstOfParagraph2 + 1]!.text);

  await expect(reader.group).toBeVisible();
  await expectNoViolations(page, "article being read aloud");

  await reader.stop.click();
  await expect(reader.status).toHaveText("Stopped");
  await expect.poll(() => readingHighlight(page)).toBeNull();
  await expect.poll(async () => (await spoken(page)).some((u) => u.current)).toBe(false);
  await expect(reader.play).toBeVisible();
});
