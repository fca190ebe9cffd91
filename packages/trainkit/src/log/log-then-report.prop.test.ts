/**
 * Property: whatever `trainkit.log.*` accepts, `trainkit.fatigue.report` can read. Random valid logs of every kind,
 * with values anywhere in `TRAINKIT_BOUNDS` (14-day sessions, 2,000 kg sets, heart rates at both ends, zones from
 * UTC−11 to UTC+14, any century the bounds allow), are written through the facade; the report never throws,
 * skips nothing, and every number in it is finite.
 */
import { ACTIVITY_DEFINITIONS, MOVEMENTS } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';
import type { LogCardioInput, LogSessionInput, LogStrengthInput, LogStrengthSetInput } from './log-inputs.js';
import { LOG_KIND_CATEGORIES } from './log-kind.js';

const B = TRAINKIT_BOUNDS;
const DAY_MS = 86_400_000;
const ZONES = ['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];

const slugsOf = (categories: readonly string[]) =>
  ACTIVITY_DEFINITIONS.filter((activity) => categories.includes(activity.category)).map((activity) => activity.slug);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const within = (bounds: { min: number; max: number }) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: bounds.min, max: bounds.max, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(bounds.min, bounds.max) },
  );
const integerWithin = (bounds: { min: number; max: number }) => fc.integer({ min: bounds.min, max: bounds.max });
const sessionSeconds = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: B.sessionDurationSeconds.min, max: 4 * 3600 }) },
  { weight: 1, arbitrary: integerWithin(B.sessionDurationSeconds) },
);
const heartRates = fc
  .tuple(integerWithin(B.heartRateBpm), fc.integer({ min: 0, max: 60 }))
  .map(([avg, extra]) => ({ avgHeartRateBpm: avg, maxHeartRateBpm: Math.min(B.heartRateBpm.max, avg + extra) }));

const strengthSet: fc.Arbitrary<LogStrengthSetInput> = fc
  .record({
    movement: fc.constantFrom(...MOVEMENTS.map((movement) => movement.slug)),
    reps: integerWithin(B.reps),
    loadKg: optional(within(B.loadKg)),
    effort: fc.oneof(
      fc.constant({}),
      within(B.rpe).map((rpe) => ({ rpe })),
      fc.integer({ min: 0, max: 2 * B.rir.max }).map((half) => ({ rir: half / 2 })),
    ),
    durationSeconds: optional(within(B.setDurationSeconds)),
    isWarmup: fc.boolean(),
  })
  .map(({ effort, ...set }) => ({ ...set, ...effort }));

/** The fields every log kind shares; `offsetMs` places the start after the history's anchor. */
const shared = fc.record({
  offsetMs: fc.integer({ min: 0, max: 60 * DAY_MS }),
  timeZone: fc.constantFrom(...ZONES),
  rpe: optional(within(B.rpe)),
  notes: optional(fc.string({ maxLength: 30 })),
});

type AnyLog =
  | { readonly kind: 'strength'; readonly offsetMs: number; readonly input: Omit<LogStrengthInput, 'userId' | 'start'> }
  | { readonly kind: 'cardio'; readonly offsetMs: number; readonly input: Omit<LogCardioInput, 'userId' | 'start'> }
  | { readonly kind: 'sport' | 'hobby'; readonly offsetMs: number; readonly input: Omit<LogSessionInput, 'userId' | 'start'> };

const strengthLog: fc.Arbitrary<AnyLog> = fc
  .tuple(shared, fc.constantFrom(...slugsOf(LOG_KIND_CATEGORIES.strength)), optional(sessionSeconds), fc.array(strengthSet, { minLength: 1, maxLength: 6 }))
  .map(([{ offsetMs, ...fields }, activity, durationSeconds, sets]) => ({ kind: 'strength', offsetMs, input: { ...fields, activity, durationSeconds, sets } }));

const cardioLog: fc.Arbitrary<AnyLog> = fc
  .tuple(
    shared,
    fc.constantFrom(...slugsOf(LOG_KIND_CATEGORIES.cardio)),
    sessionSeconds,
    optional(heartRates),
    fc.record({ distanceM: optional(within(B.distanceM)), avgPowerW: optional(within(B.powerW)), energyKcal: optional(within(B.energyKcal)) }),
  )
  .map(([{ offsetMs, ...fields }, activity, durationSeconds, hr, metrics]) => ({
    kind: 'cardio',
    offsetMs,
    input: { ...fields, activity, durationSeconds, ...hr, ...metrics },
  }));

const sessionLog: fc.Arbitrary<AnyLog> = fc
  .tuple(
    shared,
    fc.constantFrom('sport', 'hobby') as fc.Arbitrary<'sport' | 'hobby'>,
    fc.constantFrom(...slugsOf(LOG_KIND_CATEGORIES.sport)),
    sessionSeconds,
    optional(integerWithin({ min: 1, max: 5 })),
    optional(heartRates),
  )
  .map(([{ offsetMs, ...fields }, kind, activity, durationSeconds, enjoyment, hr]) => ({
    kind,
    offsetMs,
    input: { ...fields, activity, durationSeconds, enjoyment, ...hr },
  }));

/** A history anywhere in the supported years: an anchor day, logs up to 60 days after it, a report up to 90 days after. */
const history = fc.record({
  anchorMs: fc.integer({ min: Date.UTC(B.years.min, 0, 2), max: Date.UTC(B.years.max, 8, 1) }),
  logs: fc.array(fc.oneof(strengthLog, cardioLog, sessionLog), { minLength: 1, maxLength: 6 }),
  reportAfterMs: fc.integer({ min: 0, max: 90 * DAY_MS }),
});

function expectFinite(value: unknown, path = 'report'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, index) => expectFinite(item, `${path}.${index}`));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) expectFinite(item, `${path}.${key}`);
}

let storage: KyselyStorage;
let trainkit: Trainkit;
let users = 0;

beforeAll(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-12T07:00:00Z') });
  await trainkit.seedCatalog();
});

afterAll(async () => {
  await storage.close();
});

describe('logs written through the facade always give a fatigue report', () => {
  it('random valid logs of every kind, anywhere in the bounds: the report never throws, skips nothing, stays finite', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(history, async ({ anchorMs, logs, reportAfterMs }) => {
        users += 1;
        const userId = `prop_user_${users}`;
        await trainkit.users.create({ id: userId, timeZone: 'Europe/Berlin' });
        for (const log of logs) {
          const start = new Date(anchorMs + log.offsetMs).toISOString();
          const logged =
            log.kind === 'strength'
              ? await trainkit.log.strength({ ...log.input, userId, start })
              : log.kind === 'cardio'
                ? await trainkit.log.cardio({ ...log.input, userId, start })
                : await trainkit.log[log.kind]({ ...log.input, userId, start });
          expect(logged.activityInstance.discipline_id).toBe(logged.activityDefinition?.discipline_id ?? null);
        }
        const asOf = new Date(Math.min(anchorMs + 60 * DAY_MS + reportAfterMs, Date.UTC(B.years.max, 11, 31))).toISOString();
        const report = await trainkit.fatigue.report({ userId, asOf });
        expect(report.provenance.inputs.skipped).toEqual([]);
        expectFinite(report);
      }),
      { numRuns: 25, seed: 20_240_612 },
    );
  });
});
