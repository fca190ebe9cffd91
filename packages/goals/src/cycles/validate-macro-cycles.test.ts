import { ValidationError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MacroCycleOverlapError } from '../errors/macro-cycle-overlap-error.js';
import { findMacroCycleOverlaps, validateMacroCycles, type MacroCycleLike } from './validate-macro-cycles.js';

const cycle = (id: string, start: string, end: string, user = 'u1'): MacroCycleLike => ({
  id, user_id: user, name: `Season ${id}`, start_date: start, end_date: end,
});

describe('validateMacroCycles', () => {
  it('accepts back-to-back cycles and cycles of different athletes on the same dates', () => {
    expect(() =>
      validateMacroCycles([
        cycle('c2026', '2026-01-01', '2026-12-31'),
        cycle('c2025', '2025-01-01', '2025-12-31'),
        cycle('other', '2025-06-01', '2026-05-31', 'u2'),
      ]),
    ).not.toThrow();
  });

  it('rejects an overlap of a single shared day, naming both cycles and the shared days', () => {
    const error = (() => {
      try {
        validateMacroCycles([cycle('c2026', '2025-12-31', '2026-12-30'), cycle('c2025', '2025-01-01', '2025-12-31')]);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MacroCycleOverlapError);
    expect(error).toBeInstanceOf(ValidationError);
    const overlap = error as MacroCycleOverlapError;
    expect(overlap.reason).toBe('macro_cycle_overlap');
    expect(overlap.code).toBe('VALIDATION_FAILED');
    expect([overlap.first.id, overlap.second.id]).toEqual(['c2025', 'c2026']);
    expect(overlap.issues).toEqual([
      {
        path: 'start_date',
        rule: 'macro_cycle_overlap',
        message: "macro cycle c2026 'Season c2026' (2025-12-31..2026-12-30) overlaps c2025 'Season c2025' (2025-01-01..2025-12-31) on 2025-12-31..2025-12-31",
      },
    ]);
  });

  it('rejects a cycle that ends before it starts', () => {
    expect(() => validateMacroCycles([cycle('bad', '2025-06-01', '2025-05-31')])).toThrow(/ends \(2025-05-31\) before it starts/);
  });

  it('property: an overlap is reported exactly when two ranges of one athlete share a day, whatever the order', () => {
    const dayText = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const cyclesArbitrary = fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 800 }), length: fc.integer({ min: 0, max: 400 }), user: fc.constantFrom('u1', 'u2') }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(cyclesArbitrary, fc.integer(), (specs, seed) => {
        const cycles = specs.map((spec, index) => cycle(`c${index}`, dayText(spec.start), dayText(spec.start + spec.length), spec.user));
        let bruteForce = 0;
        for (let i = 0; i < specs.length; i++) {
          for (let j = i + 1; j < specs.length; j++) {
            const a = specs[i]!;
            const b = specs[j]!;
            if (a.user === b.user && a.start <= b.start + b.length && b.start <= a.start + a.length) bruteForce++;
          }
        }
        const shuffled = [...cycles].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7));
        expect(findMacroCycleOverlaps(cycles)).toHaveLength(bruteForce);
        expect(findMacroCycleOverlaps(shuffled)).toEqual(findMacroCycleOverlaps(cycles));
        if (bruteForce > 0) expect(() => validateMacroCycles(shuffled)).toThrow(MacroCycleOverlapError);
        else expect(() => validateMacroCycles(shuffled)).not.toThrow();
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
