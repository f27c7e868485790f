/**
 * A teacher who prints the builder with the browser's own Print (Ctrl+P)
 * rather than its buttons still gets the answer key, not a blank page: the
 * printouts are rendered only when printing, so the builder opens faster.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";

test("the browser's own Print gives the answer key", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  await builder.title.fill("Printed from the browser");
  const key = page.getByRole("region", { name: "Answer key for printing" });
  await expect(key).toHaveCount(0);

  // What Chromium does before it lays the page out for printing.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(key).toBeVisible();
  await expect(key.getByRole("heading", { name: "Printed from the browser" })).toBeVisible();
  await expect(key.getByRole("listitem").first()).toBeVisible();
  await expect(builder.preview).toBeHidden();
});
