import { describe, expect, it } from 'vitest';
import { garminFixtureJson, garminFixtureText } from '../test-support/read-garmin-fixture.js';
import { normalizeGarminActivities } from './normalize-garmin-activities.js';

type Json = Record<string, unknown>;
const push = (): { activities: Json[] } => garminFixtureJson('activities-push.json') as { activities: Json[] };

describe('normalizeGarminActivities', () => {
  it('reads a push body as text: one activity record per summary, keyed by summaryId', () => {
    const result = normalizeGarminActivities(garminFixtureText('activities-push.json'));
    expect(result.failures).toEqual([]);
    expect(result.normalizer).toEqual({ id: 'garmin.activities', version: '1.0.0' });
    expect(result.drafts.map((draft) => draft.record.external_id)).toEqual(['15634289172', '15641010233', '15660112001', '15660112002', '15660112004', '15672233001']);
    const trail = result.drafts[0]!;
    expect(trail.record).toMatchObject({
      provider: 'garmin', resource: 'activities', record_kind: 'activity', activity_type_raw: 'TRAIL_RUNNING', parent_external_id: null,
      start_time: '2024-06-12T14:01:12.000Z', end_time: '2024-06-12T15:00:22.000Z', utc_offset_minutes: -420, timezone_raw: null,
    });
    expect(trail.record.raw_payload).toEqual(push().activities[0]);
  });

  it('takes startTimeInSeconds as UTC and startTimeOffsetInSeconds as the local offset', () => {
    const [trail] = normalizeGarminActivities(garminFixtureJson('activities-push.json')).drafts;
    expect(trail?.activity).toMatchObject({ performed_start: '2024-06-12T14:01:12.000Z', utc_offset_minutes: -420, local_date: '2024-06-12', timezone: null });
    const late = normalizeGarminActivities([{ summaryId: 'late', activityType: 'RUNNING', startTimeInSeconds: Date.parse('2024-06-13T04:30:00Z') / 1000, startTimeOffsetInSeconds: -25200 }]);
    expect(late.drafts[0]?.activity?.local_date).toBe('2024-06-12');
  });

  it('maps activityType through the catalog, unknown types to other with the raw value kept', () => {
    const drafts = normalizeGarminActivities(garminFixtureJson('activities-push.json')).drafts;
    expect(drafts.map((draft) => [draft.activity?.activity_definition_slug, draft.activity?.activity_type_matched])).toEqual([
      ['trail_running', true], ['strength_training', true], ['multisport', true], ['running', true], ['cycling', true], ['other', false],
    ]);
    expect(drafts[5]?.activity?.activity_type_raw).toBe('SKIJORING_V2');
  });

  it('reads SI fields: duration, distance, elevation, heart rate, and activeKilocalories as energy (BMR excluded), never work', () => {
    const trail = normalizeGarminActivities(garminFixtureJson('activities-push.json')).drafts[0]!.activity!;
    expect(trail).toMatchObject({
      title: 'Griffith Park Trail Running', duration_seconds: 3550, performed_end: '2024-06-12T15:00:22.000Z', distance_m: 10234.5,
      elevation_gain_m: 64.2, energy_kcal: 742, work_kj: null, avg_hr_bpm: 151, max_hr_bpm: 178, avg_power_w: null,
      device_name: 'Forerunner 265', manual: false, start_time_hidden: false,
    });
    const strength = normalizeGarminActivities(garminFixtureJson('activities-push.json')).drafts[1]!.activity!;
    expect(strength.distance_m).toBeNull();
  });

  it('ties multisport children to their parent through parent_external_id', () => {
    const drafts = normalizeGarminActivities(garminFixtureJson('activities-push.json')).drafts;
    expect(drafts.slice(2, 5).map((draft) => [draft.record.external_id, draft.record.parent_external_id])).toEqual([
      ['15660112001', null], ['15660112002', '15660112001'], ['15660112004', '15660112001'],
    ]);
    const numericParent = normalizeGarminActivities([{ summaryId: '7', parentSummaryId: 6, activityType: 'CYCLING', startTimeInSeconds: 1718521860 }]);
    expect(numericParent.drafts[0]?.record.parent_external_id).toBe('6');
  });

  it('reads manuallyUpdatedActivities: manual with deviceName "unknown" means no device', () => {
    const result = normalizeGarminActivities(garminFixtureJson('manually-updated-activities.json'));
    expect(result.drafts[0]?.record.resource).toBe('activities');
    expect(result.drafts[0]?.activity).toMatchObject({ manual: true, device_name: null, activity_definition_slug: 'walking', distance_m: 3500 });
    const withoutFlag = normalizeGarminActivities([{ summaryId: 'm1', activityType: 'YOGA', startTimeInSeconds: 1718700000, deviceName: 'unknown' }]);
    expect(withoutFlag.drafts[0]?.activity).toMatchObject({ manual: true, device_name: null });
  });

  it('reads a bare array (a ping callback or pull response)', () => {
    const result = normalizeGarminActivities(garminFixtureText('activities-pull.json'));
    expect(result.failures).toEqual([]);
    expect(result.drafts.map((draft) => [draft.activity?.activity_definition_slug, draft.activity?.device_name])).toEqual([
      ['indoor_cycling', 'Edge 840'], ['swimming', 'Forerunner 265'],
    ]);
  });

  it('leaves absent fields null (Garmin omits them) and warns only for wrong ones', () => {
    const result = normalizeGarminActivities({ activities: [{ summaryId: 'bare', activityType: 'HIKING', startTimeInSeconds: 1718700000, startTimeOffsetInSeconds: 0 }] });
    const draft = result.drafts[0]!;
    expect(draft.warnings).toEqual([]);
    expect(draft.activity).toMatchObject({ duration_seconds: null, performed_end: null, distance_m: null, energy_kcal: null, avg_hr_bpm: null, device_name: null, title: null });
  });

  it('drops values outside TRAINKIT_BOUNDS with a warning (a heart rate of 900), and a max below the average', () => {
    const activities = push().activities;
    activities[0]!.averageHeartRateInBeatsPerMinute = 900;
    activities[1]!.maxHeartRateInBeatsPerMinute = 90;
    const result = normalizeGarminActivities({ activities });
    expect(result.drafts[0]?.activity?.avg_hr_bpm).toBeNull();
    expect(result.drafts[0]?.warnings).toContainEqual(expect.objectContaining({ code: 'out_of_bounds', path: ['averageHeartRateInBeatsPerMinute'] }));
    expect(result.drafts[1]?.activity).toMatchObject({ avg_hr_bpm: 106, max_hr_bpm: null });
    expect(result.drafts[1]?.warnings).toContainEqual(expect.objectContaining({ code: 'inconsistent_values', path: ['maxHeartRateInBeatsPerMinute'] }));
  });

  it('without a usable offset dates the activity in UTC with a warning; an offset beyond ±14:00 is dropped', () => {
    const none = normalizeGarminActivities([{ summaryId: 'a', activityType: 'RUNNING', startTimeInSeconds: 1718200872 }]).drafts[0]!;
    expect(none.activity?.utc_offset_minutes).toBe(0);
    expect(none.record.utc_offset_minutes).toBeNull();
    expect(none.warnings[0]?.code).toBe('unknown_time_zone');
    const wild = normalizeGarminActivities([{ summaryId: 'b', activityType: 'RUNNING', startTimeInSeconds: 1718200872, startTimeOffsetInSeconds: 90_000 }]).drafts[0]!;
    expect(wild.record.utc_offset_minutes).toBeNull();
    expect(wild.warnings[0]).toMatchObject({ code: 'out_of_bounds', path: ['startTimeOffsetInSeconds'] });
  });

  it('fails one record, keeping its raw JSON, for a missing summaryId or start; the others go on', () => {
    const activities = push().activities;
    delete activities[0]!.summaryId;
    activities[1]!.startTimeInSeconds = 'yesterday';
    const result = normalizeGarminActivities({ activities });
    expect(result.drafts).toHaveLength(4);
    expect(result.failures.map((failed) => [failed.external_id, failed.failure.code, failed.failure.path])).toEqual([
      [null, 'missing_id', ['activities', 0, 'summaryId']],
      ['15641010233', 'invalid_date', ['activities', 1, 'startTimeInSeconds']],
    ]);
    expect(result.failures[1]?.raw_payload).toEqual(activities[1]);
  });

  it('skips summaries of other Garmin users in a mixed batch when garminUserId is given', () => {
    const activities = push().activities;
    activities[1]!.userId = 'someone-else';
    const result = normalizeGarminActivities({ activities }, { garminUserId: '4aacafe82427c251df9c9592d0c06768' });
    expect(result.drafts).toHaveLength(5);
    expect(result.skipped).toEqual([{ external_id: '15641010233', reason: expect.stringContaining('someone-else') as unknown as string, path: ['activities', 1] }]);
  });

  it('fails the whole payload for bodies it does not handle', () => {
    expect(normalizeGarminActivities('{"activities": [').failures[0]?.failure.code).toBe('invalid_json');
    expect(normalizeGarminActivities('<html><body>503</body></html>').failures[0]?.failure.code).toBe('not_json');
    expect(normalizeGarminActivities({ dailies: [] }).failures[0]?.failure.message).toContain('`dailies` (another summary type)');
    expect(normalizeGarminActivities({ errorMessage: 'timestamp appears to be in milliseconds' }).failures[0]?.failure.message).toContain('milliseconds');
    expect(normalizeGarminActivities({ activities: {} }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['activities'] });
  });
});
