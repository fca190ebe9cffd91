import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule, compiledCheck } from './dual-schema.js';
import { FATIGUE_SESSION_RULE } from './fatigue-session-schema.js';
import { FATIGUE_SET_RULE } from './fatigue-set-schema.js';
import { FatigueSessionSchema } from './fatigue-session-schema.js';
import { FatigueInstantSchema, isCanonicalInstant } from './fatigue-instant-schema.js';
import { sessionsArbitrary } from '../test-support/arbitraries.js';

const SEED = 1337;

// Values near and beyond every bound, of the right and the wrong type.
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, true, false, '', 'x', 'squat', 'Europe/Berlin', 'Mars/Olympus', 'lifting', 'strength', 'other'),
  fc.constantFrom(-1, 0, 0.5, 1, 7.5, 10, 10.01, 11, 100, 101, 250, 251, 3000, 3001, 20_000, 86_400, 1_209_600, 1_209_601, -840, 841, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double({ min: -10, max: 400 }),
  fc.constantFrom('2024-06-10T06:00:00.000Z', '2024-06-10T06:00:00Z', '2024-06-10T08:00:00+02:00', '1899-12-31T23:59:59.999Z', '2024-13-01T00:00:00.000Z'),
  fc.constant([]),
);

const setLike = fc.dictionary(
  fc.constantFrom('movement_id', 'reps', 'load_kg', 'rir', 'rpe', 'duration_seconds', 'warmup', 'weight'),
  anyValue,
);
const sessionLike = fc
  .tuple(
    fc.dictionary(
      fc.constantFrom(
        'id', 'activity', 'category', 'started_at', 'duration_seconds', 'moving_time_seconds', 'time_zone', 'utc_offset_minutes',
        'avg_hr_bpm', 'normalized_power_w', 'avg_power_w', 'power_sample_interval_seconds', 'ngp_m_per_s', 'rpe', 'met', 'descent_m', 'avg_hr',
      ),
      anyValue,
    ),
    fc.option(fc.array(setLike, { maxLength: 3 }), { nil: undefined }),
    fc.option(fc.array(fc.oneof(fc.double({ min: -5, max: 3005 }), anyValue), { maxLength: 4 }), { nil: undefined }),
    fc.option(fc.array(fc.record({ duration_seconds: anyValue, avg_hr_bpm: anyValue }), { maxLength: 2 }), { nil: undefined }),
    fc.option(fc.record({ provider: anyValue, external_id: anyValue, priority: anyValue }, { requiredKeys: [] }), { nil: undefined }),
  )
  .map(([base, sets, power, segments, source]) => ({
    id: 's',
    activity: 'running',
    started_at: '2024-06-10T06:00:00.000Z',
    duration_seconds: 60,
    ...base,
    ...(sets === undefined ? {} : { sets }),
    ...(power === undefined ? {} : { power_samples_w: power }),
    ...(segments === undefined ? {} : { hr_segments: segments }),
    ...(source === undefined ? {} : { source }),
  }));

describe('the compiled fast check agrees with zod', () => {
  it('sets: check ⇒ zod accepts and returns the same value; zod rejects ⇒ check rejects', () => {
    const compiled = compiledCheck(FATIGUE_SET_RULE);
    fc.assert(
      fc.property(setLike, (value) => {
        const parsed = FATIGUE_SET_RULE.zod.safeParse(value);
        const fast = compiled(value);
        expect(fast).toBe(checkRule(FATIGUE_SET_RULE.spec, value));
        expect(fast).toBe(parsed.success);
        if (fast) expect(parsed.data).toEqual(value);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('sessions: the same, including nested sets, segments, samples, sources, instants and zones', () => {
    const compiled = compiledCheck(FATIGUE_SESSION_RULE);
    fc.assert(
      fc.property(sessionLike, (value) => {
        const parsed = FatigueSessionSchema.safeParse(value);
        const fast = compiled(value);
        expect(fast).toBe(checkRule(FATIGUE_SESSION_RULE.spec, value));
        if (fast) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(value);
        }
        // zod also accepts non-canonical instants (and normalizes them); the fast path sends those to zod.
        if (parsed.success && canonical(value)) expect(fast).toBe(true);
        if (!parsed.success) expect(fast).toBe(false);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('every generated valid session takes the fast path and equals its zod parse', () => {
    const compiled = compiledCheck(FATIGUE_SESSION_RULE);
    fc.assert(
      fc.property(sessionsArbitrary(6), (sessions) => {
        for (const session of sessions) {
          expect(compiled(session)).toBe(true);
          expect(FatigueSessionSchema.parse(session)).toEqual(session);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the canonical-instant check equals "zod accepts it and returns it unchanged"', () => {
    const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((list) => list.join(''));
    const shaped = fc
      .tuple(fc.constantFrom('18', '19', '20', '21', '22', '23'), digits(2), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3))
      .map(([century, year, month, day, hour, minute, second, ms]) => `${century}${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`);
    const nearValid = fc
      .date({ min: new Date('1899-06-01T00:00:00Z'), max: new Date('2201-06-01T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(fc.oneof(shaped, nearValid), (value) => {
        const parsed = FatigueInstantSchema.safeParse(value);
        expect(isCanonicalInstant(value)).toBe(parsed.success && parsed.data === value);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('rejects class instances and arrays where objects are expected', () => {
    const compiled = compiledCheck(FATIGUE_SET_RULE);
    expect(compiled(new (class Set_ { movement_id = 'x'; })())).toBe(false);
    expect(compiled([])).toBe(false);
    expect(compiled(Object.assign(Object.create(null), { movement_id: 'x' }))).toBe(true);
  });
});

function canonical(value: Record<string, unknown>): boolean {
  return typeof value.started_at === 'string' && /\.\d{3}Z$/.test(value.started_at);
}
