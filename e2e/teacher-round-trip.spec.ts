/**
 * The whole teacher loop, as three people on three computers (separate
 * browser contexts, separate storage): the teacher builds and shares a quiz,
 * one student takes it well and one badly, and the teacher grades both.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { PlayPage } from "./pages/play-page";
import { decodeQr } from "./support/qr";
import { ARTICLE_SLUG, questionsOfLink } from "./support/shared-quiz";

const TITLE = "Climate and AI check";
const EDITED_PROMPT = "In your own reading: which answer below is right?";
const OWN_PROMPT = "In which city was the closing ceremony held?";
const GOOD = "Ana Lima";
// A comma, quotes, a formula trigger and Chinese characters: the CSV must keep it whole and harmless.
const BAD = '=Bo, "the" 李雷';

test("a teacher shares a quiz, two students take it, the gradebook rescores both", async ({ people }) => {
  // Three people and many pages in one scenario: more than the default 30 s on a 2-core machine.
  test.setTimeout(120_000);
  // ---- The teacher builds the quiz ----
  const teacherPage = await people.open("teacher", { permissions: ["clipboard-read", "clipboard-write"] });
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.title.fill(TITLE);
  await builder.classLabel.fill("Period 3");
  // Matching and ordering are dragged and chosen, not typed: leave them out of this class quiz.
  await builder.onlyTypedAndChosen();
  // Whatever the builder drew: the second question is reworded.
  const edited = 2;
  await builder.editPrompt(edited, EDITED_PROMPT);
  await builder.addShortAnswer(OWN_PROMPT, "Shanghai", "At the closing ceremony");
  await expect(teacherPage.getByRole("heading", { name: "Preview: 11 questions" })).toBeVisible();

  const link = await builder.makeLink();
  expect(link).toMatch(
    new RegExp(
      `^http://127\\.0\\.0\\.1:\\d+/play/#q=4\\.${ARTICLE_SLUG}\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`,
    ),
  );
  await expect(builder.linkLength).toHaveText(new RegExp(`^${link.length.toLocaleString("en-US")} characters\\.`));

  await teacherPage.getByRole("button", { name: "Copy link" }).click();
  await expect(teacherPage.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await teacherPage.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The QR code on screen decodes to exactly the link.
  // Full screen, as on the projector: a dense code needs the size.
  await teacherPage.getByRole("button", { name: "Show the QR code full screen" }).click();
  const large = teacherPage.getByRole("img", { name: "QR code for the quiz link, full screen" });
  await expect(builder.qrCode).toBeVisible();
  expect(await decodeQr(large)).toBe(link);
  await teacherPage.keyboard.press("Escape");
  await expect(large).toBeHidden();

  const questions = await questionsOfLink(link);
  expect(questions).toHaveLength(11);
  expect(questions[edited - 1]!.prompt).toBe(EDITED_PROMPT);
  expect(questions.at(-1)).toMatchObject({ id: "custom-1", type: "short-answer", prompt: OWN_PROMPT });

  // ---- Student A: every answer right. Their own quiz on the article must survive. ----
  const anaPage = await people.open("student A");
  await anaPage.goto(`/articles/${ARTICLE_SLUG}/quiz/?seed=5`);
  await expect(anaPage.getByRole("button", { name: "Check answer" })).toBeVisible();
  const ownSession = await anaPage.evaluate(
    (slug) => JSON.stringify(JSON.parse(localStorage.getItem("reader:quiz-session")!).state.sessions[slug]),
    ARTICLE_SLUG,
  );

  const ana = new PlayPage(anaPage);
  await ana.open(link);
  await expect(anaPage.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(anaPage.getByText("Quiz from your teacher · Period 3")).toBeVisible();
  await ana.takeQuiz(questions, true);
  const anaLink = await ana.getResultLink(GOOD);

  const stored = await anaPage.evaluate(() => ({
    sessions: JSON.parse(localStorage.getItem("reader:quiz-session")!).state.sessions,
    attempts: JSON.parse(localStorage.getItem("reader:progress")!).state.attempts,
  }));
  expect(JSON.stringify(stored.sessions[ARTICLE_SLUG])).toBe(ownSession);
  expect(Object.keys(stored.sessions).filter((key) => key.startsWith("shared:"))).toHaveLength(1);
  expect(stored.attempts).toMatchObject([{ slug: ARTICLE_SLUG, score: 11, total: 11, mode: "full" }]);

  // ---- Student B: every answer wrong ----
  const boPage = await people.open("student B");
  const bo = new PlayPage(boPage);
  await bo.open(link);
  await bo.takeQuiz(questions, false);
  const boLink = await bo.getResultLink(BAD);
  expect(boLink).toMatch(/\/gradebook\/#r=R1\./);

  // ---- The teacher grades both, pasted at once, one of them wrapped by a chat app ----
  const gradebook = new GradebookPage(teacherPage);
  await gradebook.goto();
  await gradebook.add(`${anaLink}\n${boLink.slice(0, 60)}\n${boLink.slice(60)}`);
  await expect(gradebook.outcomes).toHaveText([
    `Added: ${GOOD}’s result for “${TITLE}”.`,
    `Added: ${BAD}’s result for “${TITLE}”.`,
  ]);

  await expect(gradebook.score(TITLE, GOOD)).toHaveText("11 / 11");
  await expect(gradebook.score(TITLE, BAD)).toHaveText("0 / 11");
  await expect(gradebook.quiz(TITLE).getByText("2 results · average 50%")).toBeVisible();
  const items = gradebook.items(TITLE);
  await expect(items).toHaveCount(11);
  for (const item of await items.all()) await expect(item).toContainText("50%right · 1 of 2 students");
  // Each item shows its question and the sentence that proves it.
  await expect(items.filter({ hasText: OWN_PROMPT })).toContainText("At the closing ceremony on Tuesday in Shanghai");

  // The same result again is recognised.
  await gradebook.add(anaLink);
  await expect(gradebook.outcomes).toHaveText([`Already here: ${GOOD}’s result for “${TITLE}” was added before.`]);
  await expect(gradebook.students(TITLE).getByRole("row")).toHaveCount(3);

  // ---- CSV ----
  const download = await gradebook.downloadCsv(TITLE);
  expect(download.suggestedFilename()).toBe("climate-and-ai-check-results.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFName,Score,Out of,Percent,")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines).toHaveLength(4); // header, two students, final line break
  expect(lines[1]).toMatch(/^"'=Bo, ""the"" 李雷",0,11,0,/);
  expect(lines[2]).toMatch(/^Ana Lima,11,11,100,/);
  expect(lines[0]).toContain(`Q${edited}: ${EDITED_PROMPT}`);
  expect(lines[2]).toContain(",Shanghai,yes");
});
