/**
 * On a school intranet served over plain http, or in a browser that refuses
 * the clipboard, "Copy link" cannot copy: it selects the whole link instead
 * and says how to copy it, and moving to the field by keyboard selects it too.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";

test("without a clipboard, Copy link selects the whole link and says how to copy it", async ({ people }) => {
  const teacherPage = await people.open("teacher");
  await teacherPage.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
  });
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.createLink.click();
  await expect(builder.quizLink).toHaveValue(/\/play\/#q=/);
  const link = await builder.quizLink.inputValue();
  const selected = () =>
    builder.quizLink.evaluate((field: HTMLTextAreaElement) =>
      field.value.slice(field.selectionStart, field.selectionEnd),
    );

  await teacherPage.getByRole("button", { name: "Copy link" }).click();
  await expect(teacherPage.getByRole("status").filter({ hasText: "Selected: press Ctrl+C" })).toBeVisible();
  await expect(builder.quizLink).toBeFocused();
  expect(await selected()).toBe(link);

  // Leaving the field and coming back by keyboard selects the whole link again.
  await builder.quizLink.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(0, 0));
  await teacherPage.keyboard.press("Tab");
  await teacherPage.keyboard.press("Shift+Tab");
  await expect(builder.quizLink).toBeFocused();
  expect(await selected()).toBe(link);
});
