/**
 * Personal links: the teacher pastes a class of three and sends two of the
 * links; each student types some name; the gradebook files both results
 * under the class-list names, shows who has not sent one, and flags a
 * result re-sent with a made-up token.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { PlayPage } from "./pages/play-page";
import { questionsOfLink } from "./support/shared-quiz";
import { expectNoViolations } from "./support/axe";
import { decodeResultCode, encodeResultCode } from "../lib/share/result-code";

const TITLE = "Personal links check";

test("results from personal links are filed under the class list's names", async ({ people }) => {
  test.setTimeout(120_000);
  const teacherPage = await people.open("teacher", { permissions: ["clipboard-read", "clipboard-write"] });
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.title.fill(TITLE);
  await builder.onlyTypedAndChosen();
  const link = await builder.makeLink();
  await builder.makePersonalLinks("Ana Lima\n\n  Ben Okafor \nChloé Martin\nAna Lima\n");
  await expect(teacherPage.getByText("3 personal links ready.")).toBeVisible();
  await expect(teacherPage.getByText(/Left out as repeated .*: Ana Lima\./)).toBeVisible();
  await expectNoViolations(teacherPage, "personal links in the share panel");

  await teacherPage.getByRole("button", { name: "Copy Ana Lima’s link" }).click();
  const anaLink = await teacherPage.evaluate(() => navigator.clipboard.readText());
  await teacherPage.getByRole("button", { name: "Copy Ben Okafor’s link" }).click();
  await expect.poll(() => teacherPage.evaluate(() => navigator.clipboard.readText())).not.toBe(anaLink);
  const benLink = await teacherPage.evaluate(() => navigator.clipboard.readText());
  expect(anaLink).toMatch(new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}&t=[A-Za-z0-9_-]{11}$`));
  expect(benLink).not.toBe(anaLink);
  await expect(builder.personalLink("Ben Okafor")).toHaveValue(benLink);

  // A reload keeps the list and its links.
  await teacherPage.reload();
  await expect(builder.personalLink("Ana Lima")).toHaveValue(anaLink);

  const questions = await questionsOfLink(link);
  const anaPage = await people.open("Ana");
  const ana = new PlayPage(anaPage);
  await ana.open(anaLink);
  await ana.takeQuiz(questions, true);
  await anaPage.reload();
  const anaResult = await ana.getResultLink("Ana");
  expect(anaResult).toMatch(/#r=R2\./);

  const benPage = await people.open("Ben");
  const ben = new PlayPage(benPage);
  await ben.open(benLink);
  await ben.takeQuiz(questions, false);
  const benResult = await ben.getResultLink("Benny O.");

  const gradebook = new GradebookPage(teacherPage);
  await gradebook.goto();
  await gradebook.add(`${anaResult}\n${benResult}`);
  await expect(gradebook.outcomes).toHaveText([
    `Added: Ana Lima’s result for “${TITLE}” (sent as “Ana”).`,
    `Added: Ben Okafor’s result for “${TITLE}” (sent as “Benny O.”).`,
  ]);
  const students = gradebook.students(TITLE);
  await expect(students.getByRole("rowheader", { name: /^Ana Lima/ })).toContainText("typed “Ana”");
  await expect(students.getByRole("rowheader", { name: /^Ben Okafor/ })).toContainText("typed “Benny O.”");
  const missing = gradebook.quiz(TITLE).getByRole("list", { name: `Not submitted yet for ${TITLE}` });
  await expect(missing.getByRole("listitem")).toHaveText(["Chloé Martin"]);
  // (A test student answers faster than a person reads, so "too fast" may be flagged; no token flag is.)
  await expect(students).not.toContainText(/personal link|personal-link/);

  // Ben's result again, with a made-up token and a correct checksum: filed as typed, and flagged.
  const decoded = await decodeResultCode(benResult.split("#r=")[1]!);
  if (!decoded.ok || decoded.value.v !== 2) throw new Error("expected an R2 result");
  const forged = await encodeResultCode({ ...decoded.value, name: "Chloé Martin", token: "AAAAAAAAAAA" });
  await gradebook.add(forged);
  const forgedRow = students
    .getByRole("row")
    .filter({ has: teacherPage.getByRole("rowheader", { name: "Chloé Martin" }) });
  await expect(forgedRow).toContainText("personal-link token is on nobody’s line of the class list");
  await expect(missing.getByRole("listitem")).toHaveText(["Chloé Martin"]);
  await expectNoViolations(teacherPage, "gradebook with a class list");
});
