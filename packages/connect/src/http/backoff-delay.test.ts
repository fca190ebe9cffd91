import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.js';

describe('backoffDelay', () => {
  it('doubles the ceiling per retry and scales it by the jitter', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 30_000 };
    expect(backoffDelay(1, policy, () => 0.5)).toBe(250);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(500);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(20, policy, () => 0.5)).toBe(15_000);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it('is always within [0, min(maxDelayMs, base * 2^(retry-1))] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, baseDelayMs, maxDelayMs, jitter) => {
          const delay = backoffDelay(retry, { baseDelayMs, maxDelayMs }, () => jitter);
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(retry - 1, 52)));
        },
      ),
    );
  });
});
