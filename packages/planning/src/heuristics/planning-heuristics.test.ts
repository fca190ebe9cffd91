import { createHash } from 'node:crypto';
import { canonicalJson } from '@trainkit/fatigue';
import { ConfigError, isTrainkitError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanningHeuristics, planningHeuristicsSha256, safeParsePlanningHeuristics } from './parse-planning-heuristics.js';
import { PLANNING_HEURISTICS } from './planning-heuristics.js';
import { planningHeuristicsProvenance } from './planning-heuristics-provenance.js';

function content(): Record<string, unknown> {
  const { sha256: _sha, ...rest } = structuredClone(PLANNING_HEURISTICS) as unknown as Record<string, unknown>;
  return rest;
}

function shuffleKeys(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, order));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(record)).map((key) => [key, shuffleKeys(record[key], order)]));
}

describe('planning heuristics config', () => {
  it('the default is trainkit.planning, validated, frozen and hashed over its canonical JSON', () => {
    expect(PLANNING_HEURISTICS.id).toBe('trainkit.planning');
    expect(PLANNING_HEURISTICS.version).toBe('0.1.0');
    expect(Object.isFrozen(PLANNING_HEURISTICS)).toBe(true);
    expect(Object.isFrozen(PLANNING_HEURISTICS.adjustments)).toBe(true);
    const expected = createHash('sha256').update(canonicalJson(content()), 'utf8').digest('hex');
    expect(PLANNING_HEURISTICS.sha256).toBe(expected);
    expect(planningHeuristicsProvenance(PLANNING_HEURISTICS)).toEqual({ id: 'trainkit.planning', version: '0.1.0', sha256: expected });
  });

  it('key order never changes the hash; any change of a number does', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.double({ min: 1, max: 29, noNaN: true }), (reverse, percent) => {
        const shuffled = shuffleKeys(content(), (keys) => (reverse ? [...keys].reverse() : [...keys].sort()));
        expect(planningHeuristicsSha256(shuffled as object)).toBe(PLANNING_HEURISTICS.sha256);
        const changed = parsePlanningHeuristics({ ...content(), adjustments: { ...PLANNING_HEURISTICS.adjustments, volume_reduction_percent: percent } });
        expect(changed.sha256).not.toBe(PLANNING_HEURISTICS.sha256);
        expect(planningHeuristicsProvenance(changed).sha256).toBe(changed.sha256);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects inconsistent thresholds, unknown keys and a wrong sha256 with a ConfigError naming the field', () => {
    const bands = safeParsePlanningHeuristics({ ...content(), form: { min_ctl: 10, min_history_days: 84, reduce_below_percent: -50, recovery_below_percent: -30 } });
    expect(bands.ok).toBe(false);
    if (!bands.ok) {
      expect(bands.error).toBeInstanceOf(ConfigError);
      expect(bands.error.message).toContain('form.recovery_below_percent');
    }
    const typo = safeParsePlanningHeuristics({ ...content(), adjustmnets: {} });
    expect(typo.ok).toBe(false);
    const sha = safeParsePlanningHeuristics({ ...content(), sha256: '0'.repeat(64) });
    expect(!sha.ok && sha.error.message).toContain('does not match the content');
    expect(() => parsePlanningHeuristics({ ...content(), muscle: { roles: ['primary', 'primary'], reduce_at_percent: 40, swap_at_percent: 60 } })).toThrow(
      /muscle\.roles/,
    );
    try {
      planningHeuristicsProvenance({ ...content(), version: 'one' } as never);
      expect.unreachable();
    } catch (error) {
      expect(isTrainkitError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });
});
