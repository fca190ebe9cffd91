import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { SessionDurationSecondsSchema, SetDurationSecondsSchema } from '../columns/duration-seconds.js';
import { EnergyKcalSchema } from '../columns/energy-kcal.js';
import { HeartRateBpmSchema } from '../columns/heart-rate-bpm.js';
import { LoadKgSchema } from '../columns/load-kg.js';
import { PowerWattsSchema } from '../columns/power-watts.js';
import { RepsSchema } from '../columns/reps.js';
import { RirSchema } from '../columns/rir.js';
import { RpeSchema } from '../columns/rpe.js';
import { ActivityDefinitionIdSchema, MovementIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { isWithinBounds, MAX_INSTANT, MAX_LOCAL_DATE, MIN_INSTANT, MIN_LOCAL_DATE, TRAINKIT_BOUNDS, type ValueBounds } from './trainkit-bounds.js';

/** Every column schema that carries one of the bounds, and the bound it carries. */
const BOUNDED_COLUMNS: readonly [string, z.ZodType, ValueBounds][] = [
  ['SessionDurationSecondsSchema', SessionDurationSecondsSchema, TRAINKIT_BOUNDS.sessionDurationSeconds],
  ['SetDurationSecondsSchema', SetDurationSecondsSchema, TRAINKIT_BOUNDS.setDurationSeconds],
  ['HeartRateBpmSchema', HeartRateBpmSchema, TRAINKIT_BOUNDS.heartRateBpm],
  ['LoadKgSchema', LoadKgSchema, TRAINKIT_BOUNDS.loadKg],
  ['RepsSchema', RepsSchema, TRAINKIT_BOUNDS.reps],
  ['RpeSchema', RpeSchema, TRAINKIT_BOUNDS.rpe],
  ['RirSchema', RirSchema, TRAINKIT_BOUNDS.rir],
  ['DistanceMetersSchema', DistanceMetersSchema, TRAINKIT_BOUNDS.distanceM],
  ['EnergyKcalSchema', EnergyKcalSchema, TRAINKIT_BOUNDS.energyKcal],
  ['PowerWattsSchema', PowerWattsSchema, TRAINKIT_BOUNDS.powerW],
];

describe('TRAINKIT_BOUNDS', () => {
  it('every range is ordered and finite', () => {
    for (const [key, bounds] of Object.entries(TRAINKIT_BOUNDS)) {
      expect(Number.isFinite(bounds.min) && Number.isFinite(bounds.max), key).toBe(true);
      expect(bounds.min <= bounds.max, key).toBe(true);
    }
  });

  it.each(BOUNDED_COLUMNS)('%s accepts exactly its range', (_name, schema, bounds) => {
    expect(schema.safeParse(bounds.min).success).toBe(true);
    expect(schema.safeParse(bounds.max).success).toBe(true);
    expect(schema.safeParse(bounds.min - 1).success).toBe(false);
    expect(schema.safeParse(bounds.max + 1).success).toBe(false);
    expect(schema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });

  it('refuses a zero-length and a 9999-hour session, accepts 14 days', () => {
    expect(SessionDurationSecondsSchema.safeParse(0).success).toBe(false);
    expect(SessionDurationSecondsSchema.safeParse(9999 * 3600).success).toBe(false);
    expect(SessionDurationSecondsSchema.safeParse(14 * 86_400).success).toBe(true);
    expect(isWithinBounds(9999 * 3600, TRAINKIT_BOUNDS.sessionDurationSeconds)).toBe(false);
    expect(isWithinBounds(Number.NaN, TRAINKIT_BOUNDS.sessionDurationSeconds)).toBe(false);
  });

  it('instants lie in the years 1900..2200, local dates in 1800..2300', () => {
    expect(InstantSchema.parse(MIN_INSTANT)).toBe(MIN_INSTANT);
    expect(InstantSchema.parse(MAX_INSTANT)).toBe(MAX_INSTANT);
    expect(InstantSchema.safeParse('1899-12-31T23:59:59.999Z').success).toBe(false);
    expect(InstantSchema.safeParse('2201-01-01T00:00:00.000Z').success).toBe(false);
    // The range is checked on the normalized UTC value.
    expect(InstantSchema.safeParse('1900-01-01T00:30:00+01:00').success).toBe(false);
    expect(InstantSchema.safeParse('0001-01-01T00:00:00.000Z').success).toBe(false);
    expect(LocalDateSchema.parse(MIN_LOCAL_DATE)).toBe(MIN_LOCAL_DATE);
    expect(LocalDateSchema.parse(MAX_LOCAL_DATE)).toBe(MAX_LOCAL_DATE);
    expect(LocalDateSchema.safeParse('1899-12-31').success).toBe(true);
    expect(LocalDateSchema.safeParse('1799-12-31').success).toBe(false);
    expect(LocalDateSchema.safeParse('9999-12-31').success).toBe(false);
  });

  it('ids are 1..128 letters, digits or _ . : @ -', () => {
    for (const id of ['usr_01', 'athlete-42', 'act_running', 'fatigue-run:0a1b', 'ada@example.com', '3b241101-e2bb-4255-8caf-4136c566a962']) {
      expect(UserIdSchema.safeParse(id).success, id).toBe(true);
    }
    for (const id of ['', 'a b', ' u1', 'u1\n', 'a/b', 'é', 'x'.repeat(129)]) {
      expect(UserIdSchema.safeParse(id).success, JSON.stringify(id)).toBe(false);
    }
    expect(MovementIdSchema.safeParse('x'.repeat(128)).success).toBe(true);
    expect(ActivityDefinitionIdSchema.safeParse('trail running').success).toBe(false);
  });
});
