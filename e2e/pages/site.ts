import { expect, type Locator, type Page } from "@playwright/test";

export type Theme = "light" | "dark";

/** What every page shares: header navigation, theme switch, storage notice. */
export class Site {
  readonly notice: Locator;
  /** Shown when a new version of the app has been installed behind the open page. */
  readonly updateNotice: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole("status").filter({ hasText: "Saving problem." });
    this.updateNotice = page.getByRole("status").filter({ hasText: "A new version is ready." });
  }

  navLink(name: "Library" | "Progress" | "Your articles"): Locator {
    return this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });
  }

  themeRadio(theme: Theme | "system"): Locator {
    const label = { system: "System theme", light: "Light theme", dark: "Dark theme" }[theme];
    return this.page.getByRole("radio", { name: label, exact: true });
  }

  async chooseTheme(theme: Theme): Promise<void> {
    // The radio is visually hidden; a mouse user clicks its icon, which carries the name as a tooltip.
    await this.page.getByTitle(theme === "dark" ? "Dark theme" : "Light theme", { exact: true }).click();
    await expect(this.themeRadio(theme)).toBeChecked();
    await expect(this.page.locator("html")).toHaveAttribute("data-theme", theme);
  }

  async dismissNotice(): Promise<void> {
    await this.notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(this.notice).toHaveCount(0);
  }

  /** The raw string stored under a localStorage key, or null. */
  stored(key: string): Promise<string | null> {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }
}
