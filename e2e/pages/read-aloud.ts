import type { Locator, Page } from "@playwright/test";

/** The read-aloud control above an article. */
export class ReadAloudControl {
  readonly group: Locator;
  readonly play: Locator;
  readonly pause: Locator;
  readonly resume: Locator;
  readonly stop: Locator;
  readonly speed: Locator;
  readonly voice: Locator;
  readonly status: Locator;
  readonly noVoices: Locator;

  constructor(page: Page) {
    this.group = page.getByRole("group", { name: "Read aloud" });
    this.play = this.group.getByRole("button", { name: "Read aloud" });
    this.pause = this.group.getByRole("button", { name: "Pause" });
    this.resume = this.group.getByRole("button", { name: "Resume" });
    this.stop = this.group.getByRole("button", { name: "Stop" });
    this.speed = this.group.getByRole("combobox", { name: "Speed" });
    this.voice = this.group.getByRole("combobox", { name: "Voice" });
    this.status = this.group.getByRole("status");
    this.noVoices = page.getByText("This browser has no voice to read aloud");
  }
}
