/**
 * Seeded randomness for the question engine.
 *
 * Everything random in a quiz (which distractors, option order, which
 * questions are drawn) comes from here, so the same seed always gives the
 * same quiz. Math.random is never used.
 */
import { hashString } from "../text";

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** mulberry32: tiny, fast, and good enough to shuffle a handful of options. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

/**
 * An Rng for one named purpose under a seed. Deriving it from the name (a
 * question id, "draw", ...) rather than sharing one stream keeps each
 * question's option order independent of which other questions exist.
 */
export function rngFor(seed: number, purpose: string): Rng {
  return createRng(hashString(`${seed >>> 0}:${purpose}`));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** One element, or undefined for an empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[rng.int(items.length)];
}

/**
 * Up to `count` distinct elements that pass `accept`, in random order.
 * A partial Fisher–Yates over a sparse map of swapped positions: picking
 * three distractors out of thousands of candidates costs a few steps, not a
 * copy of the list.
 */
export function sample<T>(
  rng: Rng,
  items: readonly T[],
  count: number,
  accept: (item: T) => boolean = () => true,
): T[] {
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const chosen: T[] = [];
  for (let i = 0; i < items.length && chosen.length < count; i++) {
    const j = i + rng.int(items.length - i);
    const picked = at(j);
    swapped.set(j, at(i));
    const item = items[picked]!;
    if (accept(item)) chosen.push(item);
  }
  return chosen;
}
