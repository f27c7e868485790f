import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDigits, isAcceptedAnswer, normalizeAnswer, numberToWords, parseNumber } from "./match";

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

describe("parseNumber", () => {
  const table: [string, number | undefined][] = [
    ["50,000", 50000],
    ["50000", 50000],
    ["1,234,567", 1234567],
    ["3.5", 3.5],
    ["zero", 0],
    ["five", 5],
    ["twenty-five", 25],
    ["a hundred", 100],
    ["one hundred and five", 105],
    ["nineteen hundred", 1900],
    ["fifty thousand", 50000],
    ["a thousand", 1000],
    ["two million three hundred thousand", 2300000],
    ["nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine", 999999999],
    ["1.5 million", 1500000],
    ["50 thousand", 50000],
    ["five five", undefined],
    ["thousand", undefined],
    ["thousand million", undefined],
    ["twenty twenty", undefined],
    ["one hundred hundred", undefined],
    ["5,00", undefined],
    ["fifty cats", undefined],
    ["", undefined],
    ["a", undefined],
  ];
  it.each(table)("%j → %s", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it("reads back every number it writes in words, 0 to 999,999,999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseNumber(numberToWords(n))).toBe(n);
        expect(parseNumber(formatDigits(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
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
