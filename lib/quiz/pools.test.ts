import { describe, expect, it } from "vitest";
import { nearbyNumbers } from "./pools";

describe("wrong numbers", () => {
  it.each([
    [60, [70, 50, 80, 40, 90]],
    [22000, [32000, 12000, 42000, 2000, 52000]],
    [5, [6, 4, 7, 3, 8]],
  ])("for %s are neighbours of the same size, not ten times or a tenth", (value, expected) => {
    expect(nearbyNumbers(value, 5)).toEqual(expected);
  });
  it("never offers zero or the answer itself", () => {
    for (const value of [1, 2, 10, 100]) {
      const wrong = nearbyNumbers(value, 3);
      expect(wrong).not.toContain(0);
      expect(wrong).not.toContain(value);
      expect(new Set(wrong).size).toBe(wrong.length);
    }
  });
});
