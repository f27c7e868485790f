import { expect, type Locator, type Page } from "@playwright/test";
import { Site } from "./site";

export class LibraryPage extends Site {
  readonly heading: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole("heading", { level: 1, name: "Library" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.heading).toBeVisible();
  }

  articleLink(title: string): Locator {
    return this.page.getByRole("main").getByRole("link", { name: title, exact: true });
  }

  card(title: string): Locator {
    return this.page
      .getByRole("main")
      .getByRole("article")
      .filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** "Best score: 7 / 10" or "Not taken yet" once the browser's progress has loaded. */
  bestScore(title: string): Locator {
    return this.card(title).getByText(/^(Best score: \d+ \/ \d+|Not taken yet)$/);
  }

  async openArticle(title: string): Promise<void> {
    await this.articleLink(title).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
}
