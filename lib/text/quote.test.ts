import { describe, expect, it } from "vitest";
import { quoted } from "./index";

describe("quoted", () => {
  it.each([
    ["AI is a tool.", "“AI is a tool.”"],
    ["“AI is a tool,” he said.", "“AI is a tool,” he said."],
    ["He said: “AI is a tool.”", "He said: “AI is a tool.”"],
    ["“AI is a tool.”", "“AI is a tool.”"],
    ['"AI is a tool," he said.', '"AI is a tool," he said.'],
    ['He said "no."', 'He said "no."'],
    ["‘Slowly,’ she said.", "‘Slowly,’ she said."],
    ["She called it ‘slow’", "She called it ‘slow’"],
    ["'Fine,' he said.", "'Fine,' he said."],
    ["«Oui», dit-il.", "«Oui», dit-il."],
    ["  AI is a tool.  ", "“AI is a tool.”"],
    ["It’s a tool.", "“It’s a tool.”"],
    ["", ""],
  ])("%j becomes %j", (sentence, shown) => {
    expect(quoted(sentence)).toBe(shown);
  });

  it("never shows two quotation marks in a row at either end", () => {
    for (const mark of ["“", "”", '"', "‘", "’", "'"]) {
      for (const sentence of [`${mark}AI is a tool.`, `AI is a tool.${mark}`, `${mark}AI is a tool.${mark}`]) {
        expect(quoted(sentence)).not.toMatch(/^[“”"‘’']{2}|[“”"‘’']{2}$/);
      }
    }
  });
});
