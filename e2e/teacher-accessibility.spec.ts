/**
 * The builder, a shared quiz (while answering and at its results) and the
 * gradebook pass axe's WCAG 2.0/2.1 A and AA rules, in light and dark.
 */
import { expect, test } from "./teacher-fixtures";
import { expectNoViolations } from "./support/axe";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { PlayPage } from "./pages/play-page";
import { questionsOfLink } from "./support/shared-quiz";

for (const colorScheme of ["light", "dark"] as const) {
  test(`builder, play and gradebook pages have no axe violations in ${colorScheme}`, async ({ people }) => {
    // Eight axe runs over three people's pages: more than the default 30 s on a 2-core machine.
    test.setTimeout(120_000);
    const teacherPage = await people.open("teacher", { colorScheme });
    const builder = new BuilderPage(teacherPage);
    await builder.goto();
    await expectNoViolations(teacherPage, "builder");
    await teacherPage.getByRole("button", { name: "Edit question 1", exact: true }).click();
    await expectNoViolations(teacherPage, "builder with the edit form open");
    await teacherPage.getByRole("form", { name: "Edit question" }).getByRole("button", { name: "Cancel" }).click();
    await teacherPage.getByRole("button", { name: "Add a question" }).click();
    // Submitting it empty lists what is missing.
    const add = teacherPage.getByRole("form", { name: "Write your own question" });
    await add.getByRole("button", { name: "Add question" }).click();
    await expect(add.getByRole("alert")).toContainText("Write the question.");
    await expectNoViolations(teacherPage, "builder with the add form and its problems");
    await add.getByRole("button", { name: "Cancel" }).click();
    // Chosen and typed questions only, so the student below can answer every one.
    await builder.onlyTypedAndChosen();
    const link = await builder.makeLink();
    await expectNoViolations(teacherPage, "builder with link and QR code");

    const studentPage = await people.open("student", { colorScheme });
    const play = new PlayPage(studentPage);
    await play.open(link);
    await expectNoViolations(studentPage, "play");
    await studentPage.getByRole("button", { name: "Show article" }).click();
    await expectNoViolations(studentPage, "play with the article open");
    await play.takeQuiz(await questionsOfLink(link), false);
    await play.getResultLink("Sam");
    await expectNoViolations(studentPage, "play results with the result link");
    await teacherPage.goto(await play.resultLink.inputValue());
    await expect(new GradebookPage(teacherPage).outcomes.first()).toContainText("Added");
    await expectNoViolations(teacherPage, "gradebook");
    await studentPage.goto("/play/#q=1.broken");
    await expect(play.alert).toBeVisible();
    await expectNoViolations(studentPage, "play with a broken link");
  });
}
