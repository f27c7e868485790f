import type { Locator, Page } from "@playwright/test";

/**
 * A read-aloud control: "Read aloud" above an article (the article page, the
 * quiz's article panel) or "Read question aloud" on a quiz question.
 */
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

  /** `scope`: where to look (the page, or the quiz's article panel); `name`: the group's and its play button's name. */
  constructor(scope: Page | Locator, name: "Read aloud" | "Read question aloud" = "Read aloud") {
    this.group = scope.getByRole("group", { name, exact: true });
    this.play = this.group.getByRole("button", { name, exact: true });
    this.pause = this.group.getByRole("button", { name: "Pause" });
    this.resume = this.group.getByRole("button", { name: "Resume" });
    this.stop = this.group.getByRole("button", { name: "Stop" });
    this.speed = this.group.getByRole("combobox", { name: "Speed" });
    this.voice = this.group.getByRole("combobox", { name: "Voice" });
    this.status = this.group.getByRole("status");
    this.noVoices = scope.getByText("This browser has no voice to read aloud");
  }
}
