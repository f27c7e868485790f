/**
 * A quiz on a long pasted article is too long for a link: the teacher
 * downloads a quiz file and a student opens it on /play/.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { NewArticlePage } from "./pages/new-article-page";
import { PlayPage } from "./pages/play-page";
import { longArticle } from "./support/pasted-article";
import { questionsOfCode } from "./support/shared-quiz";

test("a 10,000-word article's quiz goes to a student as a quiz file", async ({ people }) => {
  test.setTimeout(240_000);
  const teacherPage = await people.open("teacher");
  const paste = new NewArticlePage(teacherPage);
  await paste.goto();
  await paste.submit(longArticle(10_000), "Water and schools: the long report");
  await expect(paste.progress).toBeVisible();
  await expect(paste.reviewHeading).toBeVisible({ timeout: 120_000 });

  await paste.buildQuiz.click();
  const builder = new BuilderPage(teacherPage);
  await builder.waitForPreview();
  await builder.createLink.click();
  // No link to copy: it would be cut off by chat apps and e-mail.
  await expect(teacherPage.getByText(/too long for most chat apps and e-mail/)).toBeVisible();
  await expect(builder.quizLink).toHaveCount(0);
  await expect(builder.qrCode).toHaveCount(0);

  const download = await builder.downloadQuizFile();
  expect(download.suggestedFilename()).toBe("water-and-schools-the-long-report.quiz.json");
  const path = (await download.path())!;
  const file = JSON.parse(await readFile(path, "utf8")) as { format: string; title: string; code: string };
  expect(file).toMatchObject({ format: "evidence-reader-quiz", title: "Water and schools: the long report" });
  expect(file.code.length).toBeGreaterThan(8_000);
  const questions = await questionsOfCode(file.code);

  const studentPage = await people.open("student");
  const play = new PlayPage(studentPage);
  await play.openFile(path);
  await expect(studentPage.getByRole("heading", { level: 1 })).toContainText("Water and schools: the long report");
  await studentPage.getByRole("button", { name: "Show article" }).click();
  const text = longArticle(10_000);
  await expect(studentPage.getByRole("complementary", { name: "Article text" })).toContainText(text.slice(0, 80));
  // Answer the first question: the quiz runs like any other.
  const first = questions[0]!;
  await expect(studentPage.getByRole("heading", { level: 2, name: first.prompt, exact: true })).toBeVisible();

  // A file that is not a quiz gets a message, and the control to try again.
  await studentPage.goto("/play/");
  await studentPage
    .getByLabel("Open a quiz file")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') });
  await expect(play.alert).toHaveText(/not an Evidence Reader quiz file/);
  await expect(studentPage.getByRole("heading", { level: 1, name: "This quiz file doesn’t work" })).toBeVisible();
});
