/**
 * A small deterministic random source for the demo generator: the same seed always yields the same athlete.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random.between(140, 160); // the same number on every run with seed 42
 * ```
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max] (both ends included). */
  integer(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates a {@link SeededRandom} from a 32-bit seed (mulberry32: fast, well distributed, not cryptographic).
 *
 * @example
 * ```ts
 * createSeededRandom(7).integer(1, 6); // a die roll, the same every time
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    integer: (min, max) => min + Math.floor((max - min + 1) * next()),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(items.length * next())] as (typeof items)[number];
    },
  };
}
