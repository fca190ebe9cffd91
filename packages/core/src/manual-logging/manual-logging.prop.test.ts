import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSequentialIdFactory } from '../ids/id-factory.js';
import { ActivityInstanceInsertSchema, ActivityInstanceRowSchema } from '../schema/activity-instance.js';
import { ActivityStrengthSetInsertSchema, ActivityStrengthSetRowSchema } from '../schema/activity-strength-set.js';
import { localDayOf } from '../time/local-day.js';
import { safeBuildCardioLog, type CardioLogInput } from './build-cardio-log.js';
import { safeBuildSessionLog, type SessionLogInput } from './build-session-log.js';
import { safeBuildStrengthLog, type StrengthLogInput, type StrengthSetInput } from './build-strength-log.js';
import type { ManualLog } from './manual-log.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham'];
const MIN_MS = Date.parse('2000-01-01T00:00:00Z');
const MAX_MS = Date.parse('2040-01-01T00:00:00Z');

const instant = fc.integer({ min: MIN_MS, max: MAX_MS }).map((ms) => new Date(ms).toISOString());
const rpe = fc.integer({ min: 0, max: 20 }).map((half) => half / 2);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const common = fc.record({
  userId: fc.constantFrom('usr_01', 'athlete-42'),
  start: instant,
  durationSeconds: fc.integer({ min: 1, max: 6 * 3600 }),
  timeZone: optional(fc.constantFrom(...ZONES)),
  rpe: optional(rpe),
  enjoyment: optional(fc.integer({ min: 1, max: 5 })),
  notes: optional(fc.string({ maxLength: 40 })),
  plannedSessionId: optional(fc.constantFrom('ps_1', 'ps_2')),
  activityDefinitionId: fc.constantFrom('act_running', 'act_tennis', 'act_climbing'),
});

const heartRates = fc
  .tuple(fc.integer({ min: 20, max: 250 }), fc.integer({ min: 0, max: 60 }))
  .map(([avg, extra]) => ({ avgHeartRateBpm: avg, maxHeartRateBpm: Math.min(250, avg + extra) }));

const strengthSet: fc.Arbitrary<StrengthSetInput> = fc.record({
  movementId: fc.constantFrom('mov_back_squat', 'mov_bench_press', 'mov_plank'),
  reps: fc.integer({ min: 0, max: 30 }),
  loadKg: optional(fc.double({ min: 0, max: 400, noNaN: true })),
  rir: optional(fc.integer({ min: 0, max: 20 }).map((half) => half / 2)),
  durationSeconds: optional(fc.integer({ min: 0, max: 600 })),
  distanceM: optional(fc.double({ min: 0, max: 100, noNaN: true })),
});

const strengthInput: fc.Arbitrary<StrengthLogInput> = fc
  .tuple(common, fc.array(strengthSet, { minLength: 1, maxLength: 12 }))
  .map(([fields, sets]) => ({ ...fields, sets }));
const cardioInput: fc.Arbitrary<CardioLogInput> = fc
  .tuple(common, heartRates, fc.double({ min: 0, max: 200_000, noNaN: true }))
  .map(([fields, hr, distanceM]) => ({ ...fields, ...hr, distanceM }));
const sessionInput: fc.Arbitrary<SessionLogInput> = common;

const context = () => ({ ids: createSequentialIdFactory('id'), createdAt: '2041-01-01T00:00:00.000Z' });

function expectCanonical(log: ManualLog, input: { start: string; durationSeconds: number; timeZone?: string; plannedSessionId?: string }) {
  const instance = log.activityInstance;
  expect(ActivityInstanceRowSchema.safeParse(instance).success).toBe(true);
  expect(ActivityInstanceInsertSchema.safeParse(instance).success).toBe(true);
  expect(instance.local_date).toBe(localDayOf(instance.performed_start, { timeZone: instance.timezone, utcOffsetMinutes: instance.utc_offset_minutes }));
  expect(Date.parse(instance.performed_end!) - Date.parse(instance.performed_start)).toBe(input.durationSeconds * 1000);
  expect(instance.source).toBe(input.plannedSessionId ? 'planned' : 'manual');
  for (const set of log.strengthSets) {
    expect(ActivityStrengthSetRowSchema.safeParse(set).success).toBe(true);
    expect(ActivityStrengthSetInsertSchema.safeParse(set).success).toBe(true);
    expect(set.activity_instance_id).toBe(instance.id);
  }
}

describe('manual-log builders (properties)', () => {
  it('valid strength inputs always produce rows that parse with the row schemas, sets in order', () => {
    fc.assert(
      fc.property(strengthInput, (input) => {
        const result = safeBuildStrengthLog(input, context());
        if (!result.ok) throw result.error;
        expectCanonical(result.value, input as never);
        expect(result.value.strengthSets.map((set) => set.set_index)).toEqual(input.sets.map((_, index) => index));
        expect(new Set([result.value.activityInstance.id, ...result.value.strengthSets.map((set) => set.id)]).size).toBe(input.sets.length + 1);
      }),
    );
  });

  it('valid cardio and session inputs always produce rows that parse with the row schemas', () => {
    fc.assert(
      fc.property(cardioInput, sessionInput, (cardio, session) => {
        const cardioResult = safeBuildCardioLog(cardio, context());
        if (!cardioResult.ok) throw cardioResult.error;
        expectCanonical(cardioResult.value, cardio as never);
        const sessionResult = safeBuildSessionLog(session, context());
        if (!sessionResult.ok) throw sessionResult.error;
        expectCanonical(sessionResult.value, session as never);
      }),
    );
  });

  it('any negative duration is rejected, naming the field', () => {
    const negative = fc.double({ min: -1e9, max: -Number.MIN_VALUE, noNaN: true });
    fc.assert(
      fc.property(strengthInput, cardioInput, sessionInput, negative, fc.nat(), (strength, cardio, session, seconds, pick) => {
        const setIndex = pick % strength.sets.length;
        const badSet = { ...strength, sets: strength.sets.map((set, index) => (index === setIndex ? { ...set, durationSeconds: seconds } : set)) };
        const cases: [ReturnType<typeof safeBuildStrengthLog>, string][] = [
          [safeBuildStrengthLog({ ...strength, durationSeconds: seconds }, context()), 'durationSeconds'],
          [safeBuildStrengthLog(badSet, context()), `sets.${setIndex}.durationSeconds`],
          [safeBuildCardioLog({ ...cardio, durationSeconds: seconds }, context()), 'durationSeconds'],
          [safeBuildSessionLog({ ...session, durationSeconds: seconds }, context()), 'durationSeconds'],
        ];
        for (const [result, path] of cases) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ path, rule: 'too_small' }));
        }
      }),
    );
  });

  it('an end before the start is always rejected on end', () => {
    fc.assert(
      fc.property(sessionInput, fc.integer({ min: 1, max: 10 * 86_400_000 }), (session, earlierBy) => {
        const end = new Date(Date.parse(session.start) - earlierBy).toISOString();
        const result = safeBuildSessionLog({ ...session, durationSeconds: undefined, end }, context());
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ path: 'end' }));
      }),
    );
  });
});
