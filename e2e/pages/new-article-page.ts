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
  readonly undo: Locator;
  readonly lastChange: Locator;
  readonly announcement: Locator;
  readonly checkFirst: Locator;
  readonly addFactRegion: Locator;
  readonly articleText: Locator;
  readonly addFactForm: Locator;
  readonly savedHeading: Locator;
  readonly pasteHeading: Locator;
  readonly newArticle: Locator;

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
    this.undo = page.getByRole("button", { name: "Undo", exact: true });
    this.lastChange = page.locator("#undo-last");
    this.announcement = page.getByRole("region", { name: /Check the facts/ }).locator('[aria-live="polite"]');
    this.checkFirst = page.getByRole("region", { name: /^Check these first/ });
    this.addFactRegion = page.getByRole("region", { name: "Add a fact the app missed" });
    this.articleText = this.addFactRegion.getByRole("region", { name: "Article text" });
    this.addFactForm = this.addFactRegion.getByRole("form", { name: "Add a fact" });
    this.savedHeading = page.getByRole("heading", { level: 2, name: "Your articles", exact: true });
    this.pasteHeading = page.getByRole("heading", { level: 2, name: "1. Your article", exact: true });
    this.newArticle = page.getByRole("link", { name: /^New article: paste one/ });
  }

  async goto(): Promise<void> {
    await this.page.goto("/articles/new/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Use your own article" })).toBeVisible();
    await expect(this.findFacts).toBeVisible();
  }

  /** A saved article's "Check the facts" button in the list of saved articles. */
  savedArticle(title: string): Locator {
    return this.page.getByRole("button", { name: `Check the facts of ${title}`, exact: true });
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
    return this.group("Quotations")
      .getByRole("listitem")
      .filter({ hasText: words })
      .getByRole("combobox", { name: /^Who said it/ });
  }

  /** The card of one fact, found by text it shows. */
  fact(group: string, hasText: string | RegExp): Locator {
    return this.group(group).getByRole("listitem").filter({ hasText });
  }

  /** Selects `words` in the article text with the mouse, as a teacher drags across them. */
  async selectInArticle(words: string): Promise<void> {
    const box = await this.articleText.evaluate((root, wanted) => {
      for (const p of root.querySelectorAll("p")) {
        const node = p.firstChild;
        const at = node?.textContent?.indexOf(wanted) ?? -1;
        if (!node || at < 0) continue;
        p.scrollIntoView({ block: "center" });
        const range = document.createRange();
        const rect = (start: number) => {
          range.setStart(node, start);
          range.setEnd(node, start + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left, y: r.top + r.height / 2, right: r.right };
        };
        return { first: rect(at), last: rect(at + wanted.length - 1) };
      }
      return null;
    }, words);
    if (!box) throw new Error(`not in the article text: ${words}`);
    await this.page.mouse.move(box.first.x + 1, box.first.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.last.right - 1, box.last.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Fills the add-a-fact form for the words already selected or typed, and adds the fact. */
  async addFact(kind: string, fields: Record<string, string> = {}): Promise<void> {
    await this.addFactForm.getByRole("radio", { name: kind, exact: true }).check();
    for (const [label, value] of Object.entries(fields)) {
      const field = this.addFactForm.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await this.addFactForm.getByRole("button", { name: "Add the fact" }).click();
  }

  /** Opens a fact's correction form, fills it and saves. */
  async correct(group: string, name: string, fields: Record<string, string>): Promise<Locator> {
    await this.group(group)
      .getByRole("button", { name: `Correct ${name}`, exact: true })
      .click();
    const form = this.page.getByRole("form", { name: `Correct ${name}` });
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole("button", { name: "Save correction" }).click();
    return form;
  }

  async removePerson(name: string): Promise<void> {
    await this.group("People")
      .getByRole("button", { name: `Remove ${name}`, exact: true })
      .click();
    await expect(this.group("People").getByRole("button", { name: `Remove ${name}`, exact: true })).toHaveCount(0);
  }

  async correctPerson(name: string, fields: { name?: string; shortName?: string; role?: string }): Promise<void> {
    await this.group("People")
      .getByRole("button", { name: `Correct ${name}`, exact: true })
      .click();
    const form = this.page.getByRole("form", { name: `Correct ${name}` });
    if (fields.name !== undefined) await form.getByLabel("Full name").fill(fields.name);
    if (fields.shortName !== undefined) await form.getByLabel("Short name (optional)").fill(fields.shortName);
    if (fields.role !== undefined) await form.getByLabel("Role (optional)").fill(fields.role);
    await form.getByRole("button", { name: "Save correction" }).click();
  }
}
