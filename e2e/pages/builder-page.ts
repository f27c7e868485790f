import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { DRAFT_VERSION, newDraft } from "../../lib/teacher";
import { ARTICLE_SLUG } from "../support/shared-quiz";
import { article } from "../support/seed-article";

/** The teacher's quiz builder for one article. */
export class BuilderPage {
  readonly title: Locator;
  readonly classLabel: Locator;
  readonly preview: Locator;
  readonly createLink: Locator;
  readonly quizLink: Locator;
  readonly qrCode: Locator;
  readonly linkLength: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("textbox", { name: /^Title/ });
    this.classLabel = page.getByRole("textbox", { name: /^Class/ });
    this.preview = page.getByRole("region", { name: /^Preview:/ });
    this.createLink = page.getByRole("button", { name: "Create link" });
    this.quizLink = page.getByLabel("Quiz link");
    this.qrCode = page.getByRole("img", { name: "QR code for the quiz link", exact: true });
    this.linkLength = page.getByText(/^[\d,]+ characters\./);
  }

  /**
   * Opens the builder on a saved draft of the seed article with this seed, as a teacher who built it before
   * would (the builder's own seed is random). Set before the first visit; a reload keeps the teacher's changes.
   */
  async startFromDraft(seed: number): Promise<void> {
    const saved = {
      state: { drafts: { [ARTICLE_SLUG]: newDraft(article, seed) }, removed: {} },
      version: DRAFT_VERSION,
    };
    await this.page.addInitScript((value) => {
      if (!localStorage.getItem("reader:quiz-drafts")) localStorage.setItem("reader:quiz-drafts", value);
    }, JSON.stringify(saved));
  }

  async goto(slug = ARTICLE_SLUG): Promise<void> {
    await this.page.goto(`/articles/${slug}/build/`);
    await expect(this.page.getByRole("heading", { name: /^Preview: \d+ questions?$/ })).toBeVisible();
  }

  kind(name: string): Locator {
    return this.page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox", { name, exact: true });
  }

  /** Leaves out matching and ordering (dragged and chosen, not typed), so a scripted student can answer every question. */
  async onlyTypedAndChosen(): Promise<void> {
    await this.kind("Matching").uncheck();
    await this.kind("Put in order").uncheck();
  }

  option(group: "Feedback" | "Question order", name: string): Locator {
    return this.page.getByRole("group", { name: group }).getByRole("radio", { name, exact: true });
  }

  questionHeading(number: number): Locator {
    return this.preview.getByRole("heading", { level: 3, name: new RegExp(`^${number}\\.`) });
  }

  async editPrompt(number: number, prompt: string): Promise<void> {
    await this.page.getByRole("button", { name: `Edit question ${number}`, exact: true }).click();
    const form = this.page.getByRole("form", { name: "Edit question" });
    await form.getByLabel("Question", { exact: true }).fill(prompt);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(this.questionHeading(number)).toHaveText(`${number}.${prompt}`);
  }

  async addShortAnswer(prompt: string, expected: string, sentenceStartsWith: string, explanation = ""): Promise<void> {
    await this.page.getByRole("button", { name: "Add a question" }).click();
    const form = this.page.getByRole("form", { name: "Write your own question" });
    await form.getByRole("radio", { name: "Short answer" }).check();
    await form.getByLabel("Question", { exact: true }).fill(prompt);
    await form.getByLabel("Expected answer").fill(expected);
    if (explanation) await form.getByLabel(/^Why it is right/).fill(explanation);
    const select = form.getByLabel("Sentence that proves the answer");
    const value = await select.locator("option").filter({ hasText: sentenceStartsWith }).first().getAttribute("value");
    await select.selectOption(value ?? "-1");
    await form.getByRole("button", { name: "Add question" }).click();
    await expect(this.preview.getByRole("heading", { level: 3, name: prompt })).toBeVisible();
  }

  /** The builder of an article the teacher pasted (reached from the review, not by URL). */
  async waitForPreview(): Promise<void> {
    await expect(this.page.getByRole("heading", { name: /^Preview: \d+ questions?$/ })).toBeVisible();
  }

  async downloadQuizFile(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Download quiz file" }).click();
    return download;
  }

  async makeLink(): Promise<string> {
    await this.createLink.click();
    await expect(this.quizLink).toBeVisible();
    return this.quizLink.inputValue();
  }

  /** Pastes the class list under the link and makes one personal link per student. */
  async makePersonalLinks(classList: string): Promise<void> {
    await this.page.getByLabel(/^Class list/).fill(classList);
    await this.page.getByRole("button", { name: /^(Make|Update) personal links$/ }).click();
  }

  personalLink(name: string): Locator {
    return this.page.getByRole("list", { name: "Personal links, one per student" }).getByLabel(name, { exact: true });
  }
}
