import { ACTIVITY_DEFINITIONS, ACTIVITY_SLUGS, CATALOG_VERSION, catalogId, MOVEMENTS } from '@trainkit/catalog';
import { ConfigError, NotFoundError, ValidationError, type UserId } from '@trainkit/core';
import {
  computeFatigue,
  DEFAULT_HEURISTICS_CONFIG,
  FatigueReportSchema,
  type ComputeFatigueInput,
  type FatigueReport,
} from '@trainkit/fatigue';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogHeuristicsConfig } from './catalog/catalog-heuristics-config.js';
import { catalogMuscleMaps } from './catalog/catalog-muscle-maps.js';
import { createTrainkit } from './create-trainkit.js';
import { TrainkitFatigueReportSchema, type TrainkitFatigueReport } from './fatigue/trainkit-fatigue-report-schema.js';
import { createUser, insertActivities, insertRawActivities, openSqliteStorage, straightSets } from './test-support/fatigue-fixtures.js';
import type { Trainkit } from './trainkit.js';

const AS_OF = '2024-06-12T07:00:00.000Z';
const HOUR = 3_600_000;

/** The engine part of a facade report: without `format`, `user_id`, `attribution` and `provenance.inputs`. */
function enginePart(report: TrainkitFatigueReport): FatigueReport {
  const { format: _format, user_id: _user, attribution: _attribution, provenance, ...rest } = report;
  const { inputs: _inputs, ...engineProvenance } = provenance;
  return { ...rest, provenance: engineProvenance };
}

let storage: KyselyStorage;
let trainkit: Trainkit;
let user: UserId;

beforeEach(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date(AS_OF) });
  await trainkit.seedCatalog();
  user = await createUser(storage, 'u1', { settings: { timezone: 'Europe/Berlin' }, birthDate: '1990-01-01', sex: 'male' });
});

afterEach(async () => {
  await storage.close();
});

describe('seedCatalog', () => {
  it('upserts the whole catalog, idempotently', async () => {
    const first = await trainkit.seedCatalog();
    expect(first.catalogVersion).toBe(CATALOG_VERSION);
    expect(first.rows.movements).toBe(MOVEMENTS.length);
    expect(first.rows.activityDefinitions).toBe(ACTIVITY_DEFINITIONS.length);
    expect(await trainkit.seedCatalog()).toEqual(first);
    expect(await storage.movements.list()).toHaveLength(MOVEMENTS.length);
    expect((await storage.activityDefinitions.get(catalogId('activityDefinition', 'running') as never)).slug).toBe('running');
  });
});

describe('catalog maps and heuristics', () => {
  it('give every catalog activity a muscle map and a heuristics entry, filling gaps without overriding the engine', () => {
    const maps = catalogMuscleMaps();
    const config = catalogHeuristicsConfig();
    expect(Object.keys(maps.activities ?? {}).sort()).toEqual([...ACTIVITY_SLUGS].sort());
    expect(Object.keys(maps.movements)).toHaveLength(MOVEMENTS.length);
    for (const slug of ACTIVITY_SLUGS) expect(config.activities[slug], slug).toBeDefined();
    expect(config.version).toBe(`${DEFAULT_HEURISTICS_CONFIG.version}+catalog.${CATALOG_VERSION}`);
    // The engine's own entries keep their values; the catalog adds only what they lack.
    expect(config.activities.running).toEqual({ ...DEFAULT_HEURISTICS_CONFIG.activities.running, met: 8 });
    expect(config.activities.tennis).toEqual(DEFAULT_HEURISTICS_CONFIG.activities.tennis);
    // A catalog-only activity: its category, CNS impact and MET, the category's dose.
    const swimming = ACTIVITY_DEFINITIONS.find((activity) => activity.slug === 'swimming')!;
    expect(config.activities.swimming).toEqual({
      category: 'cardio',
      systemic_weight: 1,
      cns_factor: swimming.cnsImpact,
      hse_per_100_lu: 5,
      met: swimming.met!.value,
    });
    expect(config.activities.strength_training?.heavy_compound_cns_factor).toBeCloseTo(0.8 * 1.2, 12);
  });

  it('leaves no catalog activity to the engine unknown-activity fallback', async () => {
    const fixtures = ACTIVITY_SLUGS.map((slug, index) => ({
      id: `a_${slug}`,
      activity: slug,
      start: new Date(Date.parse('2024-01-01T08:00:00Z') + index * 24 * HOUR).toISOString(),
      durationSeconds: 1800,
      rpe: 5,
    }));
    await insertActivities(storage, user, fixtures);
    const report = await trainkit.fatigue.report({ userId: user, asOf: '2024-06-01T00:00:00Z' });
    expect(report.sessions).toHaveLength(ACTIVITY_SLUGS.length);
    expect(report.provenance.warnings.filter((warning) => warning.startsWith('activity.unknown'))).toEqual([]);
  });
});

