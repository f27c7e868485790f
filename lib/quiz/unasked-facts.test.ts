import { describe, expect, it } from "vitest";
import type { Article } from "../article/types";
import { seedArticle } from "./fixtures/seed";
import { unaskedFacts } from "./index";

/** The seed article with one hand-written fact changed. */
function withCause(change: (cause: NonNullable<Article["facts"]["causes"]>[number]) => object): Article {
  const article = seedArticle();
  const [first, ...rest] = article.facts.causes!;
  return { ...article, facts: { ...article.facts, causes: [{ ...first!, ...change(first!) }, ...rest] } };
}

describe("unaskedFacts", () => {
  it("finds nothing unasked in the seed article: every cause, position and word it writes gives a question", () => {
    expect(unaskedFacts(seedArticle())).toEqual([]);
  });

  it.each([
    [
      "options that start with “It”",
      () => ({ answer: "It helps people.", distractors: ["It costs money.", "It was banned.", "It is new."] }),
      "pronoun-without-referent",
    ],
    [
      "a right answer that repeats the question",
      () => ({
        answer: "Set up the Shanghai-Nanjing Plus program.",
        distractors: ["Train young Americans for jobs.", "Write shared rules for AI.", "Compare how schools teach."],
      }),
      "answer-repeats-prompt",
    ],
  ])("names a cause whose every question is thrown away: %s", (_, change, rule) => {
    const article = withCause(change);
    const unasked = unaskedFacts(article);
    expect(unasked.map((u) => `${u.section}:${u.id}`)).toEqual([`causes:${article.facts.causes![0]!.id}`]);
    expect(
      unasked[0]!.reasons.some((r) => r.startsWith(`${rule}:`)),
      unasked[0]!.reasons.join("; "),
    ).toBe(true);
  });
});
