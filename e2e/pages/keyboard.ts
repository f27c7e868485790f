import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/quiz/types";
import {
  assertIntendedGrade,
  choiceIndex,
  matchingChoices,
  orderingTarget,
  typedAnswer,
} from "../support/seed-article";
import { QuizPage } from "./quiz-page";

/** Enough Tab presses to cross any page of this app once; more means focus is stuck or the target is unreachable. */
const MAX_TABS = 60;

/**
 * A student with a keyboard and no mouse. Looking at where focus is (as a
 * sighted keyboard user does) is allowed; clicking is not.
 */
export class KeyboardUser {
  readonly quiz: QuizPage;

  constructor(readonly page: Page) {
    this.quiz = new QuizPage(page);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /** Presses Tab until `target` has focus. */
  async tabTo(target: Locator, direction: "forward" | "backward" = "forward"): Promise<void> {
    const key = direction === "forward" ? "Tab" : "Shift+Tab";
    for (let presses = 0; presses < MAX_TABS; presses++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.press(key);
    }
    await expect(target, `reachable with ${key} within ${MAX_TABS} presses`).toBeFocused({ timeout: 1 });
  }

  /**
   * Focus is on `target` and visible: drawn in the theme's focus colour, as an
   * outline of at least 2px or as a ring (box shadow), on `target` itself or
   * on `ringOn` (for controls whose label or card draws the ring). Comparing
   * with the focus colour keeps an ordinary card shadow from passing as focus.
   */
  async expectVisibleFocus(target: Locator, ringOn: Locator = target): Promise<void> {
    await expect(target).toBeFocused();
    await expect(ringOn).toBeInViewport();
    await expect
      .poll(() =>
        ringOn.evaluate((el) => {
          const probe = document.createElement("span");
          probe.style.color = "var(--color-focus)";
          document.body.append(probe);
          const focusColor = getComputedStyle(probe).color;
          probe.remove();
          const style = getComputedStyle(el);
          const outline =
            style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && style.outlineColor === focusColor;
          return outline || style.boxShadow.includes(focusColor);
        }),
      )
      .toBe(true);
  }

  /** Answers the current question with keys only, checks it, and waits for the verdict. */
  async answerAndCheck(question: Question, correctly: boolean, { useArrows = false } = {}): Promise<void> {
    assertIntendedGrade(question, correctly);
    const { quiz } = this;
    const group = quiz.group(question);
    await expect(quiz.prompt(question)).toBeFocused();
    switch (question.type) {
      case "fill-blank":
      case "short-answer":
      case "numeric": {
        await this.press("Tab");
        const box = group.getByRole("textbox", { name: "Your answer" });
        await this.expectVisibleFocus(box);
        await this.page.keyboard.type(typedAnswer(question, correctly));
        await this.press("Enter");
        break;
      }
      case "matching":
        for (const [left, right] of matchingChoices(question, correctly)) {
          const choices = group.getByRole("radiogroup", { name: left, exact: true }).getByRole("radio");
          // Tab enters the group on its chosen radio, or its first; arrow keys then step and choose,
          // in the order shown (a retried question shows them reshuffled).
          await this.tabTo(choices.first());
          const names = await choices.evaluateAll((radios) =>
            radios.map((r) => r.closest("label")?.textContent?.trim() ?? ""),
          );
          const steps = names.indexOf(right);
          expect(steps, `“${right}” is offered for ${left}`).toBeGreaterThanOrEqual(0);
          if (steps === 0) await this.press("Space");
          for (let step = 0; step < steps; step++) await this.press("ArrowDown");
          await expect(choices.nth(steps)).toBeChecked();
        }
        await this.tabTo(quiz.checkAnswer);
        await this.press("Enter");
        break;
      case "ordering": {
        const target = orderingTarget(question, correctly);
        for (let place = 0; place < target.length; place++) {
          const item = target[place]!;
          let from = (await quiz.orderShown()).indexOf(item);
          if (from <= place) continue;
          await this.tabTo(group.getByRole("button", { name: `Move “${item}” up`, exact: true }));
          while (from > place) {
            await this.press("Enter");
            from -= 1;
            // Focus follows the moved item (onto its other button at the top).
            const followed = group.getByRole("button", {
              name: `Move “${item}” ${from === 0 ? "down" : "up"}`,
              exact: true,
            });
            await expect(followed).toBeFocused();
            await expect.poll(() => quiz.orderShown().then((order) => order.indexOf(item))).toBe(from);
          }
        }
        await expect.poll(() => quiz.orderShown()).toEqual(target);
        await this.tabTo(quiz.checkAnswer);
        await this.press("Enter");
        break;
      }
      default: {
        const option = question.options[choiceIndex(question, correctly)]!;
        const position = await quiz.optionPosition(question, option);
        if (useArrows) {
          // "1" picks the first option, then the arrow keys walk the radio group.
          await this.press("1");
          for (let step = 0; step < position; step++) await this.press("ArrowDown");
        } else {
          await this.press(String(position + 1));
        }
        const radio = group.getByRole("radio", { name: option, exact: true });
        await expect(radio).toBeChecked();
        await this.expectVisibleFocus(radio, radio.locator("xpath=ancestor::label[1]"));
        await this.press("Enter");
      }
    }
    await quiz.expectVerdict(correctly);
  }

  /** After the verdict: Enter goes on (focus is already on the button). */
  async goOn(isLast: boolean): Promise<void> {
    const onward = isLast ? this.quiz.seeResults : this.quiz.nextQuestion;
    await this.expectVisibleFocus(onward);
    await this.press("Enter");
  }
}
