import { describe, expect, it } from "vitest";
import { stripInvisible } from "./index";

describe("stripInvisible", () => {
  it.each([
    ["a zero-width space", "A\u200bna", "Ana"],
    ["zero-width non-joiner and joiner", "A\u200cn\u200da", "Ana"],
    ["left-to-right and right-to-left marks", "\u200eAna\u200f", "Ana"],
    ["a right-to-left override", "Ana\u202etxt.exe", "Anatxt.exe"],
    ["embeddings and pop", "\u202a\u202b\u202cAna\u202d", "Ana"],
    ["isolates", "\u2066\u2067\u2068Ana\u2069", "Ana"],
    ["a byte order mark", "\ufeffAna", "Ana"],
    ["NUL, bell and escape", "A\u0000n\u0007a\u001b", "Ana"],
    ["DEL and C1 controls", "A\u007fn\u0085a\u009f", "Ana"],
    ["a carriage return", "Ana\r", "Ana"],
    ["tab and line feed kept", "Ana\tB\nC", "Ana\tB\nC"],
    ["letters of every script kept", "Zoë 王小明 محمد Аня", "Zoë 王小明 محمد Аня"],
    ["emoji with a variation selector and ZWJ sequences' neighbours kept", "Ana 👍🏽", "Ana 👍🏽"],
    ["empty", "", ""],
  ])("%s", (_, input, expected) => {
    expect(stripInvisible(input)).toBe(expected);
  });
});
