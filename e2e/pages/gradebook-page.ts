import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** The teacher's gradebook. */
export class GradebookPage {
  readonly paste: Locator;
  readonly addResults: Locator;
  readonly outcomes: Locator;

  constructor(readonly page: Page) {
    this.paste = page.getByLabel(/^Paste the result links or codes/);
    this.addResults = page.getByRole("button", { name: "Add results" });
    this.outcomes = page.getByRole("list", { name: "What happened to each link" }).getByRole("listitem");
  }

  async goto(): Promise<void> {
    await this.page.goto("/gradebook/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
    await expect(this.addResults).toBeVisible();
  }

  async add(text: string): Promise<void> {
    await this.paste.fill(text);
    await this.addResults.click();
    await expect(this.outcomes.first()).toBeVisible();
  }

  quiz(title: string): Locator {
    return this.page.getByRole("article").filter({ has: this.page.getByRole("heading", { level: 2, name: title, exact: true }) });
  }

  students(title: string): Locator {
    return this.page.getByRole("region", { name: `Students’ scores for ${title}` });
  }

  /** The score cell of a student's row, e.g. "11 / 11". */
  score(title: string, name: string): Locator {
    return this.students(title).getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) }).getByRole("cell").first();
  }

  items(title: string): Locator {
    return this.page.getByRole("list", { name: `Questions of ${title}, most missed first` }).getByRole("listitem");
  }

  async downloadCsv(title: string): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.quiz(title).getByRole("button", { name: "Download CSV" }).click();
    return download;
  }
}
