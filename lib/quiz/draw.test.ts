import { describe, expect, it } from "vitest";
import { drawQuestions } from "./draw";
import type { ChoiceQuestion } from "./types";

function choice(id: string, prompt: string, type: ChoiceQuestion["type"] = "multiple-choice"): ChoiceQuestion {
  return { id, type, skill: "key-details", prompt, options: ["A", "B", "C"], answer: 0, explanation: "", evidence: [{ start: 0, end: 1 }] };
}

describe("drawQuestions on hand-made pools", () => {
  it("does not ask a statement and its negation in one quiz while other facts are left", () => {
    const pool = [
      choice("true-false:true:s1", "True or false? The pipe was 50 meters long.", "true-false"),
      choice("true-false:false:s1", "True or false? The pipe was not 50 meters long.", "true-false"),
      choice("multiple-choice:what:a", "What did Inky escape from?"),
      choice("multiple-choice:what:b", "Who found Inky?"),
      choice("multiple-choice:what:c", "Where is the aquarium?"),
    ];
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const ids = drawQuestions(pool, { seed, count: 4 }).map((q) => q.id);
      expect(ids).toHaveLength(4);
      expect(ids.filter((id) => id.endsWith(":s1"))).toHaveLength(1);
    }
  });

  it("asks a fact again only when nothing else is left", () => {
    const pool = [choice("true-false:true:s1", "T?", "true-false"), choice("true-false:false:s1", "F?", "true-false")];
    expect(drawQuestions(pool, { seed: 1, count: 2 })).toHaveLength(2);
  });

  it("never repeats a prompt, even across types", () => {
    const pool = [
      choice("multiple-choice:how-many:n1", "How many meters long was the drainpipe?"),
      { id: "numeric:value:n1", type: "numeric" as const, skill: "numbers" as const, prompt: "How many meters long was the drainpipe?", answer: 50, explanation: "", evidence: [{ start: 0, end: 1 }] },
      choice("multiple-choice:what:a", "What did Inky escape from?"),
    ];
    for (const seed of [1, 2, 3, 4]) {
      const prompts = drawQuestions(pool, { seed, count: 3 }).map((q) => q.prompt);
      expect(new Set(prompts).size).toBe(prompts.length);
      expect(prompts).toHaveLength(2);
    }
  });
});
