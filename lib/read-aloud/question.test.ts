import { describe, expect, it } from "vitest";
import type {
  ChoiceQuestion,
  FillBlankQuestion,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
} from "../quiz/types";
import { initialReadState, questionParts, questionStatusText, readAloud } from "./index";

const letter = (i: number) => "ABCDEFGH"[i] ?? String(i + 1);
const base: Pick<ChoiceQuestion, "id" | "skill" | "level" | "explanation" | "evidence"> = {
  id: "q",
  skill: "key-details",
  level: "scan",
  explanation: "Because the article says so.",
  evidence: [{ start: 0, end: 5 }],
};

const choice: ChoiceQuestion = {
  ...base,
  type: "multiple-choice",
  prompt: "Who led the study?",
  options: ["Wang", "Smith", "Lee"],
  answer: 1,
};
const blank: FillBlankQuestion = {
  ...base,
  type: "fill-blank",
  prompt: "The _____ rose by half.",
  answer: "price",
  accepted: [],
  bank: ["price", "cost"],
};
const numeric: NumericQuestion = {
  ...base,
  type: "numeric",
  prompt: "How many people were asked?",
  answer: 50000,
  unit: "people",
};
const matching: MatchingQuestion = {
  ...base,
  type: "matching",
  prompt: "Match each speaker to their words.",
  left: ["Wang", "Lee"],
  right: ["We must act.", "It can wait."],
  answer: [1, 0],
};
const ordering: OrderingQuestion = {
  ...base,
  type: "ordering",
  prompt: "Put the events in order.",
  items: ["The vote", "The talks", "The deal"],
  answer: [1, 0, 2],
};

const texts = (parts: { text: string }[]) => parts.map((p) => p.text);

describe("questionParts", () => {
  it("reads the prompt, then every option lettered in the order shown", () => {
    expect(texts(questionParts(choice, { letter }))).toEqual([
      "Who led the study?",
      "Option A, Wang",
      "Option B, Smith",
      "Option C, Lee",
    ]);
    expect(questionParts(choice, { letter }).map((p) => p.part)).toEqual([
      "prompt",
      "option-0",
      "option-1",
      "option-2",
    ]);
  });

  it("reads only the prompt of a typed question, its blank as a word, and never the word bank or the answer", () => {
    expect(texts(questionParts(blank, { letter }))).toEqual(["The blank rose by half."]);
    expect(texts(questionParts(numeric, { letter }))).toEqual(["How many people were asked?"]);
  });

  it("reads a matching question's items, then its choices", () => {
    expect(texts(questionParts(matching, { letter }))).toEqual([
      "Match each speaker to their words.",
      "Item 1, Wang",
      "Item 2, Lee",
      "Choice A, We must act.",
      "Choice B, It can wait.",
    ]);
  });

  it("reads an ordering question's events in the order the student has them, numbered by place", () => {
    expect(texts(questionParts(ordering, { letter }))).toEqual([
      "Put the events in order.",
      "Event 1, The vote",
      "Event 2, The talks",
      "Event 3, The deal",
    ]);
    const moved = questionParts(ordering, { letter, order: [2, 0, 1] });
    expect(texts(moved)).toEqual([
      "Put the events in order.",
      "Event 1, The deal",
      "Event 2, The vote",
      "Event 3, The talks",
    ]);
    // The part names the item, wherever it has been moved, so its highlight follows it.
    expect(moved.map((p) => p.part)).toEqual(["prompt", "event-2", "event-0", "event-1"]);
  });

  it.each([choice, blank, numeric, matching, ordering])("never says the explanation or the key ($type)", (question) => {
    const said = texts(questionParts(question, { letter })).join(" ");
    expect(said).not.toContain(question.explanation);
    expect(said).not.toMatch(/correct|right answer/i);
  });
});

describe("questionStatusText", () => {
  const parts = questionParts(choice, { letter });
  const start = initialReadState(parts);
  it.each([
    { steps: [] as string[], text: "" },
    { steps: ["play"], text: "Reading the question" },
    { steps: ["play", "end"], text: "Reading option A" },
    { steps: ["play", "end", "pause"], text: "Paused at option A" },
    { steps: ["play", "stop"], text: "Stopped" },
  ])("$text", ({ steps, text }) => {
    const state = steps.reduce(
      (s, step) =>
        readAloud(s, step === "end" ? { type: "ended", take: s.take } : { type: step as "play" | "pause" | "stop" }),
      start,
    );
    expect(questionStatusText(state, state.index >= 0 ? parts[state.index] : undefined)).toBe(text);
  });
});
