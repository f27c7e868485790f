/**
 * A teacher pastes a story, adds a quotation the app missed by selecting
 * its words in the text, corrects a claim, removes a person by mistake and
 * undoes it, then builds a quiz that asks who said the added quotation.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { NewArticlePage } from "./pages/new-article-page";
import { PIER_STORY, PIER_TITLE } from "./support/pasted-article";
import { questionsOfLink } from "./support/shared-quiz";
import { describeAnswer } from "../lib/quiz";

const MISSED = "We will have the ferry running again by the first week of May";

test("a teacher adds a missed quotation from the text, corrects a claim, undoes a removal and gets a question on the quotation", async ({
  people,
}) => {
  test.setTimeout(120_000);
  const page = await people.open("teacher");
  const paste = new NewArticlePage(page);
  await paste.goto();
  await paste.extract(PIER_STORY, PIER_TITLE);

  // The least certain facts come first, with what the app noticed.
  await expect(paste.checkFirst.getByRole("listitem").first()).toContainText("Dates and times: May");
  await expect(paste.checkFirst.getByRole("listitem").first()).toContainText(
    "Not asked in the quiz until you confirm or correct it.",
  );

  // The app did not read the quotation in single quotation marks.
  await expect(paste.group("Quotations")).not.toContainText(MISSED);

  // Selected with the mouse, with its quotation marks and comma: the fact keeps the words only.
  await paste.selectInArticle(`‘${MISSED},’`);
  await expect(paste.addFactForm.getByLabel("Words", { exact: true })).toHaveValue(`‘${MISSED},’`);
  await expect(paste.addFactForm.getByText("It will point to:")).toBeVisible();
  await paste.addFact("Quotation");
  await expect(paste.addFactForm.getByRole("alert")).toHaveText(
    "Choose who said it. If they are not in the list of people, add them first as a person.",
  );
  // Nothing typed is lost: the words are still there; choosing the speaker is enough.
  await expect(paste.addFactForm.getByLabel("Words", { exact: true })).toHaveValue(`‘${MISSED},’`);
  await paste.addFact("Quotation", { "Who said it": "Ines Carvalho" });
  const added = paste.fact("Quotations", MISSED);
  await expect(added).toBeFocused();
  await expect(added.locator("mark")).toHaveText(MISSED);
  await expect(paste.speakerOf(MISSED).locator("option:checked")).toHaveText("Ines Carvalho");
  await expect(paste.announcement).toHaveText(/^Added quotation \d+ to Quotations\.$/);
  await expect(paste.addFactForm.getByLabel("Words", { exact: true })).toHaveValue("");

  // Typed words (the keyboard way) that are part of a fact already listed are refused, saying why.
  await paste.addFactForm.getByLabel("Words", { exact: true }).fill("Lindqvist");
  await paste.addFact("Person");
  await expect(paste.addFactForm.getByRole("alert")).toHaveText(
    "“Lindqvist” is already listed under People as “Peter Lindqvist”. Correct that fact instead.",
  );

  // A claim is corrected like any other fact.
  const claim = paste.fact("Claims", "Tomas Berg said two of the oldest pilings had cracked in the storm");
  await expect(claim).toBeVisible();
  const form = await paste.correct("Claims", "claim 2", {
    "What the article says about them": "Tomas Berg said two of the oldest pilings had cracked",
  });
  await expect(form.getByRole("alert")).toHaveText("Leave out the name: write only what comes after “Tomas Berg”.");
  await form.getByLabel("What the article says about them").fill("said two of the oldest pilings had cracked");
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(form).toHaveCount(0);
  await expect(paste.group("Claims").getByRole("button", { name: "Correct claim 2", exact: true })).toBeFocused();
  await expect(paste.fact("Claims", "Tomas Berg said two of the oldest pilings had cracked")).not.toContainText(
    "in the storm Tomas",
  );

  // Removing Nora Steen removes her quotation too; Undo brings both back and says so.
  await paste.removePerson("Nora Steen");
  await expect(paste.group("Quotations")).not.toContainText("Nobody on Tern Island will be cut off");
  await expect(paste.lastChange).toHaveText(
    /^Last change: Removed Nora Steen, and 1 quotation, claim or view that depended on it\./,
  );
  await paste.undo.click();
  await expect(paste.announcement).toHaveText(
    "Undone: Removed Nora Steen, and 1 quotation, claim or view that depended on it.",
  );
  await expect(paste.undo).toBeFocused();
  await expect(paste.fact("People", "Nora Steen")).toBeVisible();
  await expect(paste.group("Quotations")).toContainText("Nobody on Tern Island will be cut off");
  // The changes before it stay: the claim and the added quotation.
  await expect(paste.lastChange).toHaveText(/^Last change: Corrected claim 2\./);
  await expect(paste.fact("Quotations", MISSED)).toBeVisible();

  // A reload keeps the added fact.
  await page.reload();
  await expect(paste.reviewHeading).toBeVisible();
  await expect(paste.speakerOf(MISSED).locator("option:checked")).toHaveText("Ines Carvalho");

  // The quiz asks who said it, with its sentence as the proof.
  await paste.buildQuiz.click();
  const builder = new BuilderPage(page);
  await builder.waitForPreview();
  for (const kind of [
    "Multiple choice",
    "True or false",
    "Fill in the blank",
    "Number",
    "Put in order",
    "Main idea",
    "Was it in the article?",
    "Why?",
    "Who thinks what",
    "Word meaning",
    "Matching",
  ]) {
    if (await builder.kind(kind).count()) await builder.kind(kind).uncheck();
  }
  const prompt = `Who said “${MISSED}”?`;
  await expect(
    builder.preview.getByRole("heading", { level: 3, name: new RegExp(prompt.replace(/[?]/g, "\\?")) }),
  ).toBeVisible();
  const questions = await questionsOfLink(await builder.makeLink());
  const asked = questions.find((q) => q.prompt === prompt);
  expect(asked && describeAnswer(asked)).toEqual(["Ines Carvalho"]);
  expect(asked && PIER_STORY.slice(asked.evidence[0]!.start, asked.evidence[0]!.end)).toBe(
    `‘${MISSED},’ Carvalho told the town's radio station.`,
  );
});
