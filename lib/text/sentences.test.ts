import { describe, expect, it } from "vitest";
import { evidenceSentences, sentenceText, sentencesOf } from "./index";

const body =
  "Holger von Neuhoff is the curator. He has worked there since 1990. “It is the oldest,” he said.\n\nThe bottle was found by Dr. Konrad Fischer. It was brown.";
const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

describe("the article's sentences", () => {
  it("splits every paragraph into sentences, none across a paragraph, abbreviations kept inside", () => {
    expect(sentencesOf(body).map((s) => [body.slice(s.start, s.end), s.paragraph])).toEqual([
      ["Holger von Neuhoff is the curator.", 0],
      ["He has worked there since 1990.", 0],
      ["“It is the oldest,” he said.", 0],
      ["The bottle was found by Dr. Konrad Fischer.", 1],
      ["It was brown.", 1],
    ]);
  });

  it.each([
    ["one span: its sentence", [at("the oldest")], "“It is the oldest,” he said."],
    [
      "two adjacent sentences, given in any order: in the article's order",
      [at("he said"), at("He has worked")],
      "He has worked there since 1990. “It is the oldest,” he said.",
    ],
    [
      "a gap between them: marked",
      [at("he said"), at("curator")],
      "Holger von Neuhoff is the curator. … “It is the oldest,” he said.",
    ],
    [
      "two spans in one sentence: the sentence once",
      [at("bottle"), at("Fischer")],
      "The bottle was found by Dr. Konrad Fischer.",
    ],
    ["no evidence: nothing", [], ""],
  ])("shows evidence as a reader reads it: %s", (_, evidence, expected) => {
    expect(sentenceText(body, evidence)).toBe(expected);
  });
});

describe("evidenceSentences", () => {
  const body = "Ana leads the lab. Ben runs the shop.\n\nCy writes the news. Di sells fish.";
  const span = (word: string) => ({ start: body.indexOf(word), end: body.indexOf(word) + word.length });

  it("gives every sentence a question's evidence falls in, in article order, each once", () => {
    expect(evidenceSentences(body, [span("Cy"), span("Ana"), span("lab"), span("Di")])).toEqual([
      "Ana leads the lab.",
      "Cy writes the news.",
      "Di sells fish.",
    ]);
  });

  it("gives one sentence for one span, and none for no evidence", () => {
    expect(evidenceSentences(body, [span("shop")])).toEqual(["Ben runs the shop."]);
    expect(evidenceSentences(body, [])).toEqual([]);
  });
});
