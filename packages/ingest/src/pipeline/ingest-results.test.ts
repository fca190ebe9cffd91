import { readFileSync } from 'node:fs';
import type { TrainkitStorage, UserId } from '@trainkit/core';
import { normalizeAppleHealthRawRecord } from '@trainkit/providers/apple-health';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { createUser, openStorage, stravaRun, testPipeline, TEST_NOW } from '../test-support/ingest-fixtures.js';

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;

beforeEach(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  pipeline = testPipeline(storage);
});
afterEach(async () => storage.close());

const me = (attributes: Record<string, string>) => normalizeAppleHealthRawRecord({ resource: 'me', external_id: 'me', raw_payload: attributes });

describe('ingestResults', () => {
  it('fills the profile from Apple Health Me, never replacing a known value with null', async () => {
    await storage.userProfiles.upsert({ user_id: user, date_of_birth: null, sex: null, height_cm: 171, created_at: TEST_NOW, updated_at: TEST_NOW });
    const first = await pipeline.ingestResults({
      userId: user,
      provider: 'apple_health',
      results: [me({ HKCharacteristicTypeIdentifierDateOfBirth: '1990-08-21', HKCharacteristicTypeIdentifierBiologicalSex: 'HKBiologicalSexFemale' })],
    });
    expect(first.run).toMatchObject({ status: 'succeeded', kind: 'file_import', provider: 'apple_health' });
    expect(await storage.userProfiles.get(user)).toMatchObject({ date_of_birth: '1990-08-21', sex: 'female', height_cm: 171 });
    const revised = await pipeline.ingestResults({
      userId: user,
      provider: 'apple_health',
      results: (async function* () {
        yield me({ HKCharacteristicTypeIdentifierDateOfBirth: '', HKCharacteristicTypeIdentifierBiologicalSex: 'HKBiologicalSexNotSet' });
      })(),
    });
    expect(revised.counts.updated).toBe(1);
    expect(await storage.userProfiles.get(user)).toMatchObject({ date_of_birth: '1990-08-21', sex: 'female', height_cm: 171 });
  });

  it('keeps what a FIT file contributed to a merged activity when the other record is revised, and splits it out again', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../providers/src/garmin/fixtures/run.fit', import.meta.url)));
    const fit = normalizeGarminFit(bytes, { fileName: 'run.fit' });
    const activity = fit.drafts[0]!.activity!;
    const seconds = Math.round((Date.parse(activity.performed_end!) - Date.parse(activity.performed_start)) / 1000);
    const session = { start: activity.performed_start, seconds, avgHr: 120 };
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(8001, session, { sport_type: 'Run' })] });
    const imported = await pipeline.ingestResults({ userId: user, provider: 'garmin', results: [fit] });
    expect(imported.merges).toBe(1);
    const [merged] = await pipeline.listActivities({ userId: user });
    expect(merged!.sources.map((source) => [source.record.provider, source.link_kind]).sort()).toEqual([
      ['garmin', 'source'],
      ['strava', 'duplicate'],
    ]);
    const fromFit = merged!.activity;
    expect(fromFit.avg_hr_bpm).toBe(activity.avg_hr_bpm ?? 120);
    expect(fromFit.title).toBe('Morning Run');

    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(8001, session, { name: 'Renamed' })] });
    const [after] = await storage.activityInstances.list(user);
    expect(after).toMatchObject({ id: fromFit.id, title: 'Renamed', performed_start: fromFit.performed_start, avg_hr_bpm: fromFit.avg_hr_bpm, distance_m: fromFit.distance_m });

    const strava = merged!.sources.find((source) => source.record.provider === 'strava')!.record;
    const split = await pipeline.unmerge({ userId: user, activityInstanceId: fromFit.id, externalRecordId: strava.id });
    expect(split.remaining).toMatchObject({ id: fromFit.id, provider: 'garmin', title: null, avg_hr_bpm: fromFit.avg_hr_bpm });
    expect(split.split[0]!.activity).toMatchObject({ provider: 'strava', title: 'Renamed', avg_hr_bpm: 120 });
  });
});
