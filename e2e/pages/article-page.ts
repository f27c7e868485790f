import { expect, type Locator, type Page } from "@playwright/test";
import { Site } from "./site";

export class ArticlePage extends Site {
  readonly takeQuiz: Locator;
  readonly readingProgress: Locator;
  /** The line under the title: dateline · source · reading time. */
  readonly meta: Locator;

  constructor(page: Page) {
    super(page);
    this.takeQuiz = page.getByRole("link", { name: "Take the quiz" });
    this.readingProgress = page.getByRole("progressbar", { name: "Reading progress" });
    this.meta = page.getByTestId("article-meta");
  }

  /**
   * For each line the meta line wraps to, whether it starts with a visible
   * "·": an item's "·" is drawn before it, and is hidden only when the item
   * sits left of the clipping box around the list.
   */
  metaLinesStartingWithDot(): Promise<{ lines: number; startingWithDot: number }> {
    return this.meta.evaluate((list) => {
      const clip = list.parentElement!.getBoundingClientRect();
      const items = Array.from(list.children).map((li) => li.getBoundingClientRect());
      const starts = items.filter((box, i) => i === 0 || Math.abs(box.top - items[i - 1]!.top) > 2);
      return { lines: starts.length, startingWithDot: starts.filter((box) => box.left >= clip.left - 1).length };
    });
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
