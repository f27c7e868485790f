import { expect, type Locator, type Page } from "@playwright/test";

/** /articles/new/: a teacher pastes an article, finds its facts and checks them. */
export class NewArticlePage {
  readonly text: Locator;
  readonly title: Locator;
  readonly source: Locator;
  readonly file: Locator;
  readonly findFacts: Locator;
  readonly cancel: Locator;
  readonly progress: Locator;
  readonly problem: Locator;
  readonly reviewHeading: Locator;
  readonly buildQuiz: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole("textbox", { name: "Article text" });
    this.title = page.getByRole("textbox", { name: /^Title/ });
    this.source = page.getByRole("textbox", { name: /^Source/ });
    this.file = page.getByLabel(/^Or choose a file/);
    this.findFacts = page.getByRole("button", { name: "Find the facts" });
    this.cancel = page.getByRole("button", { name: "Cancel" });
    this.progress = page.getByRole("progressbar", { name: /Finding the facts/ });
    this.problem = page.locator("#paste-problem");
    this.reviewHeading = page.getByRole("heading", { level: 2, name: /Check the facts/ });
    this.buildQuiz = page.getByRole("link", { name: "Build the quiz" }).first();
  }

  async goto(): Promise<void> {
    await this.page.goto("/articles/new/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Use your own article" })).toBeVisible();
    await expect(this.findFacts).toBeVisible();
  }

  /** Pastes the text (and a title) and asks for its facts, without waiting for the outcome. */
  async submit(text: string, title = ""): Promise<void> {
    await this.text.fill(text);
    await this.title.fill(title);
    await this.findFacts.click();
  }

  /** Pastes, finds the facts and waits for the review. */
  async extract(text: string, title = "", timeout = 30_000): Promise<void> {
    await this.submit(text, title);
    await expect(this.reviewHeading).toBeVisible({ timeout });
  }

  group(name: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  /** The speaker chooser of the quotation whose text contains `words`. */
  speakerOf(words: string): Locator {
    return this.group("Quotations").getByRole("listitem").filter({ hasText: words }).getByRole("combobox", { name: /^Who said it/ });
  }

  async removePerson(name: string): Promise<void> {
    await this.group("People").getByRole("button", { name: `Remove ${name}`, exact: true }).click();
    await expect(this.group("People").getByRole("button", { name: `Remove ${name}`, exact: true })).toHaveCount(0);
  }

  async correctPerson(name: string, fields: { name?: string; shortName?: string; role?: string }): Promise<void> {
    await this.group("People").getByRole("button", { name: `Correct ${name}`, exact: true }).click();
    const form = this.page.getByRole("form", { name: `Correct ${name}` });
    if (fields.name !== undefined) await form.getByLabel("Full name").fill(fields.name);
    if (fields.shortName !== undefined) await form.getByLabel("Short name (optional)").fill(fields.shortName);
    if (fields.role !== undefined) await form.getByLabel("Role (optional)").fill(fields.role);
    await form.getByRole("button", { name: "Save correction" }).click();
  }
}