describe('fatigue.report', () => {
  it('gives the per-muscle and systemic numbers of the model for one known lifting session', async () => {
    await insertActivities(storage, user, [
      { id: 'lift_1', activity: 'strength_training', start: '2024-06-11T16:00:00Z', durationSeconds: 3600, sets: straightSets('back_squat', 5, 5, 100, 2) },
    ]);
    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    TrainkitFatigueReportSchema.parse(report);

    // Back squat (catalog): quadriceps primary 1, glutes primary 0.8, adductors secondary 0.6, lower back stabilizer 0.5.
    // Dose per set = role weight (1 / 0.5 / 0.2) x magnitude x g(RIR 2) = 0.9; 5 sets; impulse at the end (17:00Z),
    // 14 h before as-of; tau = recovery_hours_90 / ln 10; fatigue % = 100 (1 - e^(-M / capacity)).
    const hours = 14;
    const expectMuscle = (slug: string, dosePerSet: number, recoveryHours90: number, capacity: number) => {
      const tau = recoveryHours90 / Math.LN10;
      const value = 5 * dosePerSet * 0.9 * Math.exp(-hours / tau);
      const muscle = report.muscles[slug]!;
      expect(muscle.value_hse, slug).toBeCloseTo(value, 12);
      expect(muscle.fatigue_percent, slug).toBeCloseTo(100 * (1 - Math.exp(-value / capacity)), 10);
      const threshold = -capacity * Math.log(0.9);
      expect(muscle.hours_to_90_percent_recovered, slug).toBeCloseTo(value > threshold ? tau * Math.log(value / threshold) : 0, 10);
    };
    expectMuscle('quadriceps', 1 * 1, 72, 10);
    expectMuscle('glutes', 1 * 0.8, 72, 10);
    expectMuscle('adductors', 0.5 * 0.6, 72, 8);
    expectMuscle('lower_back', 0.2 * 0.5, 72, 8);
    expectMuscle('calves', 0.2 * 0.2, 36, 8);
    // The same, as a number: 4.5 e^(-14 ln10 / 72) = 2.8756 HSE -> 24.99 %.
    expect(report.muscles.quadriceps!.fatigue_percent).toBeCloseTo(24.99281056283029, 10);
    expect(report.muscles.chest!.value_hse).toBe(0);

    // Load: 5 hard sets x 4.5 LU x 1.5 (compound lower) x 0.9 = 30.375 LU; the catalog's CNS impact of strength
    // training (0.8) raised 1.2x for a compound set at RIR <= 2.
    const session = report.sessions[0]!;
    expect(session.load).toMatchObject({ method: 'lifting_sets', lu: 30.375 });
    expect(session.cns_factor).toBeCloseTo(0.96, 12);
    const acute = 30.375 * 0.96 * Math.exp(-hours / (48 / Math.LN10));
    expect(report.systemic.value_lu).toBeCloseTo(acute, 10);
    expect(report.systemic.percent).toBeCloseTo(100 * (1 - Math.exp(-acute / 100)), 10);

    // Provenance: the session, the catalog, the heuristics.
    expect(report.provenance.sessions.used).toEqual(['lift_1']);
    expect(report.provenance.heuristics.version).toBe(`0.1.0+catalog.${CATALOG_VERSION}`);
    expect(report.provenance.inputs).toMatchObject({
      user_id: 'u1',
      catalog_version: CATALOG_VERSION,
      activity_instance_ids: ['lift_1'],
      ingestion_run_ids: [],
      profile: { time_zone: 'Europe/Berlin', sources: { time_zone: 'user_settings', birth_date: 'user_profile', sex: 'user_profile' } },
      heuristics: { source: 'catalog_default', user_override: false },
    });
    expect(report.attribution!.muscles.quadriceps!.sessions).toEqual([
      { session_id: 'lift_1', contribution: report.muscles.quadriceps!.value_hse, share: 1 },
    ]);
  });

  it('equals computeFatigue on the same input written by hand', async () => {
    await insertActivities(storage, user, [
      { id: 'lift_1', activity: 'strength_training', start: '2024-06-11T16:00:00Z', durationSeconds: 3600, sets: straightSets('back_squat', 5, 5, 100, 2) },
      { id: 'run_1', activity: 'running', start: '2024-06-10T05:00:00Z', durationSeconds: 3000, avgHr: 150, distanceM: 10000, rpe: 6 },
    ]);
    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    const byHand: ComputeFatigueInput = {
      sessions: [
        {
          id: 'lift_1',
          source: { provider: 'manual', priority: 10 },
          activity: 'strength_training',
          category: 'strength',
          started_at: '2024-06-11T16:00:00Z',
          duration_seconds: 3600,
          time_zone: 'Europe/Berlin',
          utc_offset_minutes: 120,
          sets: Array.from({ length: 5 }, () => ({ movement_id: 'back_squat', reps: 5, load_kg: 100, rir: 2, warmup: false })),
        },
        {
          id: 'run_1',
          source: { provider: 'manual' },
          activity: 'running',
          category: 'cardio',
          started_at: '2024-06-10T05:00:00Z',
          duration_seconds: 3000,
          time_zone: 'Europe/Berlin',
          utc_offset_minutes: 120,
          avg_hr_bpm: 150,
          rpe: 6,
          sets: [],
        },
      ],
      plannedSessions: [],
      recoverySignals: [],
      profile: { time_zone: 'Europe/Berlin', birth_date: '1990-01-01', sex: 'male' },
      asOf: AS_OF,
      muscleMaps: catalogMuscleMaps(),
      config: catalogHeuristicsConfig(),
    };
    expect(enginePart(report)).toEqual(FatigueReportSchema.parse(computeFatigue(byHand)));
    const { input } = await trainkit.fatigue.input({ userId: user, asOf: AS_OF });
    expect(enginePart(report)).toEqual(computeFatigue(input));
  });

  it('names the ingestion runs of the provider activities the engine used, not of excluded duplicates', async () => {
    await insertActivities(storage, user, [
      // The same run, from Strava (heart rate) and typed in by hand (RPE): one is a duplicate.
      { id: 'strava_1', activity: 'running', start: '2024-06-10T05:00:00Z', durationSeconds: 3600, avgHr: 150, provider: { name: 'strava', runId: 'run_a' } },
      { id: 'manual_1', activity: 'running', start: '2024-06-10T05:01:00Z', durationSeconds: 3540, rpe: 6 },
      // A logged strength session and the same session recorded by a Garmin watch (heart rate only).
      { id: 'lift_1', activity: 'strength_training', start: '2024-06-11T16:00:00Z', durationSeconds: 3600, sets: straightSets('bench_press', 3, 8, 60, 2) },
      { id: 'garmin_1', activity: 'strength_training', start: '2024-06-11T16:02:00Z', durationSeconds: 3500, avgHr: 110, provider: { name: 'garmin', runId: 'run_b' } },
    ]);
    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    // The run: the more precise load method wins (Strava's heart rate over the typed-in RPE). The strength session:
    // logged sets carry the per-muscle detail, so they outrank the watch's heart-rate-only record.
    expect(report.provenance.sessions.used).toEqual(['strava_1', 'lift_1']);
    expect(report.provenance.sessions.excluded_duplicates).toEqual([
      { id: 'garmin_1', duplicate_of: 'lift_1', rule: 'overlap>=0.8,start<=300s' },
      { id: 'manual_1', duplicate_of: 'strava_1', rule: 'overlap>=0.8,start<=300s' },
    ]);
    // Both provider activities were given; only the run's ingestion run produced a number.
    expect(report.provenance.inputs.provider_activities.map((source) => [source.activity_instance_id, source.ingestion_run_id])).toEqual([
      ['strava_1', 'run_a'],
      ['garmin_1', 'run_b'],
    ]);
    expect(report.provenance.inputs.ingestion_run_ids).toEqual(['run_a']);
  });

  it('reads a local date as the end of that day in the user zone', async () => {
    await insertActivities(storage, user, [
      // 23:30 Berlin on June 11th: counted for "2024-06-11", ended 00:30 on the 12th in Berlin.
      { id: 'late', activity: 'running', start: '2024-06-11T21:30:00Z', durationSeconds: 1800, rpe: 5 },
      { id: 'early', activity: 'running', start: '2024-06-11T05:00:00Z', durationSeconds: 1800, rpe: 5 },
    ]);
    const report = await trainkit.fatigue.report({ userId: user, asOf: '2024-06-11' });
    expect(report.as_of).toBe('2024-06-11T21:59:59.999Z');
    expect(report.as_of_date).toBe('2024-06-11');
    expect(report.provenance.sessions.used).toEqual(['early']);
    expect(report.provenance.sessions.ignored_after_as_of).toEqual(['late']);
  });

  it('gives a user without activities a report of zeros, not NaN', async () => {
    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(report.sessions).toEqual([]);
    expect(report.pmc).toMatchObject({ ctl: 0, atl: 0, tsb: 0 });
    expect(report.systemic.percent).toBe(0);
    expect(Object.values(report.muscles).every((muscle) => muscle.fatigue_percent === 0 && muscle.hours_to_90_percent_recovered === 0)).toBe(true);
    expect(report.provenance.inputs.history).toEqual({ from: null, to: AS_OF });
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('uses the injected clock when no asOf is given', async () => {
    const report = await trainkit.fatigue.report({ userId: user });
    expect(report.as_of).toBe(AS_OF);
  });

  it('feeds the forecast with planned sessions and their prescriptions, and readiness with recovery signals', async () => {
    const now = '2024-06-12T07:00:00.000Z';
    await storage.plannedSessions.insertMany([
      { id: 'plan_1', user_id: user, scheduled_date: '2024-06-13', title: 'Lower A', activity_definition_id: catalogId('activityDefinition', 'strength_training'), planned_duration_seconds: 3600, created_at: now, updated_at: now },
      { id: 'plan_skipped', user_id: user, scheduled_date: '2024-06-14', title: 'Easy run', status: 'skipped', activity_definition_id: catalogId('activityDefinition', 'running'), planned_duration_seconds: 1800, created_at: now, updated_at: now },
      { id: 'plan_far', user_id: user, scheduled_date: '2024-07-30', title: 'Far away', activity_definition_id: catalogId('activityDefinition', 'running'), created_at: now, updated_at: now },
    ] as never);
    await storage.plannedSessionExercises.insert({
      id: 'ex_1', user_id: user, planned_session_id: 'plan_1', movement_id: catalogId('movement', 'back_squat'), order_index: 0, sets: 4, reps: 5, load_kg: 100, rir: 2,
    } as never);
    const signals = Array.from({ length: 10 }, (_, index) => {
      const date = `2024-06-${String(3 + index).padStart(2, '0')}`;
      return { id: `hrv_${index}`, user_id: user, source: 'manual', signal_type: 'hrv_rmssd_ms', measured_at: `${date}T05:00:00.000Z`, local_date: date, value: 60 + (index % 3) * 5, created_at: now };
    });
    await storage.recoverySignals.insertMany(signals as never);
    const report = await trainkit.fatigue.report({ userId: user, asOf: now });
    expect(report.provenance.inputs.planned_session_ids).toEqual(['plan_1']);
    expect(report.forecast!.sessions).toHaveLength(1);
    // 4 prescribed sets of back squat at RIR 2: 4 x 4.5 x 1.5 x 0.9 LU, planned at local noon.
    expect(report.forecast!.sessions[0]).toMatchObject({ id: 'plan_1', started_at: '2024-06-13T10:00:00.000Z', load: { lu: 24.3 } });
    expect(report.forecast!.sessions[0]!.muscle_doses_hse.quadriceps).toBeCloseTo(4 * 0.9, 12);
    expect(report.provenance.inputs.recovery_signal_ids).toEqual(signals.map((signal) => signal.id));
    expect(report.readiness.status).toBe('ok');
    expect(report.readiness.components.hrv).not.toBeNull();
    // Today's HRV (60 ms) as ln(RMSSD), against the nine days before.
    expect(report.readiness.components.hrv!.value).toBeCloseTo(Math.log(60), 12);
    expect(report.readiness.components.hrv!.baseline_days).toBe(9);
  });

  it('applies the user heuristics override and names it in the provenance', async () => {
    await insertActivities(storage, user, [
      { id: 'lift_1', activity: 'strength_training', start: '2024-06-11T16:00:00Z', durationSeconds: 3600, sets: straightSets('back_squat', 5, 5, 100, 2) },
    ]);
    const before = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    await storage.userSettings.patch(user, { fatigue_overrides_json: { muscles: { capacity_hse: { quadriceps: 20 } } } }, AS_OF as never);
    const after = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(after.provenance.inputs.heuristics.user_override).toBe(true);
    expect(after.provenance.heuristics.sha256).not.toBe(before.provenance.heuristics.sha256);
    expect(after.muscles.quadriceps!.capacity_hse).toBe(20);
    expect(after.muscles.quadriceps!.fatigue_percent).toBeCloseTo(100 * (1 - Math.exp(-after.muscles.quadriceps!.value_hse / 20)), 12);

    // An override the engine rejects is ignored and reported, never a failed report.
    await storage.userSettings.patch(user, { fatigue_overrides_json: { muscles: { capacity_hse: { quadriceps: -1 } } } }, AS_OF as never);
    const ignored = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(ignored.provenance.inputs.heuristics.user_override).toBe(false);
    expect(ignored.provenance.heuristics.sha256).toBe(before.provenance.heuristics.sha256);
    expect(ignored.provenance.inputs.skipped).toEqual([
      expect.objectContaining({ table: 'user_settings', row_id: 'u1', column: 'fatigue_overrides_json', effect: 'value_ignored' }),
    ]);
    expect(ignored.provenance.inputs.skipped[0]!.reason).toMatch(/muscles\.capacity_hse\.quadriceps/);
    expect(ignored.provenance.inputs.warnings).toContain('stored.skipped:user_settings.fatigue_overrides_json');
  });

  it('rejects an unknown user, a bad asOf and a bad heuristics option with typed errors', async () => {
    await expect(trainkit.fatigue.report({ userId: 'nobody', asOf: AS_OF })).rejects.toBeInstanceOf(NotFoundError);
    const error = await trainkit.fatigue.report({ userId: user, asOf: 'yesterday' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: 'asOf', rule: 'invalid_value' });
    expect(() => createTrainkit({ storage, heuristics: { ...DEFAULT_HEURISTICS_CONFIG, pmc: { ...DEFAULT_HEURISTICS_CONFIG.pmc, ctl_days: -1 } } })).toThrow(ConfigError);
  });

  it('skips stored rows the engine cannot read (written by hand) with a warning naming row and column, never throwing', async () => {
    await insertActivities(storage, user, [
      { id: 'ok', activity: 'running', start: '2024-05-01T05:00:00Z', durationSeconds: 1800, rpe: 5 },
      { id: 'lift', activity: 'strength_training', start: '2024-06-10T16:00:00Z', durationSeconds: 3600, sets: straightSets('back_squat', 3, 5, 100, 2) },
    ]);
    const clean = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(clean.provenance.inputs.skipped).toEqual([]);
    // The repositories refuse these (a 9999-hour session, a 0-second one, a set of 3000 kg): raw SQL does not.
    await expect(
      insertActivities(storage, user, [{ id: 'refused', activity: 'hiking', start: '2024-05-02T05:00:00Z', durationSeconds: 9999 * 3600, endKnown: false }]),
    ).rejects.toBeInstanceOf(ValidationError);
    await insertRawActivities(storage, user, [
      { id: 'endless', activity: 'hiking', start: '2024-05-02T05:00:00Z', durationSeconds: 9999 * 3600, endKnown: false, rpe: 3 },
      { id: 'long_end', activity: 'cycling', start: '2024-05-03T05:00:00Z', durationSeconds: 20 * 86_400, rpe: 3 },
      { id: 'heavy', activity: 'strength_training', start: '2024-06-11T16:00:00Z', durationSeconds: 3600, sets: [{ movement: 'back_squat', reps: 1, loadKg: 3000, rir: 0 }] },
    ]);
    await storage.kysely
      .insertInto('recovery_signals')
      .values({
        id: 'sleep_bad', user_id: user, source: 'manual', signal_type: 'sleep_duration_seconds', measured_at: '2024-06-12T05:00:00.000Z',
        local_date: '2024-06-12', value: -60, created_at: AS_OF,
      } as never)
      .execute();
    await storage.kysely.updateTable('user_settings').set({ hr_rest_bpm: 70, hr_max_bpm: 65 } as never).where('user_id', '=', user).execute();

    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(report.provenance.inputs.activity_instance_ids).toEqual(['ok', 'lift']);
    expect(report.provenance.inputs.skipped).toEqual([
      { table: 'user_settings', row_id: 'u1', column: 'hr_max_bpm', rule: 'custom', reason: 'must exceed resting_hr_bpm', effect: 'value_ignored' },
      expect.objectContaining({ table: 'activity_instances', row_id: 'endless', column: 'duration_seconds', rule: 'too_big', effect: 'row_skipped' }),
      expect.objectContaining({ table: 'activity_instances', row_id: 'long_end', column: 'performed_end', rule: 'too_big', effect: 'row_skipped' }),
      expect.objectContaining({ table: 'activity_strength_sets', row_id: 'heavy_set_0', column: 'load_kg', rule: 'too_big', effect: 'row_skipped' }),
      expect.objectContaining({ table: 'recovery_signals', row_id: 'sleep_bad', column: 'value', rule: 'too_small', effect: 'row_skipped' }),
    ]);
    expect(report.provenance.inputs.warnings).toEqual(
      expect.arrayContaining(['stored.skipped:activity_instances[endless].duration_seconds', 'stored.skipped:recovery_signals[sleep_bad].value']),
    );
    // The report equals one over the readable rows only, and every number is finite.
    const { input } = await trainkit.fatigue.input({ userId: user, asOf: AS_OF });
    expect(enginePart(report)).toEqual(computeFatigue(input));
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });
});
