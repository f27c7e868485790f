/**
 * What "Read question aloud" says: the prompt, then what the student chooses
 * from, in the order it is shown. Built from the question's prompt and
 * options only, never from its answer, explanation or evidence, so nothing
 * read out can give the answer away.
 */
import type { Question } from "../quiz";
import type { Spoken } from "./queue";

export interface QuestionPart extends Spoken {
  /** Names the element on screen that shows this part: "prompt", "option-0", "item-1", "choice-2", "event-0". */
  part: string;
  /** How the status line names it: "the question", "option B". */
  label: string;
}

interface Shown {
  /** "A" for the first option, as the screen and the worksheet letter them. */
  letter: (index: number) => string;
  /** For ordering: the items' indices in the order on screen (the student may have moved them). */
  order?: readonly number[];
}

// A blank of underscores is read as the word a teacher would say.
const spokenPrompt = (prompt: string) => prompt.replace(/_{2,}/g, "blank");

export function questionParts(question: Question, { letter, order }: Shown): QuestionPart[] {
  const parts: QuestionPart[] = [{ part: "prompt", label: "the question", text: spokenPrompt(question.prompt) }];
  if ("options" in question) {
    question.options.forEach((option, i) =>
      parts.push({ part: `option-${i}`, label: `option ${letter(i)}`, text: `Option ${letter(i)}, ${option}` }),
    );
  } else if (question.type === "matching") {
    question.left.forEach((item, i) =>
      parts.push({ part: `item-${i}`, label: `item ${i + 1}`, text: `Item ${i + 1}, ${item}` }),
    );
    question.right.forEach((choice, i) =>
      parts.push({ part: `choice-${i}`, label: `choice ${letter(i)}`, text: `Choice ${letter(i)}, ${choice}` }),
    );
  } else if (question.type === "ordering") {
    const shown = order && order.length === question.items.length ? order : question.items.map((_, i) => i);
    shown.forEach((itemIndex, position) => {
      const item = question.items[itemIndex];
      if (item !== undefined)
        parts.push({
          part: `event-${itemIndex}`,
          label: `event ${position + 1}`,
          text: `Event ${position + 1}, ${item}`,
        });
    });
  }
  return parts;
}

/** What a screen reader hears as the question is read: which part, paused, stopped. */
export function questionStatusText(state: { status: string; take: number }, part: QuestionPart | undefined): string {
  if (state.status === "playing" && part) return `Reading ${part.label}`;
  if (state.status === "paused" && part) return `Paused at ${part.label}`;
  return state.take > 0 ? "Stopped" : "";
}
