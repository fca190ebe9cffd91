import { performance } from 'node:perf_hooks';

/*
 * Timing helpers shared by the benchmarks (`pnpm bench`): a measurement is the median of several runs, with the
 * fastest run printed beside it. Nothing here asserts a time.
 */

/** A measurement in milliseconds: the median of the runs and the fastest one. */
export interface Timing {
  readonly median: number;
  readonly min: number;
}

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `action` `runs` times, one after the other, and returns the median and fastest time. */
export function time(runs: number, action: () => unknown): Timing {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

/** `12.3 ms (min 11.9)`, padded to 26 characters, with `decimals` decimals. */
export function formatTiming(timing: Timing, decimals = 1): string {
  return `${timing.median.toFixed(decimals)} ms (min ${timing.min.toFixed(decimals)})`.padEnd(26);
}
