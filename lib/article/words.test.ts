import { describe, expect, it } from "vitest";
import type { Article } from "./types";
import { definedWords } from "./words";

const body = "Experts underscored the urgency. A panel comprising ten people met.";
const at = (word: string) => ({ start: body.indexOf(word), end: body.indexOf(word) + word.length });
const article = (vocabulary: { term: string; meaning: string; evidence: { start: number; end: number } }[]) =>
  ({ body, facts: { vocabulary: vocabulary.map((v, i) => ({ id: `v${i}`, ...v })) } }) as unknown as Pick<
    Article,
    "body" | "facts"
  >;

describe("definedWords", () => {
  it.each([
    {
      name: "places each word at its evidence, in text order",
      vocab: [
        { term: "comprising", meaning: "made up of", evidence: at("comprising") },
        { term: "underscored", meaning: "stressed", evidence: at("underscored") },
      ],
      terms: ["underscored", "comprising"],
    },
    {
      name: "skips a fact whose evidence is not the term",
      vocab: [{ term: "underscored", meaning: "stressed", evidence: at("Experts underscored") }],
      terms: [],
    },
    {
      name: "drops a word overlapping an earlier one",
      vocab: [
        { term: "underscored the", meaning: "stressed the", evidence: at("underscored the") },
        { term: "the urgency", meaning: "how urgent", evidence: at("the urgency") },
      ],
      terms: ["underscored the"],
    },
  ])("$name", ({ vocab, terms }) => {
    expect(definedWords(article(vocab)).map((w) => w.term)).toEqual(terms);
  });
});
