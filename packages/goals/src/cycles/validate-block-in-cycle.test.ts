import { ValidationError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockOutsideCycleError } from '../errors/block-outside-cycle-error.js';
import { validateBlockInCycle, type BlockLike } from './validate-block-in-cycle.js';
import type { MacroCycleLike } from './validate-macro-cycles.js';

const CYCLE: MacroCycleLike = { id: 'm2025', user_id: 'u1', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28' };
const block = (start: string, end: string | null, overrides: Partial<BlockLike> = {}): BlockLike => ({
  id: 'b1', user_id: 'u1', name: 'Base 1', macro_cycle_id: 'm2025', start_date: start, end_date: end, ...overrides,
});

function issues(candidate: BlockLike) {
  try {
    validateBlockInCycle(candidate, CYCLE);
  } catch (error) {
    expect(error).toBeInstanceOf(BlockOutsideCycleError);
    expect(error).toBeInstanceOf(ValidationError);
    const outside = error as BlockOutsideCycleError;
    expect([outside.reason, outside.blockId, outside.cycleId, outside.subject]).toEqual(['block_outside_cycle', 'b1', 'm2025', 'programs']);
    return outside.issues.map((issue) => [issue.path, issue.rule]);
  }
  return [];
}

describe('validateBlockInCycle', () => {
  it('accepts a block from the first to the last day of its cycle', () => {
    expect(issues(block('2025-01-06', '2025-12-28'))).toEqual([]);
    expect(issues(block('2025-03-03', '2025-05-25'))).toEqual([]);
  });

  it('names every way a block can lie outside its cycle', () => {
    expect(issues(block('2025-01-05', '2025-03-30'))).toEqual([['start_date', 'block_outside_cycle']]);
    expect(issues(block('2025-10-06', '2025-12-29'))).toEqual([['end_date', 'block_outside_cycle']]);
    expect(issues(block('2026-01-05', '2026-03-29'))).toEqual([['start_date', 'block_outside_cycle'], ['end_date', 'block_outside_cycle']]);
    expect(issues(block('2025-03-03', null))).toEqual([['end_date', 'required']]);
    expect(issues(block('2025-03-03', '2025-03-01'))).toEqual([['end_date', 'invalid_range']]);
    expect(issues(block('2025-03-03', '2025-05-25', { macro_cycle_id: 'm2024' }))).toEqual([['macro_cycle_id', 'invalid_value']]);
    expect(issues(block('2025-03-03', '2025-05-25', { user_id: 'u2' }))).toEqual([['user_id', 'invalid_value']]);
  });

  it('says which block, which cycle and which dates', () => {
    expect(() => validateBlockInCycle(block('2025-10-06', '2026-01-04'), CYCLE)).toThrow(
      "block b1 'Base 1' ends 2026-01-04, after macro cycle m2025 '2025 season' (2025-01-06..2025-12-28) ends",
    );
  });

  it('property: a block is accepted exactly when its days are a sub-range of the cycle', () => {
    const dayText = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 120 }), (start, length) => {
        const candidate = block(dayText(start), dayText(start + length));
        const inside = dayText(start) >= CYCLE.start_date && dayText(start + length) <= CYCLE.end_date;
        expect(issues(candidate).length === 0).toBe(inside);
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
