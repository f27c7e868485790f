/**
 * The builder's printouts, as Chromium prints them: the answer key shows
 * every answer and its evidence, the worksheet shows the questions with
 * lines for a name and date but no answers, and neither shows the site.
 */
import { writeFile } from "node:fs/promises";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";

test("the answer key prints the answers and the worksheet prints none", async ({ page }, testInfo) => {
  // window.print() would open a dialog in a headed browser; count the calls instead.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const builder = new BuilderPage(page);
  await builder.goto();
  await builder.title.fill("Printed quiz");
  await builder.classLabel.fill("Period 5");
  const key = page.getByRole("region", { name: "Answer key for printing" });
  const sheet = page.getByRole("region", { name: "Student worksheet for printing" });

  // On screen neither printout shows.
  await page.getByRole("button", { name: "Print answer key" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(key).toBeHidden();

  await page.emulateMedia({ media: "print" });
  await expect(key).toBeVisible();
  await expect(builder.preview).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(key.getByRole("heading", { name: "Printed quiz" })).toBeVisible();
  await expect(key.getByText("Period 5 · Article:")).toBeVisible();
  // Whatever prints with a right answer marked on it (the preview, hidden in print, holds marks too).
  const printedMarks = page.getByText(/✓ Right|\(right answer\)/).filter({ visible: true });
  expect(await printedMarks.count()).toBeGreaterThan(0);
  expect(await key.getByText(/^Answer:|✓ Right/).count()).toBeGreaterThanOrEqual(10);
  await expect(key.getByText(/^Evidence:/).first()).toBeVisible();
  // Typed answers (fill in the blank, numbers) as the key prints them.
  const typedAnswers = (await key.locator("dt:text-is('Answer:') + dd").allInnerTexts()).map((t) => t.trim());
  expect(typedAnswers.length).toBeGreaterThan(0);
  const keyPdf = await page.pdf({ format: "A4", printBackground: true });
  await testInfo.attach("answer-key.pdf", { body: keyPdf, contentType: "application/pdf" });
  const keyPng = await page.screenshot({ fullPage: true });
  await testInfo.attach("answer-key.png", { body: keyPng, contentType: "image/png" });
  // Kept in the test's output folder to look at.
  await writeFile(testInfo.outputPath("answer-key.pdf"), keyPdf);
  await writeFile(testInfo.outputPath("answer-key.png"), keyPng);
  expect(keyPdf.subarray(0, 5).toString()).toBe("%PDF-");

  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print student worksheet" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(sheet).toBeVisible();
  await expect(key).toHaveCount(0);
  await expect(sheet.getByLabel("Name")).toBeVisible();
  await expect(sheet.getByLabel("Date")).toBeVisible();
  await expect(sheet.getByText(/✓ Right|\(right answer\)|^Evidence:|Also accepted/)).toHaveCount(0);
  // Where the key prints a typed answer, the worksheet prints an empty line.
  const lines = await sheet.getByText(/^Answer:/).allInnerTexts();
  expect(lines.length).toBeLessThanOrEqual(typedAnswers.length);
  const answers = typedAnswers.map((a) => a.split("\n")[0]!.replace(/ \D+$/, "")).filter((a) => a.length > 0);
  for (const line of lines) for (const answer of answers) expect(line, "a worksheet answer line").not.toContain(answer);
  await expect(printedMarks).toHaveCount(0);
  const sheetPdf = await page.pdf({ format: "A4", printBackground: true });
  await testInfo.attach("worksheet.pdf", { body: sheetPdf, contentType: "application/pdf" });
  const sheetPng = await page.screenshot({ fullPage: true });
  await testInfo.attach("worksheet.png", { body: sheetPng, contentType: "image/png" });
  await writeFile(testInfo.outputPath("worksheet.pdf"), sheetPdf);
  await writeFile(testInfo.outputPath("worksheet.png"), sheetPng);
  expect(sheetPdf.length).toBeGreaterThan(5_000);
});
