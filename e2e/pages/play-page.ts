import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/quiz/types";
import { QuizPage } from "./quiz-page";

/** A student taking a quiz their teacher shared. */
export class PlayPage {
  readonly main: Locator;
  readonly alert: Locator;
  readonly score: Locator;
  readonly name: Locator;
  readonly resultLink: Locator;
  readonly resultCode: Locator;
  readonly resultQr: Locator;
  readonly sendToTeacher: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.alert = this.main.getByRole("alert");
    this.score = page.getByTestId("score");
    this.name = page.getByLabel("Your name");
    this.resultLink = page.getByLabel("Result link");
    this.resultCode = page.getByLabel("Or just the code");
    this.resultQr = page.getByRole("img", {
      name: "QR code of your result link, for your teacher to scan",
      exact: true,
    });
    this.sendToTeacher = page.getByRole("button", { name: "Send to my teacher" });
  }

  /** Opens /play/ without a link and picks the quiz file the teacher sent. */
  async openFile(path: string): Promise<void> {
    await this.page.goto("/play/");
    await this.page.getByLabel("Open a quiz file").setInputFiles(path);
    await expect(this.main.getByText("Quiz from your teacher")).toBeVisible();
  }

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.main.getByText("Quiz from your teacher")).toBeVisible();
  }

  /** Answers the question on screen (which must be `question`) right or wrong, checks it and goes on. */
  async answer(question: Question, correctly: boolean): Promise<void> {
    await expect(this.main.getByRole("heading", { level: 2, name: question.prompt, exact: true })).toBeVisible();
    // The same question card as on an article's own quiz: answered the same way, any kind.
    await new QuizPage(this.page).answer(question, { correctly });
    await this.main.getByRole("button", { name: "Check answer" }).click();
    await expect(this.main.getByText(correctly ? /^✓\s*Correct$/ : /^✗\s*Not quite$/)).toBeVisible();
    await this.main.getByRole("button", { name: /^(Next question|See results)$/ }).click();
  }

  /** Feedback only at the end: answers the question on screen and saves it, no verdict expected. */
  async answerAndSave(question: Question, correctly: boolean, isLast: boolean): Promise<void> {
    await expect(this.main.getByRole("heading", { level: 2, name: question.prompt, exact: true })).toBeVisible();
    await new QuizPage(this.page).answer(question, { correctly });
    await this.main.getByRole("button", { name: isLast ? "Save and finish" : "Save and go on" }).click();
  }

  /**
   * Everything the page tells a sighted or a screen-reader user: its text
   * (visually hidden live regions included) and the names and values given
   * in ARIA attributes. Scripts are left out: they are not shown.
   */
  async everythingSaid(): Promise<string> {
    return this.page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll("script, style, template").forEach((node) => node.remove());
      const aria = Array.from(document.body.querySelectorAll("*")).flatMap((el) =>
        ["aria-label", "aria-valuetext", "aria-description", "title"].map((name) => el.getAttribute(name) ?? ""),
      );
      return [body.textContent ?? "", ...aria].join("\n");
    });
  }

  async takeQuiz(questions: Question[], correctly: boolean): Promise<void> {
    for (const question of questions) await this.answer(question, correctly);
    await expect(this.score).toHaveText(`${correctly ? questions.length : 0} / ${questions.length}`);
  }

  async getResultLink(name: string): Promise<string> {
    await this.name.fill(name);
    await this.page.getByRole("button", { name: "Get my result link" }).click();
    await expect(this.page.getByText("Nothing is sent anywhere:")).toBeVisible();
    return this.resultLink.inputValue();
  }
}
