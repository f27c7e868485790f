import { expect, type Locator, type Page } from "@playwright/test";
import { Site } from "./site";

export class ArticlePage extends Site {
  readonly takeQuiz: Locator;
  readonly readingProgress: Locator;

  constructor(page: Page) {
    super(page);
    this.takeQuiz = page.getByRole("link", { name: "Take the quiz" });
    this.readingProgress = page.getByRole("progressbar", { name: "Reading progress" });
  }

  async goto(slug: string, title: string): Promise<void> {
    await this.page.goto(`/articles/${slug}/`);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  textSize(label: "Small" | "Medium" | "Large" | "Extra large"): Locator {
    return this.page.getByRole("radio", { name: label, exact: true });
  }
}

/** A word of the article text whose meaning a tap or Enter shows, and that meaning. */
export function definedWord(scope: Page | Locator, term: string): { button: Locator; meaning: Locator } {
  const button = scope.getByRole("button", { name: term, exact: true });
  return { button, meaning: scope.locator("[popover]").filter({ hasText: `“${term}” here means` }) };
}
