import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BiometricTrendSchema, BiometricFatigueProfileSchema } from '@trainkit/biometrics';
import { ConflictError, NotFoundError, ValidationError, type UserId } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { FatigueInputSourcesSchema } from '../fatigue/fatigue-input-sources-schema.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';

const AS_OF = '2024-06-14T07:00:00.000Z';
const USER = 'athlete_1';

let storage: KyselyStorage;
let trainkit: Trainkit;
let folder: string | undefined;

function sequentialIds(): () => string {
  let next = 0;
  return () => `id_${String(++next).padStart(6, '0')}`;
}

beforeEach(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date(AS_OF), ids: sequentialIds() });
  await trainkit.users.create({ id: USER, timeZone: 'Europe/Berlin', birthDate: '1990-08-21', sex: 'female' });
});
afterEach(async () => {
  await storage.close();
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A Garmin body composition push (a connected scale): 72.45 kg and 14.2 % on 06-12, 72.9 kg on 06-13 (UTC-7). */
const garminBodyComps = {
  bodyComps: [
    { summaryId: 'x4aacafe-666a5ea8', measurementTimeInSeconds: 1718248200, measurementTimeOffsetInSeconds: -25200, weightInGrams: 72450, bodyFatInPercent: 14.2 },
    { summaryId: 'x4aacafe-666bb020', measurementTimeInSeconds: 1718334300, measurementTimeOffsetInSeconds: -25200, weightInGrams: 72900 },
  ],
};

/** A WHOOP recovery: resting heart rate 51 and HRV 61.2 ms, measured at 05:10Z on 06-13. */
const whoopRecovery = {
  records: [
    {
      cycle_id: 93845,
      sleep_id: '6b1c4c4e-0000-4000-8000-0000000000r1',
      user_id: 10129,
      created_at: '2024-06-13T05:10:00.000Z',
      updated_at: '2024-06-13T05:10:00.000Z',
      score_state: 'SCORED',
      score: { user_calibrating: false, recovery_score: 66, resting_heart_rate: 51, hrv_rmssd_milli: 61.2 },
    },
  ],
  next_token: null,
};

/** A Strava run with a heart rate: average 149, maximum 186. */
const stravaRun = {
  resource_state: 2,
  id: 9001,
  name: 'Intervals',
  sport_type: 'Run',
  start_date: '2024-06-12T05:00:00Z',
  start_date_local: '2024-06-12T07:00:00Z',
  timezone: '(GMT+01:00) Europe/Berlin',
  utc_offset: 7200,
  elapsed_time: 3600,
  moving_time: 3550,
  distance: 10_000,
  average_heartrate: 149,
  max_heartrate: 186,
};

async function ingestAll() {
  const garmin = await trainkit.ingest.ingestPayload({ userId: USER, provider: 'garmin', resource: 'body_compositions', payload: garminBodyComps });
  const whoop = await trainkit.ingest.ingestPayload({ userId: USER, provider: 'whoop', resource: 'recovery', payload: whoopRecovery });
  const strava = await trainkit.ingest.ingestPayload({ userId: USER, provider: 'strava', resource: 'activities', payload: [stravaRun] });
  const [activity] = await storage.activityInstances.list(USER as UserId);
  return { garmin: garmin.run.id, whoop: whoop.run.id, strava: strava.run.id, activityId: activity!.id };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('trainkit.biometrics', () => {
  it('records manual measurements on the user’s local day and lists them', async () => {
    const weight = await trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 61.5, measuredAt: '2024-06-12T22:30:00Z' });
    expect(weight).toEqual({
      id: 'id_000001',
      table: 'user_biometrics_history',
      metric_type: 'weight_kg',
      // 00:30 in Berlin.
      date: '2024-06-13',
      measured_at: '2024-06-12T22:30:00.000Z',
      value: 61.5,
      source: 'manual',
      provider: null,
      external_record_id: null,
      ingestion_run_id: null,
      normalizer_id: null,
      normalizer_version: null,
      notes: null,
      created_at: AS_OF,
      device_class: 'manual',
      selected: true,
    });
    const bodyFat = await trainkit.biometrics.record({ userId: USER, metric: 'body_fat_percent', value: 21.5, date: '2024-06-10', notes: 'DEXA' });
    expect(bodyFat).toMatchObject({ date: '2024-06-10', measured_at: null, notes: 'DEXA' });
    const resting = await trainkit.biometrics.record({ userId: USER, metric: 'resting_hr_bpm', value: 50 });
    expect(resting).toMatchObject({ date: '2024-06-14', measured_at: AS_OF });

    const all = await trainkit.biometrics.list({ userId: USER });
    expect(all.map((entry) => entry.id)).toEqual([bodyFat.id, resting.id, weight.id]);
    expect(await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg', from: '2024-06-14' })).toEqual([]);
    expect(await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg', to: '2024-06-13' })).toEqual([weight]);
  });

  it('refuses bad input with typed errors naming the field, writing nothing', async () => {
    await trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 61.5, date: '2024-06-12', id: 'bio_1' });
    const pathOf = async (promise: Promise<unknown>) => {
      const error = await rejection(promise);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues.map((issue) => issue.path);
    };
    expect(await pathOf(trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 10 }))).toEqual(['value']);
    expect(await pathOf(trainkit.biometrics.record({ userId: USER, metric: 'mood' as never, value: 3 }))).toEqual(['metric']);
    expect(await pathOf(trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 61, measuredAt: 'yesterday' }))).toEqual(['measuredAt']);
    expect(await pathOf(trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 61, date: '2024-02-30' }))).toEqual(['date']);
    expect(await pathOf(trainkit.biometrics.record({ userId: '', metric: 'weight_kg', value: 61 }))).toEqual(['userId']);
    expect(await pathOf(trainkit.biometrics.list({ userId: USER, from: '14.06.2024' }))).toEqual(['from']);
    expect(await pathOf(trainkit.biometrics.trend({ userId: USER, metric: 'weight_kg', asOf: 'soon' }))).toEqual(['asOf']);
    expect(await rejection(trainkit.biometrics.record({ userId: 'nobody', metric: 'weight_kg', value: 61 }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(trainkit.biometrics.profileAt({ userId: 'nobody' }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 61, date: '2024-06-13', id: 'bio_1' }))).toBeInstanceOf(ConflictError);
    expect(await storage.biometrics.list(USER as UserId)).toHaveLength(1);
  });

  it('reads ingested values with their raw records and runs, one per metric and day by source priority', async () => {
    const runs = await ingestAll();
    const manual = await trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 72.0, date: '2024-06-12' });

    const weights = await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg' });
    // Ordered by day, then instant (the manual entry has none, so it comes first).
    expect(weights.map((entry) => [entry.date, entry.source, entry.value, entry.selected])).toEqual([
      ['2024-06-12', 'manual', 72.0, true],
      ['2024-06-12', 'provider', 72.45, false],
      ['2024-06-13', 'provider', 72.9, true],
    ]);
    for (const entry of weights.filter((item) => item.source === 'provider')) {
      expect(entry).toMatchObject({ provider: 'garmin', device_class: 'scale', ingestion_run_id: runs.garmin, normalizer_id: 'garmin.body_compositions' });
      const raw = await storage.externalActivityRecords.get(USER as UserId, entry.external_record_id as never);
      expect(raw.provider).toBe('garmin');
    }
    expect(await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg', selectedOnly: true })).toEqual(weights.filter((entry) => entry.selected));
    expect(weights[0]!.id).toBe(manual.id);

    const [resting] = await trainkit.biometrics.list({ userId: USER, metric: 'resting_hr_bpm' });
    expect(resting).toMatchObject({
      table: 'recovery_signals',
      date: '2024-06-13',
      value: 51,
      provider: 'whoop',
      device_class: 'overnight_wearable',
      ingestion_run_id: runs.whoop,
      selected: true,
    });
    expect((await storage.externalActivityRecords.get(USER as UserId, resting!.external_record_id as never)).provider).toBe('whoop');
    expect((await trainkit.biometrics.list({ userId: USER, metric: 'hrv_rmssd_ms' })).map((entry) => entry.value)).toEqual([61.2]);
    const [fat] = await trainkit.biometrics.list({ userId: USER, metric: 'body_fat_percent' });
    expect(fat).toMatchObject({ value: 14.2, provider: 'garmin' });
  });

  it('gives the trend of a metric as of an instant or a day, leaving out later values', async () => {
    // Weekly weigh-ins, 0.5 kg less each week.
    for (let week = 0; week < 7; week += 1) {
      const day = new Date(Date.parse('2024-05-03T00:00:00Z') + week * 7 * 86_400_000).toISOString().slice(0, 10);
      await trainkit.biometrics.record({ userId: USER, metric: 'weight_kg', value: 75 - 0.5 * week, measuredAt: `${day}T05:00:00Z` });
    }
    const trend = await trainkit.biometrics.trend({ userId: USER, metric: 'weight_kg' });
    BiometricTrendSchema.parse(trend);
    expect(trend.as_of).toBe('2024-06-14');
    expect(trend.points).toHaveLength(7);
    expect(trend.weekly_change).toBeCloseTo(-0.5, 10);
    expect(trend.latest).toMatchObject({ date: '2024-06-14', value: 72 });
    expect(trend.smoothed!).toBeGreaterThan(72);
    // Before the 06-14 weigh-in at 05:00Z: the 06-07 value is the last one.
    const earlier = await trainkit.biometrics.trend({ userId: USER, metric: 'weight_kg', asOf: '2024-06-14T04:59:59Z' });
    expect(earlier.latest).toMatchObject({ date: '2024-06-07', value: 72.5 });
    const fromJune = await trainkit.biometrics.trend({ userId: USER, metric: 'weight_kg', asOf: '2024-06-10', from: '2024-06-01', halfLifeDays: 3 });
    expect(fromJune.points.map((point) => point.date)).toEqual(['2024-06-07']);
    expect(fromJune.half_life_days).toBe(3);
    expect(await trainkit.biometrics.trend({ userId: USER, metric: 'hrv_rmssd_ms' })).toMatchObject({ points: [], latest: null, weekly_change: null });
  });

  it('gives the body the fatigue engine sees, each value naming its stored row', async () => {
    const runs = await ingestAll();
    const body = await trainkit.biometrics.profileAt({ userId: USER });
    BiometricFatigueProfileSchema.parse(body);
    const garmin1306 = (await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg', from: '2024-06-13' }))[0]!;
    const [resting] = await trainkit.biometrics.list({ userId: USER, metric: 'resting_hr_bpm' });
    expect(body).toEqual({
      user_id: USER,
      as_of: '2024-06-14',
      as_of_instant: AS_OF,
      time_zone: 'Europe/Berlin',
      height_cm: null,
      age_years: { value: 33, source: 'profile', method: 'age_at', source_id: USER, date: '1990-08-21' },
      sex: { value: 'female', source: 'profile', source_id: USER },
      body_mass_kg: { value: 72.9, source: 'biometrics', method: 'latest', source_id: garmin1306.id, date: '2024-06-13' },
      vo2max_ml_kg_min: null,
      resting_hr_bpm: { value: 51, source: 'biometrics', method: 'ewma', source_id: resting!.id, date: '2024-06-13' },
      max_hr_bpm: { value: 186, source: 'observed_activity', method: 'maximum', source_id: runs.activityId, date: '2024-06-12' },
      source_tables: {
        age_years: 'user_profile',
        sex: 'user_profile',
        body_mass_kg: 'user_biometrics_history',
        resting_hr_bpm: 'recovery_signals',
        max_hr_bpm: 'activity_instances',
      },
    });
    // Before anything was measured: only the profile, and the maximum predicted from age.
    const before = await trainkit.biometrics.profileAt({ userId: USER, asOf: '2024-06-11' });
    expect(before).toMatchObject({ body_mass_kg: null, resting_hr_bpm: null, max_hr_bpm: { method: 'tanaka', source_id: USER } });
  });
});

