import { expect, type Locator, type Page } from "@playwright/test";
import { Site } from "./site";

export class ProgressPage extends Site {
  readonly heading: Locator;
  readonly history: Locator;
  readonly resetButton: Locator;
  readonly resetDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole("heading", { level: 1, name: "Your progress" });
    this.history = page.getByRole("region", { name: "History" });
    this.resetButton = page.getByRole("button", { name: "Reset all progress" });
    this.resetDialog = page.getByRole("dialog", { name: "Reset all progress?" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/progress/");
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText("Loading your progress…")).toHaveCount(0);
    await expect(this.stat("Quizzes finished")).toBeVisible();
  }

  /** The figure under one of the summary labels ("Quizzes finished", "Questions answered", "Answered right"). */
  stat(label: string): Locator {
    return this.page
      .getByRole("main")
      .locator("dl > div")
      .filter({ has: this.page.getByRole("term").getByText(label, { exact: true }) })
      .getByRole("definition");
  }

  /** History rows, newest first, without the header row. */
  historyRows(): Locator {
    return this.history
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });
  }

  bestScore(title: string): Locator {
    return this.page
      .getByRole("region", { name: "Best score per article" })
      .getByRole("listitem")
      .filter({ hasText: title });
  }

  /** "80% (4 of 5)" beside a skill's label. */
  skill(label: string): Locator {
    return this.page
      .getByRole("region", { name: "Accuracy per skill" })
      .getByRole("listitem")
      .filter({ hasText: label });
  }

  skillRows(): Locator {
    return this.page.getByRole("region", { name: "Accuracy per skill" }).getByRole("listitem");
  }

  async openResetDialog(): Promise<void> {
    await this.resetButton.click();
    await expect(this.resetDialog).toBeVisible();
  }

  async cancelReset(): Promise<void> {
    await this.resetDialog.getByRole("button", { name: "Cancel" }).click();
    await expect(this.resetDialog).toBeHidden();
  }

  async confirmReset(): Promise<void> {
    await this.resetDialog.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(this.resetDialog).toBeHidden();
  }
}
