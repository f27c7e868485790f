import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/quiz/types";
import { Site } from "./site";

export class ResultsPage extends Site {
  readonly score: Locator;
  readonly retryMissed: Locator;
  readonly newQuiz: Locator;
  readonly seeProgress: Locator;
  readonly articlePanel: Locator;

  constructor(page: Page) {
    super(page);
    this.score = page.getByTestId("score");
    this.retryMissed = page.getByRole("button", { name: "Retry the ones I missed" });
    this.newQuiz = page.getByRole("button", { name: "New quiz" });
    this.seeProgress = page.getByRole("link", { name: "See your progress" });
    this.articlePanel = page.getByRole("complementary", { name: "Article text" });
  }

  heading(kind: "full" | "retry" = "full"): Locator {
    return this.page.getByRole("heading", { level: 2, name: kind === "retry" ? "Retry results" : "Your score" });
  }

  async expectScore(right: number, total: number, kind: "full" | "retry" = "full"): Promise<void> {
    await expect(this.heading(kind)).toBeVisible();
    await expect(this.score).toHaveText(`${right} / ${total}`);
  }

  /** The review card of the question shown at `number` (1-based). */
  review(number: number, question: Question): Locator {
    return this.page.getByRole("article", { name: `Question ${number}: ${question.prompt}`, exact: true });
  }

  async expectReviewVerdict(number: number, question: Question, correct: boolean): Promise<void> {
    await expect(
      this.review(number, question).getByText(correct ? "✓ Right" : "✗ Missed", { exact: true }),
    ).toBeVisible();
  }

  /** Opens the article beside the results with this question's evidence highlighted. */
  async showInArticle(number: number, question: Question): Promise<void> {
    const button = this.review(number, question).getByRole("button", { name: "Show in article" });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(this.articlePanel).toBeVisible();
  }

  /** The review card's own "Show in article" button. */
  showInArticleButton(number: number, question: Question): Locator {
    return this.review(number, question).getByRole("button", { name: "Show in article" });
  }

  backToQuestion(number: number): Locator {
    return this.articlePanel.getByRole("button", { name: `Back to question ${number}`, exact: true });
  }

  highlights(): Locator {
    return this.articlePanel.locator("mark");
  }
}
