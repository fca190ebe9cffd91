import type { SeededRandom } from './seeded-random.js';

/**
 * A version-4-shaped UUID drawn from the demo's seeded random source, so provider ids are the same on every run.
 *
 * @example
 * ```ts
 * demoUuid(createSeededRandom(1)); // e.g. '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', the same every time
 * ```
 */
export function demoUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[random.integer(0, 3)] ?? '8'}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
