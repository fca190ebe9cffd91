import { MAX_INSTANT, MIN_INSTANT, type Instant } from '@trainkit/core';

/**
 * The instant of epoch milliseconds (rounded to whole milliseconds), or `null` when not finite or outside trainkit's
 * years. A fast path for long series (a sample per second): no schema parse per value.
 */
export function instantFromMs(ms: number): Instant | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(Math.round(ms)).toISOString();
  return iso >= MIN_INSTANT && iso <= MAX_INSTANT ? (iso as Instant) : null;
}