describe('the fatigue report reads the body over time', () => {
  it('uses the ingested body mass, resting heart rate and observed maximum when the settings lack them, and says so', async () => {
    const runs = await ingestAll();
    const report = await trainkit.fatigue.report({ userId: USER, asOf: AS_OF });
    const inputs = FatigueInputSourcesSchema.parse(report.provenance.inputs);
    const resting = (await trainkit.biometrics.list({ userId: USER, metric: 'resting_hr_bpm' }))[0]!;
    const mass = (await trainkit.biometrics.list({ userId: USER, metric: 'weight_kg', from: '2024-06-13' }))[0]!;
    expect(inputs.profile.sources).toEqual({
      time_zone: 'user_settings',
      birth_date: 'user_profile',
      sex: 'user_profile',
      resting_hr_bpm: 'recovery_signals',
      max_hr_bpm: 'observed_activity',
      body_mass_kg: 'user_biometrics_history',
    });
    expect(inputs.profile.source_ids).toEqual({ resting_hr_bpm: resting.id, max_hr_bpm: runs.activityId, body_mass_kg: mass.id });
    expect(inputs.skipped).toEqual([]);
    const { input } = await trainkit.fatigue.input({ userId: USER, asOf: AS_OF });
    // Rounded: heart rates to whole bpm, body mass to 0.5 kg.
    expect(input.profile).toMatchObject({ resting_hr_bpm: 51, max_hr_bpm: 186, body_mass_kg: 73 });
    // The run's heart-rate load used them.
    const run = report.sessions.find((session) => session.id === runs.activityId)!;
    expect(run.load.inputs).toMatchObject({ hr_max_bpm: 186, hr_max_source: 'profile', hr_rest_bpm: 51, hr_rest_source: 'profile' });
  });

  it('keeps the settings where they set a value, and leaves out a body value the engine would refuse beside them', async () => {
    const runs = await ingestAll();
    await trainkit.users.update(USER, { restingHeartRateBpm: 48, thresholdHeartRateBpm: 190 });
    const report = await trainkit.fatigue.report({ userId: USER, asOf: AS_OF });
    const inputs = FatigueInputSourcesSchema.parse(report.provenance.inputs);
    expect(inputs.profile.sources).toMatchObject({ resting_hr_bpm: 'user_settings', lthr_bpm: 'user_settings', body_mass_kg: 'user_biometrics_history' });
    // An observed maximum of 186 is below the threshold of 190: left out, named, and the engine predicts from age.
    expect(inputs.profile.sources.max_hr_bpm).toBeUndefined();
    expect(inputs.skipped).toEqual([
      expect.objectContaining({ table: 'activity_instances', row_id: runs.activityId, column: 'max_hr_bpm', effect: 'value_ignored' }),
    ]);
    const { input } = await trainkit.fatigue.input({ userId: USER, asOf: AS_OF });
    expect(input.profile).toMatchObject({ resting_hr_bpm: 48, lthr_bpm: 190, body_mass_kg: 73 });
    expect(input.profile.max_hr_bpm ?? null).toBeNull();
  });

  it('keeps the cached daily state incremental while the rounded body values stay the same', async () => {
    await ingestAll();
    expect((await trainkit.fatigue.refreshState({ userId: USER, asOf: '2024-06-14T06:00:00Z' })).reason).toBe('no_previous_state');
    // A resting heart rate close to the smoothed one: still 51 bpm once rounded.
    await trainkit.biometrics.record({ userId: USER, metric: 'resting_hr_bpm', value: 51.4, measuredAt: '2024-06-14T05:00:00Z' });
    expect((await trainkit.fatigue.refreshState({ userId: USER, asOf: '2024-06-14T06:30:00Z' })).reason).not.toBe('inputs_changed');
    // A clearly higher one moves the profile: the state is recomputed from the start.
    await trainkit.biometrics.record({ userId: USER, metric: 'resting_hr_bpm', value: 60, measuredAt: '2024-06-14T06:40:00Z' });
    expect((await trainkit.fatigue.refreshState({ userId: USER, asOf: '2024-06-14T06:50:00Z' })).reason).toBe('inputs_changed');
  });

  it('never uses a value measured after the report’s as-of', async () => {
    await ingestAll();
    // Before the WHOOP recovery (05:10Z on 06-13) and the second weigh-in (03:05Z on 06-14).
    const { sources, input } = await trainkit.fatigue.input({ userId: USER, asOf: '2024-06-13T05:00:00Z' });
    expect(input.profile).toMatchObject({ body_mass_kg: 72.5 });
    expect(input.profile.resting_hr_bpm ?? null).toBeNull();
    expect(sources.profile.sources.resting_hr_bpm).toBeUndefined();
  });

  it('takes VO2max, body mass and resting heart rate from an Apple Health export', async () => {
    folder = mkdtempSync(join(tmpdir(), 'trainkit-biometrics-'));
    const watch = 'sourceName="Ada’s Apple Watch" sourceVersion="10.4"';
    const record = (type: string, unit: string, value: string, at: string) =>
      ` <Record type="HKQuantityTypeIdentifier${type}" ${watch} unit="${unit}" creationDate="${at}" startDate="${at}" endDate="${at}" value="${value}"/>\n`;
    writeFileSync(
      join(folder, 'export.xml'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="2024-06-14 08:00:00 +0200"/>\n' +
        ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-08-21" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>\n' +
        record('BodyMass', 'kg', '61.8', '2024-06-12 07:00:00 +0200') +
        record('RestingHeartRate', 'count/min', '49', '2024-06-12 23:00:00 +0200') +
        record('VO2Max', 'mL/min·kg', '47.3', '2024-06-11 18:00:00 +0200') +
        '</HealthData>\n',
    );
    const [summary] = await trainkit.ingest.importFiles({ userId: USER, paths: [folder] });
    expect(summary!.run.status).toBe('succeeded');
    const body = await trainkit.biometrics.profileAt({ userId: USER });
    expect(body).toMatchObject({
      body_mass_kg: { value: 61.8 },
      vo2max_ml_kg_min: { value: 47.3, source: 'biometrics' },
      resting_hr_bpm: { value: 49 },
      source_tables: { vo2max_ml_kg_min: 'user_biometrics_history', resting_hr_bpm: 'user_biometrics_history' },
    });
    const [vo2] = await trainkit.biometrics.list({ userId: USER, metric: 'vo2max_ml_kg_min' });
    expect(vo2).toMatchObject({ provider: 'apple_health', device_class: 'health_hub', ingestion_run_id: summary!.run.id });
    expect(vo2!.external_record_id).not.toBeNull();
    const { input, sources } = await trainkit.fatigue.input({ userId: USER, asOf: AS_OF });
    expect(input.profile).toMatchObject({ vo2max_ml_per_kg_min: 47, body_mass_kg: 62, resting_hr_bpm: 49 });
    expect(sources.profile.sources).toMatchObject({ vo2max_ml_per_kg_min: 'user_biometrics_history', resting_hr_bpm: 'user_biometrics_history' });
    expect(sources.profile.source_ids.vo2max_ml_per_kg_min).toBe(vo2!.id);
  });
});
