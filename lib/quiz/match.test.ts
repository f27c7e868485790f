import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAcceptedAnswer, normalizeAnswer } from "./match";

describe("isAcceptedAnswer", () => {
  // [what the student typed, accepted answers, right?]
  const table: [string, string[], boolean][] = [
    ["Wang Tianchan", ["Wang Tianchan"], true],
    ["wang tianchan", ["Wang Tianchan"], true],
    ["  Wang   Tianchan  ", ["Wang Tianchan"], true],
    ["Wang Tianchan.", ["Wang Tianchan"], true],
    ["Wang", ["Wang Tianchan", "Wang"], true],
    ["Tianchan Wang", ["Wang Tianchan", "Wang", "Tianchan Wang"], true],
    ["Li", ["Wang Tianchan", "Wang"], false],
    ["Wang Tianchang", ["Wang Tianchan"], false],
    ["50,000", ["50,000"], true],
    ["50000", ["50,000"], true],
    ["fifty thousand", ["50,000"], true],
    ["Fifty-Thousand", ["50,000"], true],
    ["50 thousand", ["50,000"], true],
    ["5,000", ["50,000"], false],
    ["500000", ["50,000"], false],
    ["fifty", ["50,000"], false],
    ["5", ["five"], true],
    ["Five.", ["five"], true],
    ["four", ["five"], false],
    ["the U.S.", ["the U.S."], true],
    ["US", ["the U.S."], true],
    ["u.s", ["the U.S."], true],
    ["the United States", ["the U.S.", "the United States"], true],
    ["UK", ["the U.S."], false],
    ["The Institute for Foreign Policy Studies", ["Institute for Foreign Policy Studies"], true],
    ["Institute of Foreign Policy Studies", ["Institute for Foreign Policy Studies"], false],
    ["People's Republic of China", ["People’s Republic of China"], true],
    ["“Tuesday”", ["Tuesday"], true],
    ["Shanghai Nanjing Plus", ["Shanghai-Nanjing Plus"], true],
    ["Shanghai", ["Shanghai-Nanjing Plus"], false],
    ["last november", ["last November"], true],
    ["November", ["last November"], false],
    ["2023", ["2023"], true],
    ["2022", ["2023"], false],
    ["", ["2023"], false],
    ["   ", [""], false],
    ["the", ["the U.S."], false],
    ["Zürich", ["Zurich"], true],
  ];
  it.each(table)("%j against %j → %s", (given, accepted, right) => {
    expect(isAcceptedAnswer(given, accepted)).toBe(right);
  });
});

describe("normalizeAnswer", () => {
  it("drops case, punctuation, curly quotes, extra spaces and a leading article", () => {
    expect(normalizeAnswer("  The “U.S.”   National Committee ")).toBe("us national committee");
    expect(normalizeAnswer("China’s")).toBe(normalizeAnswer("China's"));
  });
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeAnswer(normalizeAnswer(s)) === normalizeAnswer(s)));
  });
});
