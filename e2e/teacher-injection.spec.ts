/**
 * Whatever a teacher or a student types (titles, class labels, questions,
 * options, names) and whatever a link carries is shown as text: nothing
 * runs. A payload that ran would set window.__pwned or open a dialog.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { PlayPage } from "./pages/play-page";
import { questionsOfLink } from "./support/shared-quiz";

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1;alert(1)">`,
  `<script>window.__pwned=1</script>`,
  `"><svg onload=window.__pwned=1>`,
  `javascript:window.__pwned=1`,
];
const TITLE = `Quiz ${PAYLOADS[0]}`;
const CLASS = PAYLOADS[1]!;
const PROMPT = `Which ${PAYLOADS[2]} is right?`;
const NAME = `Eve ${PAYLOADS[0]}`;

async function expectNothingRan(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator("main img[src='x'], main svg[onload], main script")).toHaveCount(0);
}

test("script payloads typed into every field and put into links are shown as text and never run", async ({
  people,
}) => {
  // Three people and many pages in one scenario: more than the default 30 s on a 2-core machine.
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const teacherPage = await people.open("teacher");
  teacherPage.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.title.fill(TITLE);
  await builder.classLabel.fill(CLASS);
  await builder.onlyTypedAndChosen();
  await builder.editPrompt(1, PROMPT);
  await builder.addShortAnswer(`Who wrote ${PAYLOADS[3]}?`, PAYLOADS[1]!, "At the closing ceremony", PAYLOADS[2]);
  await expect(builder.preview.getByRole("heading", { level: 3, name: PROMPT })).toBeVisible();
  await expect(builder.preview.getByText(PAYLOADS[1]!, { exact: true })).toBeVisible();
  await expectNothingRan(teacherPage);
  const link = await builder.makeLink();

  const studentPage = await people.open("student");
  studentPage.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const play = new PlayPage(studentPage);
  await play.open(link);
  await expect(studentPage.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(studentPage.getByText(`Quiz from your teacher · ${CLASS}`)).toBeVisible();
  const questions = await questionsOfLink(link);
  await play.takeQuiz(questions, true);
  await expect(studentPage.getByRole("heading", { level: 3, name: `Who wrote ${PAYLOADS[3]}?` })).toBeVisible();
  const resultLink = await play.getResultLink(NAME);
  await expectNothingRan(studentPage);

  // Payloads in the link itself (a hostile fragment) and in the paste box.
  await studentPage.goto(`/play/#q=${encodeURIComponent(PAYLOADS[0]!)}`);
  await expect(play.alert).toBeVisible();
  await expectNothingRan(studentPage);

  const gradebook = new GradebookPage(teacherPage);
  await gradebook.goto();
  // (Pasted before the link: a line that does not start a link is read as the wrapped end of the one above.)
  await gradebook.add(`${PAYLOADS.join("\n")}\n${resultLink}`);
  await expect(gradebook.outcomes.last()).toHaveText(`Added: ${NAME}’s result for “${TITLE}”.`);
  await expect(gradebook.outcomes.filter({ hasText: "Refused" }).first()).toBeVisible();
  await expect(gradebook.students(TITLE).getByRole("rowheader", { name: NAME, exact: true })).toBeVisible();
  await expectNothingRan(teacherPage);

  await teacherPage.goto(`/gradebook/#r=${encodeURIComponent(PAYLOADS[2]!)}`);
  await expect(gradebook.outcomes.first()).toContainText("Refused");
  await expectNothingRan(teacherPage);
  expect(dialogs).toEqual([]);
});
