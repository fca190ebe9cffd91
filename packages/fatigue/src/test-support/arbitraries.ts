/**
 * fast-check arbitraries for the property tests (fatigue.md §3 hygiene: no NaN, no Infinity, bounded values, epoch
 * milliseconds as integers).
 */
import fc from 'fast-check';
import type { FatigueProfile } from '../inputs/fatigue-profile-schema.js';
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { TV8_MUSCLE_MAPS } from './fixtures.js';

/** 2024-01-01T00:00:00Z, the origin of generated histories. */
export const ORIGIN_MS = Date.parse('2024-01-01T00:00:00Z');
/** Generated sessions start within this many minutes after the origin (60 days). */
export const SPAN_MINUTES = 60 * 24 * 60;

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const setArbitrary = fc.record(
  {
    movement_id: fc.constantFrom('squat', 'bench', 'rdl', 'unknown_move'),
    reps: fc.integer({ min: 0, max: 30 }),
    load_kg: finite(0, 300),
    rir: fc.option(finite(0, 8), { nil: undefined }),
    rpe: fc.option(finite(0, 10), { nil: undefined }),
    warmup: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['movement_id'] },
);

/** The raw material of a session; ids and sources are assigned by {@link sessionsArbitrary}. */
export interface SessionSeed {
  readonly activity: string;
  readonly startMinute: number;
  readonly durationSeconds: number;
  readonly rung: string;
  readonly value: number;
  readonly sets: ReadonlyArray<Record<string, unknown>>;
  readonly descent: number;
  readonly zone: 'none' | 'berlin' | 'offset';
}

/** One session seed over the whole load ladder. */
export const sessionSeedArbitrary: fc.Arbitrary<SessionSeed> = fc.record({
  activity: fc.constantFrom('running', 'cycling', 'hiking', 'tennis', 'climbing', 'lifting', 'unknown_sport'),
  startMinute: fc.integer({ min: 0, max: SPAN_MINUTES }),
  durationSeconds: fc.integer({ min: 0, max: 4 * 3600 }),
  rung: fc.constantFrom('power', 'samples', 'pace', 'hr', 'segments', 'rpe', 'sets', 'met', 'duration'),
  value: finite(0, 1),
  sets: fc.array(setArbitrary, { maxLength: 6 }),
  descent: finite(0, 2000),
  zone: fc.constantFrom('none', 'berlin', 'offset'),
});

/** Turns a seed into a valid session input. */
export function sessionFromSeed(seed: SessionSeed, id: string, shiftMs = 0): FatigueSessionInput {
  const base: FatigueSessionInput = {
    id,
    activity: seed.activity,
    started_at: new Date(ORIGIN_MS + seed.startMinute * 60_000 + shiftMs).toISOString(),
    duration_seconds: seed.durationSeconds,
    source: { provider: 'manual', external_id: id },
    ...(seed.zone === 'berlin' ? { time_zone: 'Europe/Berlin' } : seed.zone === 'offset' ? { utc_offset_minutes: 120 } : {}),
    ...(seed.activity === 'hiking' ? { descent_m: seed.descent } : {}),
  };
  switch (seed.rung) {
    case 'power':
      return { ...base, normalized_power_w: 100 + seed.value * 300 };
    case 'samples':
      return { ...base, power_samples_w: Array.from({ length: 90 }, (_, index) => 150 + ((index * 37) % 200) * seed.value) };
    case 'pace':
      return { ...base, ngp_m_per_s: 2 + seed.value * 3 };
    case 'hr':
      return { ...base, avg_hr_bpm: 40 + seed.value * 180 };
    case 'segments':
      return {
        ...base,
        hr_segments: [
          { duration_seconds: seed.durationSeconds / 2, avg_hr_bpm: 100 + seed.value * 50 },
          { duration_seconds: seed.durationSeconds / 2, avg_hr_bpm: 130 + seed.value * 60 },
        ],
      };
    case 'rpe':
      return { ...base, rpe: seed.value * 10 };
    case 'sets':
      return { ...base, sets: seed.sets as FatigueSessionInput['sets'] };
    case 'met':
      return { ...base, met: 1 + seed.value * 14 };
    default:
      return base;
  }
}

/** A list of sessions with unique ids `s0`, `s1`, ... (same provider, so none is a duplicate of another). */
export function sessionsArbitrary(maxLength = 10): fc.Arbitrary<FatigueSessionInput[]> {
  return fc
    .array(sessionSeedArbitrary, { maxLength })
    .map((seeds) => seeds.map((seed, index) => sessionFromSeed(seed, `s${index}`)));
}

/** Profiles from rich (all thresholds) to bare (zone only). */
export const profileArbitrary: fc.Arbitrary<FatigueProfile> = fc.oneof(
  fc.constant<FatigueProfile>({
    time_zone: 'Europe/Berlin',
    birth_date: '1988-05-20' as FatigueProfile['birth_date'],
    sex: 'female',
    resting_hr_bpm: 52,
    max_hr_bpm: 190,
    lthr_bpm: 170,
    ftp_w: 240,
    threshold_speed_m_per_s: 3.8,
    vo2max_ml_per_kg_min: 52,
  }),
  fc.constant<FatigueProfile>({ time_zone: 'UTC', sex: 'male', birth_date: '1970-02-28' as FatigueProfile['birth_date'] }),
  fc.constant<FatigueProfile>({ time_zone: 'America/New_York' }),
  fc.constant<FatigueProfile>({ time_zone: 'Etc/GMT-2', sex: 'intersex', resting_hr_bpm: 70, ftp_w: 180 }),
);

/** `asOf` within the generated span (and a bit after). */
export const asOfArbitrary = fc
  .integer({ min: 0, max: SPAN_MINUTES + 14 * 24 * 60 })
  .map((minute) => new Date(ORIGIN_MS + minute * 60_000).toISOString());

/** The muscle maps the properties use. */
export const PROPERTY_MAPS = TV8_MUSCLE_MAPS;
