import { describe, expect, it } from "vitest";
import { harborArticle, spanOf } from "./fixtures/harbor-article";
import { sentenceAround } from "../text";
import { evidenceText, shortQuote, nameInSentence, quotedStatement } from "./text";
import { seedArticle } from "./fixtures/seed";

const sentenceOf = (body: string, fragment: string) => {
  const start = body.indexOf(fragment);
  return body.slice(
    ...(Object.values(sentenceAround(body, { start, end: start + fragment.length })) as [number, number]),
  );
};

describe("sentenceAround", () => {
  const { body } = seedArticle();

  it("widens a fragment to its sentence, not past an abbreviation like U.S.", () => {
    expect(sentenceOf(body, "National Committee")).toBe(
      "Savannah Billman, a member of the delegation and senior digital communications associate at the U.S. National Committee on U.S.-China Relations, told Sixth Tone that this was her second time back in China since 2020.",
    );
    expect(sentenceOf(body, "co-sponsored")).toMatch(/^The dialogue was part of the “Shanghai-Nanjing Plus/);
  });

  it("keeps closing quotes and stops at the sentence end", () => {
    expect(sentenceOf(body, "complex engineering")).toBe("“AI is a complex engineering challenge,” said Wang.");
  });

  it("does not run into the next sentence when the span already ends with a full stop", () => {
    expect(sentenceOf(body, "contributes significantly to global safety standards.")).toBe(
      "The U.S., with its vast data resources and advanced algorithms, contributes significantly to global safety standards.",
    );
  });

  it("does not cut at an ellipsis inside a sentence, nor cross a paragraph break", () => {
    expect(sentenceOf(body, "new field for me")).toMatch(/^“It was an exciting glimpse.*young professional\.”$/);
    expect(sentenceOf(body, "SHANGHAI –")).toMatch(/^SHANGHAI – Over the course of a week.*two countries\.$/);
  });

  it("always stays inside the body and contains the span's words", () => {
    const { body: b } = harborArticle;
    for (let start = 0; start < b.length; start += 7) {
      const end = Math.min(b.length, start + 5);
      const s = sentenceAround(b, { start, end });
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(b.length);
      const words = b.slice(start, end).trim();
      if (words) expect(b.slice(s.start, s.end)).toContain(words);
    }
  });
});

describe("wording helpers", () => {
  it("reads the text of a span", () => {
    expect(evidenceText(harborArticle, spanOf("Every bottle counts"))).toBe("Every bottle counts");
  });
  it("shortens long quotations at a word boundary", () => {
    const long =
      "By sharing knowledge and information across governments, research institutions, and operations, we can create unique opportunities";
    const short = shortQuote(long);
    expect(short.length).toBeLessThanOrEqual(91);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
  it.each([
    [
      "a few words over, kept whole",
      "We want to help reduce traffic, help reduce our carbon footprint and promote a healthy lifestyle",
      "We want to help reduce traffic, help reduce our carbon footprint and promote a healthy lifestyle",
    ],
    [
      "cut at the end of one of its sentences",
      "For me, it was very relaxing. About ten seconds after getting in, I forgot I was there. It reminded me of catching a chairlift by yourself",
      "For me, it was very relaxing. About ten seconds after getting in, I forgot I was there.",
    ],
    [
      "cut between words, never on “was” or “on”",
      "He then told me that a message in a bottle had been found and that the name that was on the card was that of my grandfather",
      "He then told me that a message in a bottle had been found and that the name…",
    ],
    [
      "without words that close a quotation opened before them",
      "Things are hard.’ You can’t say ‘I have a ton of money.’ You have to keep a lot of your life private",
      "You can’t say ‘I have a ton of money.’ You have to keep a lot of your life private",
    ],
  ])("shortens a quotation where a reader can stop: %s", (_, text, expected) => {
    expect(shortQuote(text)).toBe(expected);
  });
  it.each([
    [
      "a quotation that quotes someone, left open",
      "It’s much more socially acceptable to say ‘I am broke",
      "It’s much more socially acceptable to say ‘I am broke’",
    ],
    ["apostrophes only", "It’s what it’s worth to them", "It’s what it’s worth to them"],
    ["an inner quotation closed", "They say ‘never again’ and mean it", "They say ‘never again’ and mean it"],
  ])("keeps a shortened quotation's own quotation marks paired: %s", (_, text, expected) => {
    expect(shortQuote(text)).toBe(expected);
  });
  it.each([
    ["It is in extremely good condition", "“It is in extremely good condition.”"],
    ["Why would they?", "“Why would they?”"],
    ["We want to make a few photos…", "“We want to make a few photos…”"],
  ])("ends a quotation as a statement with a stop: %s", (words, expected) => {
    expect(quotedStatement(words)).toBe(expected);
  });
  it("puts “the” before institutions but not before plain names", () => {
    expect(nameInSentence("Institute for Foreign Policy Studies")).toBe("the Institute for Foreign Policy Studies");
    expect(nameInSentence("Sixth Tone")).toBe("Sixth Tone");
    expect(nameInSentence("China")).toBe("China");
    expect(nameInSentence("the U.S.")).toBe("the U.S.");
  });
});
