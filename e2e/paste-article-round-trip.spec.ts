/**
 * The "done when": a teacher pastes an article, fixes a wrong fact,
 * shares the quiz, and a student on another computer takes it and meets
 * the corrected fact; the teacher's gradebook scores the result.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { NewArticlePage } from "./pages/new-article-page";
import { PlayPage } from "./pages/play-page";
import { HARBOR_STORY, HARBOR_TITLE } from "./support/pasted-article";
import { describeAnswer } from "../lib/quiz";
import { questionsOfLink } from "./support/shared-quiz";

test("a teacher pastes an article, corrects a wrong role, shares; a student takes the quiz with the corrected fact", async ({
  people,
}) => {
  test.setTimeout(120_000);
  const teacherPage = await people.open("teacher");
  const paste = new NewArticlePage(teacherPage);
  await paste.goto();
  await paste.extract(HARBOR_STORY, HARBOR_TITLE);
  await expect(teacherPage.getByRole("heading", { level: 2, name: new RegExp(HARBOR_TITLE) })).toBeVisible();
  // Keyboard and screen-reader users land on the review, not back at the top of the page.
  await expect(paste.reviewHeading).toBeFocused();
  await expect(paste.group("People").getByRole("listitem").filter({ hasText: "Maria Okafor" })).toContainText(
    "director",
  );
  // The evidence is marked in the sentence it was found in.
  await expect(paste.group("People").locator("mark").filter({ hasText: "Daniel Reyes" })).toBeVisible();

  // Before a role the extractor takes a lone body's name ("Council member") but not a longer one, so it reads
  // Brooks's role as "member": the teacher corrects it. A role the article does not give is refused.
  const brooks = paste.group("People").getByRole("listitem").filter({ hasText: "Helen Brooks" });
  // The first line: name · role · ...; the sentence below it says "City Council member" whatever was extracted.
  const brooksFacts = brooks.locator("p").first();
  await expect(brooksFacts).toHaveText(/^Helen Brooks · member\b/);
  await paste.correctPerson("Helen Brooks", { role: "mayor" });
  const form = teacherPage.getByRole("form", { name: "Correct Helen Brooks" });
  await expect(form.getByRole("alert")).toContainText("does not say “mayor”");
  await form.getByLabel("Role (optional)").fill("City Council member");
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(form).toHaveCount(0);
  await expect(brooksFacts).toContainText("· City Council member");
  // And a quotation's speaker is one of the people, chosen from a list.
  await expect(paste.speakerOf("We counted 12 kinds of fish").locator("option:checked")).toHaveText("Daniel Reyes");

  // A reload keeps the corrections.
  await teacherPage.reload();
  await expect(paste.reviewHeading).toBeVisible();
  await expect(
    paste.group("People").getByRole("listitem").filter({ hasText: "Helen Brooks" }).locator("p").first(),
  ).toContainText("· City Council member");

  await paste.buildQuiz.click();
  const builder = new BuilderPage(teacherPage);
  await builder.waitForPreview();
  await builder.title.fill("Floating classroom: who is who?");
  // Matching people to their roles only: the corrected role is one of the pairs.
  for (const kind of [
    "Multiple choice",
    "Who said it",
    "True or false",
    "Fill in the blank",
    "Number",
    "Put in order",
    "Main idea",
    "Was it in the article?",
    "Why?",
    "Who thinks what",
    "Word meaning",
  ]) {
    if (await builder.kind(kind).count()) await builder.kind(kind).uncheck();
  }
  const skills = teacherPage.getByRole("group", { name: "Skills" });
  for (const skill of [
    "Key details",
    "Quotations",
    "Numbers",
    "Claims",
    "Main idea",
    "Cause and effect",
    "Speakers' views",
    "Vocabulary",
  ]) {
    if (await skills.getByRole("checkbox", { name: skill, exact: true }).count())
      await skills.getByRole("checkbox", { name: skill, exact: true }).uncheck();
  }
  await expect(builder.preview.getByText("Helen Brooks → City Council member")).toBeVisible();
  const link = await builder.makeLink();
  // A pasted article's link carries its text and the questions (format 3, no article name in front).
  expect(link).toMatch(/\/play\/#q=4\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(link.length).toBeLessThan(8_000);
  // A QR code only for links a classroom camera can read (2,000 characters); the quiz file is offered too.
  if (link.length <= 2_000) await expect(builder.qrCode).toBeVisible();
  else await expect(teacherPage.getByText(/^No QR code: this link is too long/)).toBeVisible();
  await expect(teacherPage.getByRole("button", { name: "Download quiz file" })).toBeVisible();

  const questions = await questionsOfLink(link);
  expect(questions.flatMap(describeAnswer)).toContain("Helen Brooks → City Council member");

  // ---- The student, on another computer: the app has never seen this article ----
  const studentPage = await people.open("student");
  const play = new PlayPage(studentPage);
  await play.open(link);
  await expect(studentPage.getByRole("heading", { level: 1 })).toContainText("Floating classroom: who is who?");
  await expect(studentPage.getByText(`About the article “${HARBOR_TITLE}”.`)).toBeVisible();
  await play.takeQuiz(questions, true);
  // The results list the corrected fact as the right answer.
  await expect(studentPage.getByRole("main")).toContainText("City Council member");
  const resultLink = await play.getResultLink("Lucy Chen");

  // ---- The teacher grades it ----
  const gradebook = new GradebookPage(teacherPage);
  await gradebook.goto();
  await gradebook.add(resultLink);
  await expect(gradebook.outcomes).toHaveText([`Added: Lucy Chen’s result for “Floating classroom: who is who?”.`]);
  await expect(gradebook.score("Floating classroom: who is who?", "Lucy Chen")).toHaveText(
    `${questions.length} / ${questions.length}`,
  );
});
