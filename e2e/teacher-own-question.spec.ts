/**
 * A teacher writes their own multiple-choice question: the form asks for
 * what a question needs, says which field is wrong and stops saying it once
 * fixed, and "Create link" with the question still unsaved asks first.
 * On 127.0.0.1 the share panel says students' devices cannot open the link.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";

const PROMPT = "Which city hosted the closing ceremony?";

test("writing an own question: exact problems, cleared when fixed, and no link without it unasked", async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  await page.getByRole("button", { name: "Add a question" }).click();
  const form = page.getByRole("form", { name: "Write your own question" });
  await expect(form.getByRole("textbox", { name: /^Option [A-Z]$/ })).toHaveCount(3);
  await form.getByLabel("Question", { exact: true }).fill(PROMPT);

  // Leaving the question unsaved: the link would not have it, so the builder asks.
  await builder.createLink.click();
  const dialog = page.getByRole("dialog", { name: "Create the link without your unsaved changes?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("the question you are writing");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(builder.quizLink).toBeHidden();

  await form.getByRole("button", { name: "Add question" }).click();
  const problems = form.getByRole("alert");
  await expect(problems).toContainText("Write at least two options.");
  await expect(problems).toContainText("Choose the right answer.");
  await expect(problems).toContainText("Pick the sentence in the article that proves the answer.");

  // Each fix takes its problem away at once; an option field added and left empty is left out, not refused.
  await form.getByRole("textbox", { name: "Option A" }).fill("Shanghai");
  await form.getByRole("textbox", { name: "Option B" }).fill("Wuhan");
  await expect(problems).not.toContainText("Write at least two options.");
  await expect(problems).toContainText("Write at least 3 options");
  await form.getByRole("button", { name: "Add an option" }).click();
  await form.getByRole("textbox", { name: "Option C" }).fill("Nanjing");
  await expect(problems).not.toContainText("Write at least 3 options");
  await form.getByRole("radio", { name: "Option A is the right answer" }).check();
  await expect(problems).not.toContainText("Choose the right answer.");
  const select = form.getByLabel("Sentence that proves the answer");
  await select.selectOption(
    (await select.locator("option").filter({ hasText: "At the closing ceremony" }).first().getAttribute("value")) ??
      "-1",
  );
  await expect(problems).toBeHidden();

  await form.getByRole("button", { name: "Add question" }).click();
  const added = builder.preview
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: PROMPT }) });
  await expect(added).toBeVisible();
  await expect(added.getByText("Nanjing")).toBeVisible();

  // Nothing unsaved now: the link is made at once, with the note about this computer's address.
  await builder.createLink.click();
  await expect(builder.quizLink).toBeVisible();
  await expect(
    page.getByText("an address only this computer can reach: students’ devices cannot open this link"),
  ).toBeVisible();
});
