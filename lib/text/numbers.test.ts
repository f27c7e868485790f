import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatDigits, numberToWords, parseNumber } from "./numbers";

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
