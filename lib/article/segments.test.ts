import { describe, expect, it } from "vitest";
import { segmentParagraphs } from "./segments";

const paragraphs = ["One two three.", "Four five."];
// body = "One two three.\n\nFour five."; "Four" starts at 16.

describe("segmentParagraphs", () => {
  it("marks a span inside one paragraph", () => {
    expect(segmentParagraphs(paragraphs, [{ start: 4, end: 7 }])[0]).toEqual([
      { text: "One ", highlighted: false },
      { text: "two", highlighted: true },
      { text: " three.", highlighted: false },
    ]);
  });

  it("splits a span that crosses a paragraph break and merges overlapping spans", () => {
    const [first, second] = segmentParagraphs(paragraphs, [
      { start: 8, end: 20 },
      { start: 10, end: 12 },
    ]);
    expect(first).toEqual([
      { text: "One two ", highlighted: false },
      { text: "three.", highlighted: true },
    ]);
    expect(second).toEqual([
      { text: "Four", highlighted: true },
      { text: " five.", highlighted: false },
    ]);
  });

  it("renders every character exactly once", () => {
    const segmented = segmentParagraphs(paragraphs, [
      { start: 0, end: 3 },
      { start: 22, end: 26 },
    ]);
    expect(segmented.map((p) => p.map((s) => s.text).join(""))).toEqual(paragraphs);
  });
});
