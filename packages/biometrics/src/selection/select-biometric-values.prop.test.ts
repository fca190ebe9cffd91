import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { biometricSourceRank } from '../priority/biometric-source-rank.js';
import { BIOMETRIC_SOURCE_PRIORITY } from '../priority/biometric-source-priority.js';
import type { BiometricSourcePriority } from '../priority/biometric-source-priority-schema.js';
import { observations, shuffledPriority } from '../test-support/arbitraries.js';
import { selectBiometricValues } from './select-biometric-values.js';

const SEED = 52_311;

type Row = Parameters<typeof selectBiometricValues>[0][number];

/** Oracle: the best of a group by sorting it with the documented order (rank, latest measured_at, smallest id). */
function bestOf(group: readonly Row[], priority: BiometricSourcePriority): Row {
  const measured = (row: Row) => (row.measured_at == null ? Number.NEGATIVE_INFINITY : Date.parse(row.measured_at));
  return [...group].sort(
    (a, b) =>
      biometricSourceRank(a, priority) - biometricSourceRank(b, priority) ||
      (measured(b) > measured(a) ? 1 : measured(b) < measured(a) ? -1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0]!;
}

function groups(rows: readonly Row[]): Map<string, Row[]> {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) byKey.set(`${row.metric_type}|${row.date}`, [...(byKey.get(`${row.metric_type}|${row.date}`) ?? []), row]);
  return byKey;
}

describe('selectBiometricValues properties', () => {
  it('picks exactly one row per (metric, day), and it is the highest-priority one', () => {
    fc.assert(
      fc.property(observations, fc.oneof(fc.constant(BIOMETRIC_SOURCE_PRIORITY), shuffledPriority(BIOMETRIC_SOURCE_PRIORITY)), (rows, priority) => {
        const chosen = selectBiometricValues(rows, { priority });
        const byKey = groups(rows);
        expect(chosen).toHaveLength(byKey.size);
        expect(new Set(chosen.map((row) => `${row.metric_type}|${row.date}`)).size).toBe(byKey.size);
        for (const row of chosen) {
          const group = byKey.get(`${row.metric_type}|${row.date}`)!;
          expect(group).toContain(row); // the row itself, every field kept
          expect(row).toBe(bestOf(group, priority));
          const ranks = group.map((other) => biometricSourceRank(other, priority));
          expect(biometricSourceRank(row, priority)).toBe(Math.min(...ranks));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a manual entry always wins its day under the default priority', () => {
    fc.assert(
      fc.property(observations, (rows) => {
        for (const row of selectBiometricValues(rows)) {
          const group = groups(rows).get(`${row.metric_type}|${row.date}`)!;
          if (group.some((other) => other.source === 'manual')) expect(row.source).toBe('manual');
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is deterministic: the same rows in any order give the same result', () => {
    fc.assert(
      fc.property(
        observations.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          expect(selectBiometricValues(shuffled)).toEqual(selectBiometricValues(rows));
          expect(selectBiometricValues(rows)).toEqual(selectBiometricValues(rows));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
