import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashString } from "../text";
import { createRng, rngFor, sample, shuffle } from "./random";

describe("seeded randomness", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const draw = (seed: number) => Array.from({ length: 8 }, createRng(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it("shuffles into a permutation, deterministically", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 30 }), (seed, items) => {
        const once = shuffle(createRng(seed), items);
        expect([...once].sort()).toEqual([...items].sort());
        expect(shuffle(createRng(seed), items)).toEqual(once);
      }),
    );
  });

  it("samples distinct accepted items only", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }),
        fc.nat(10),
        (seed, items, count) => {
          const picked = sample(createRng(seed), items, count, (n) => n % 2 === 0);
          expect(new Set(picked).size).toBe(picked.length);
          expect(picked.every((n) => n % 2 === 0 && items.includes(n))).toBe(true);
          expect(picked.length).toBe(Math.min(count, items.filter((n) => n % 2 === 0).length));
        },
      ),
    );
  });

  it("derives unrelated streams for different purposes", () => {
    expect(hashString("a")).not.toBe(hashString("b"));
    expect(rngFor(1, "question-a").next()).not.toBe(rngFor(1, "question-b").next());
  });
});
