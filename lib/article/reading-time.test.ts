import { describe, expect, it } from "vitest";
import { readingMinutes, wordCount } from "./reading-time";

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");

describe("reading time", () => {
  it("counts words, not dashes or ellipses standing alone", () => {
    expect(wordCount("SHANGHAI – Over the course of a week")).toBe(7);
    expect(wordCount("for me… and")).toBe(3);
    expect(wordCount("first\n\nsecond")).toBe(2);
    expect(wordCount("  ")).toBe(0);
  });

  it("rounds to whole minutes at 200 words a minute, at least 1", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes(words(50))).toBe(1);
    expect(readingMinutes(words(299))).toBe(1);
    expect(readingMinutes(words(300))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });
});
