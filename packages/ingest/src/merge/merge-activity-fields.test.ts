import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeActivityFields, rankCandidates, type MergeCandidate, type MergedValues } from './merge-activity-fields.js';
import { DEFAULT_MERGE_POLICY, MERGE_SOURCES, MergePolicySchema, type MergeSource } from './merge-policy.js';

const BASE = {
  performed_start: '2024-06-12T05:00:00.000Z',
  performed_end: '2024-06-12T06:00:00.000Z',
  timezone: null,
  utc_offset_minutes: 0,
  local_date: '2024-06-12',
  duration_seconds: 3600,
  activity_definition_id: null,
  discipline_id: null,
  title: null,
  avg_hr_bpm: null,
  max_hr_bpm: null,
  distance_m: null,
  elevation_gain_m: null,
  energy_kcal: null,
  avg_power_w: null,
  perceived_difficulty: null,
  enjoyment_rating: null,
  notes: null,
} as unknown as MergedValues;

function candidate(key: string, source: MergeSource, values: Record<string, unknown>, hasStrengthSets = false): MergeCandidate {
  return { key, source, rank: `${source}:${key}`, values: { ...BASE, ...values } as MergedValues, hasStrengthSets };
}

describe('mergeActivityFields', () => {
  const garmin = candidate('raw_g', 'garmin', { avg_hr_bpm: 150, max_hr_bpm: 170, distance_m: 10_000, performed_start: '2024-06-12T05:00:03.000Z' });
  const strava = candidate('raw_s', 'strava', { avg_hr_bpm: 148, max_hr_bpm: 169, distance_m: 10_050, title: 'Morning Run', avg_power_w: 250 });
  const manual = candidate('manual', 'manual', { perceived_difficulty: 7, notes: 'legs heavy', title: 'Tempo', duration_seconds: 3500 }, true);

  it('takes each field group from the best source that has it', () => {
    const merged = mergeActivityFields([strava, manual, garmin], DEFAULT_MERGE_POLICY);
    expect(merged.primary).toBe('raw_g');
    expect(merged.values.performed_start).toBe('2024-06-12T05:00:03.000Z');
    expect(merged.values.duration_seconds).toBe(3600);
    expect(merged.values.avg_hr_bpm).toBe(150);
    expect(merged.values.distance_m).toBe(10_000);
    expect(merged.values.avg_power_w).toBe(250);
    expect(merged.values.title).toBe('Tempo');
    expect(merged.values.notes).toBe('legs heavy');
    expect(merged.fieldSources).toEqual({
      timing: 'raw_g',
      activity_type: undefined,
      title: 'manual',
      heart_rate: 'raw_g',
      distance: 'raw_g',
      power: 'raw_s',
      strength_sets: 'manual',
      subjective: 'manual',
    } as never);
  });

  it('follows a configured priority', () => {
    const policy = MergePolicySchema.parse({ fields: { heart_rate: ['strava'] } });
    expect(mergeActivityFields([garmin, strava], policy).values.avg_hr_bpm).toBe(148);
    expect(rankCandidates([garmin, strava], 'heart_rate', policy).map((entry) => entry.key)).toEqual(['raw_s', 'raw_g']);
  });

  it('does not depend on the order of the candidates', () => {
    const candidates = fc.array(
      fc.record({
        source: fc.constantFrom(...MERGE_SOURCES),
        hr: fc.option(fc.integer({ min: 60, max: 200 }), { nil: null }),
        distance: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
        sets: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(candidates, fc.integer(), (specs, seed) => {
        const list = specs.map((spec, index) =>
          candidate(`raw_${index}`, spec.source, { avg_hr_bpm: spec.hr, max_hr_bpm: spec.hr, distance_m: spec.distance }, spec.sets),
        );
        const shuffled = [...list].sort((a, b) => ((a.key.length * seed) % 7) - ((b.key.length * seed) % 7) || (seed % 2 === 0 ? 1 : -1) * a.key.localeCompare(b.key));
        expect(mergeActivityFields(shuffled, DEFAULT_MERGE_POLICY)).toEqual(mergeActivityFields(list, DEFAULT_MERGE_POLICY));
      }),
    );
  });

  it('refuses no candidates', () => {
    expect(() => mergeActivityFields([], DEFAULT_MERGE_POLICY)).toThrow(RangeError);
  });
});

describe('MergePolicySchema', () => {
  it('completes a partial policy with the defaults, keeping every source once per field', () => {
    const policy = MergePolicySchema.parse({ startToleranceSeconds: 60, fields: { distance: ['strava', 'garmin'] } });
    expect(policy.startToleranceSeconds).toBe(60);
    expect(policy.minOverlapRatio).toBe(0.7);
    expect(policy.fields.distance.slice(0, 3)).toEqual(['strava', 'garmin', 'apple_health']);
    for (const list of Object.values(policy.fields)) expect([...list].sort()).toEqual([...MERGE_SOURCES].sort());
    expect(MergePolicySchema.parse({})).toEqual(DEFAULT_MERGE_POLICY);
  });

  it('rejects repeated sources and unknown fields', () => {
    expect(MergePolicySchema.safeParse({ fields: { distance: ['strava', 'strava'] } }).success).toBe(false);
    expect(MergePolicySchema.safeParse({ fields: { cadence: ['strava'] } }).success).toBe(false);
    expect(MergePolicySchema.safeParse({ minOverlapRatio: 2 }).success).toBe(false);
  });
});
