import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/quiz/types";
import {
  assertIntendedGrade,
  choiceIndex,
  matchingChoices,
  orderingTarget,
  quizUrl,
  typedAnswer,
} from "../support/seed-article";
import { Site } from "./site";

export interface AnswerPlan {
  correctly: boolean;
}

const MOVE_UP = /^Move “(.*)” up$/;

/** One question at a time: answer, check, read the feedback, go on. */
export class QuizPage extends Site {
  readonly progress: Locator;
  readonly checkAnswer: Locator;
  readonly nextQuestion: Locator;
  readonly seeResults: Locator;
  readonly showArticle: Locator;
  readonly hideArticle: Locator;
  readonly articlePanel: Locator;
  /** The polite live region that announces each verdict to screen readers. */
  readonly announcement: Locator;

  constructor(page: Page) {
    super(page);
    this.progress = page.getByRole("progressbar", { name: "Quiz progress" });
    this.checkAnswer = page.getByRole("button", { name: "Check answer" });
    this.nextQuestion = page.getByRole("button", { name: "Next question" });
    this.seeResults = page.getByRole("button", { name: "See results" });
    this.showArticle = page.getByRole("button", { name: "Show article" });
    this.hideArticle = page.getByRole("button", { name: "Hide article" });
    this.articlePanel = page.getByRole("complementary", { name: "Article text" });
    this.announcement = page.locator('[aria-live="polite"][aria-atomic="true"]');
  }

  async goto(seed: number): Promise<void> {
    await this.page.goto(quizUrl(seed));
    // A saved session for this link may already be finished: then the results show.
    await expect(this.progress.or(this.page.getByTestId("score"))).toBeVisible();
  }

  /** The question's fieldset, named by its prompt. */
  group(question: Question): Locator {
    return this.page.getByRole("group", { name: question.prompt, exact: true });
  }

  prompt(question: Question): Locator {
    return this.page.getByRole("heading", { level: 2, name: question.prompt, exact: true });
  }

  /** A quoted sentence in the feedback under the checked question. */
  feedbackQuote(sentence: string): Locator {
    return this.page.getByRole("main").locator("blockquote").filter({ hasText: sentence });
  }

  rightSoFar(count: number): Locator {
    return this.page.getByText(`${count} right so far`, { exact: true });
  }

  /** "Question 3 of 10" on screen and on the progress bar, with this question's prompt. */
  async expectQuestion(number: number, total: number, question: Question): Promise<void> {
    await expect(this.page.getByText(`Question ${number} of ${total}`, { exact: true })).toBeVisible();
    await expect(this.progress).toHaveAttribute("aria-valuetext", `Question ${number} of ${total}`);
    await expect(this.prompt(question)).toBeVisible();
  }

  /** The items of an ordering question as currently shown, top first. */
  async orderShown(): Promise<string[]> {
    const labels = await this.page
      .getByRole("button", { name: MOVE_UP })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
    return labels.map((label) => MOVE_UP.exec(label)?.[1] ?? label);
  }

  /** Where an option of a choice question is shown (0-based), by its text. */
  optionPosition(question: Question, option: string): Promise<number> {
    return this.group(question)
      .getByRole("radio", { name: option, exact: true })
      .evaluate((radio) =>
        Array.from(radio.closest("fieldset")?.querySelectorAll('input[type="radio"]') ?? []).indexOf(
          radio as HTMLInputElement,
        ),
      );
  }

  /** Fills in the answer with the mouse, right or wrong as planned; does not check it. */
  async answer(question: Question, { correctly }: AnswerPlan): Promise<void> {
    assertIntendedGrade(question, correctly);
    const group = this.group(question);
    switch (question.type) {
      case "fill-blank":
      case "short-answer":
      case "numeric":
        await group.getByRole("textbox", { name: "Your answer" }).fill(typedAnswer(question, correctly));
        return;
      case "matching":
        for (const [left, right] of matchingChoices(question, correctly)) {
          const match = group
            .getByRole("radiogroup", { name: left, exact: true })
            .getByRole("radio", { name: right, exact: true });
          await match.check();
          await expect(match).toBeChecked();
        }
        return;
      case "ordering": {
        const target = orderingTarget(question, correctly);
        // Selection sort with the "Move up" buttons: bring each target item up to its place.
        for (let place = 0; place < target.length; place++) {
          const item = target[place]!;
          let from = (await this.orderShown()).indexOf(item);
          while (from > place) {
            await group.getByRole("button", { name: `Move “${item}” up`, exact: true }).click();
            from -= 1;
            await expect.poll(() => this.orderShown().then((o) => o.indexOf(item))).toBe(from);
          }
        }
        await expect.poll(() => this.orderShown()).toEqual(target);
        return;
      }
      default: {
        const option = group.getByRole("radio", {
          name: question.options[choiceIndex(question, correctly)]!,
          exact: true,
        });
        await option.check();
        await expect(option).toBeChecked();
      }
    }
  }

  /** Clicks "Check answer" and waits for the verdict, on screen and in the live region. */
  async check(correctly: boolean): Promise<void> {
    await this.checkAnswer.click();
    await this.expectVerdict(correctly);
  }

  async expectVerdict(correctly: boolean): Promise<void> {
    await expect(this.announcement).toHaveText(correctly ? /^Correct\. / : /^Not quite\. The right answer is /);
    await expect(this.page.getByRole("main").getByText(correctly ? /^✓\s*Correct$/ : /^✗\s*Not quite$/)).toBeVisible();
  }

  /** Answers, checks and goes on to the next question or the results. */
  async answerAndContinue(question: Question, plan: AnswerPlan, isLast: boolean): Promise<void> {
    await this.answer(question, plan);
    await this.check(plan.correctly);
    const onward = isLast ? this.seeResults : this.nextQuestion;
    await expect(onward).toBeFocused();
    await onward.click();
  }

  /** Takes a whole quiz with the mouse; `plan[i]` says whether question i is answered right. Returns the number answered right. */
  async takeQuiz(questions: Question[], plan: boolean[]): Promise<number> {
    for (const [i, question] of questions.entries()) {
      await this.expectQuestion(i + 1, questions.length, question);
      await this.answerAndContinue(question, { correctly: plan[i]! }, i === questions.length - 1);
    }
    return plan.filter(Boolean).length;
  }
}
