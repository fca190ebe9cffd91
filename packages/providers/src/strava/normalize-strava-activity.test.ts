import { ActivityInstanceInsertSchema, ExternalActivityRecordInsertSchema } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../test-support/read-fixture.js';
import { normalizeStravaActivities, normalizeStravaActivity } from './normalize-strava-activity.js';

const page = () => normalizeStravaActivities(fixtureText('strava', 'athlete-activities-page.json'));

describe('normalizeStravaActivities', () => {
  it('normalizes every activity of a page given as response text', () => {
    const result = page();
    expect(result.failures).toEqual([]);
    expect(result.drafts.map((draft) => draft.record.external_id)).toEqual(['11843527901', '11851002233', '11860004455', '11870006677']);
    expect(result.normalizer).toEqual({ id: 'strava.activity', version: '1.0.0' });
    for (const draft of result.drafts) expect(draft.normalizer).toEqual(result.normalizer);
  });

  it('reads start_date_local as local wall-clock time: the offset comes from utc_offset, the zone from the label', () => {
    const run = page().drafts[0]!;
    expect(run.activity).toMatchObject({
      performed_start: '2024-06-12T14:01:12.000Z',
      performed_end: '2024-06-12T15:02:40.000Z',
      utc_offset_minutes: -420,
      timezone: 'America/Los_Angeles',
      local_date: '2024-06-12',
      duration_seconds: 3550,
    });
    expect(run.record).toMatchObject({ timezone_raw: '(GMT-08:00) America/Los_Angeles', utc_offset_minutes: -420, start_time: '2024-06-12T14:01:12.000Z' });
  });

  it('derives the offset from start_date_local when utc_offset is absent', () => {
    const raw = fixtureJson('strava', 'detailed-activity.json') as Record<string, unknown>;
    delete raw.utc_offset;
    expect(normalizeStravaActivity(raw).drafts[0]?.activity?.utc_offset_minutes).toBe(-420);
  });

  it('local_date is the local day, not the UTC day', () => {
    const result = normalizeStravaActivity({ id: 1, sport_type: 'Run', start_date: '2024-06-12T01:30:00Z', start_date_local: '2024-06-11T18:30:00Z', utc_offset: -25200, timezone: '(GMT-08:00) America/Los_Angeles', elapsed_time: 1800 });
    expect(result.drafts[0]?.activity?.local_date).toBe('2024-06-11');
  });

  it('prefers sport_type over type, keeps the raw value and maps unknown sports to other', () => {
    const [run, lift, ride, kitefoil] = page().drafts;
    expect(run?.activity).toMatchObject({ activity_definition_slug: 'trail_running', activity_type_raw: 'TrailRun', activity_type_matched: true });
    expect(lift?.activity?.activity_definition_slug).toBe('strength_training');
    expect(ride?.activity).toMatchObject({ activity_definition_slug: 'cycling', activity_type_raw: 'GravelRide' });
    expect(kitefoil?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: 'Kitefoil', activity_type_matched: false });
    expect(kitefoil?.record.activity_type_raw).toBe('Kitefoil');
  });

  it('falls back to the deprecated type when sport_type is absent', () => {
    const result = normalizeStravaActivity({ id: 2, type: 'Hike', start_date: '2024-06-12T08:00:00Z', start_date_local: '2024-06-12T10:00:00Z', utc_offset: 7200 });
    expect(result.drafts[0]?.activity).toMatchObject({ activity_definition_slug: 'hiking', activity_type_raw: 'Hike' });
  });

  it('treats kilojoules as mechanical work, never as energy', () => {
    const ride = page().drafts[2]!;
    expect(ride.activity).toMatchObject({ work_kj: 914.2, energy_kcal: null, avg_power_w: 182.4 });
  });

  it('reads calories of a detailed activity as energy in kcal', () => {
    const result = normalizeStravaActivity(fixtureText('strava', 'detailed-activity.json'));
    expect(result.drafts[0]?.activity).toMatchObject({ energy_kcal: 742, work_kj: null, title: 'Morning Run', device_name: 'Garmin Forerunner 265' });
    expect(result.drafts[0]?.record.resource).toBe('activity');
  });

  it('manual activities: distance 0 and empty latlng mean no distance, no error', () => {
    const lift = page().drafts[1]!;
    expect(lift.activity).toMatchObject({ manual: true, distance_m: null, avg_hr_bpm: null, utc_offset_minutes: 120, timezone: 'Europe/Berlin' });
    expect(lift.warnings).toEqual([]);
  });

  it('hidden start times keep no offset or zone and warn', () => {
    const hidden = page().drafts[3]!;
    expect(hidden.activity).toMatchObject({ start_time_hidden: true, timezone: null, utc_offset_minutes: 0, local_date: '2024-07-02' });
    expect(hidden.record.utc_offset_minutes).toBeNull();
    expect(hidden.warnings.map((warning) => warning.code)).toContain('start_time_hidden');
  });

  it('ids are strings whether Strava sent a number or a string', () => {
    const ids = page().drafts.map((draft) => draft.record.external_id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
  });

  it('keeps each raw record exactly as received', () => {
    const raw = fixtureJson('strava', 'athlete-activities-page.json') as unknown[];
    expect(page().drafts.map((draft) => draft.record.raw_payload)).toEqual(raw);
  });

  it('drops values outside TRAINKIT_BOUNDS with a warning (a heart rate of 900)', () => {
    const raw = fixtureJson('strava', 'detailed-activity.json') as Record<string, unknown>;
    const result = normalizeStravaActivity({ ...raw, average_heartrate: 900, max_heartrate: 950, distance: -5 });
    const draft = result.drafts[0]!;
    expect(draft.activity).toMatchObject({ avg_hr_bpm: null, max_hr_bpm: null, distance_m: null });
    expect(draft.warnings.filter((warning) => warning.code === 'out_of_bounds').map((warning) => warning.path)).toEqual([
      ['distance'], ['average_heartrate'], ['max_heartrate'],
    ]);
  });

  it('drops a max heart rate below the average', () => {
    const result = normalizeStravaActivity({ id: 3, sport_type: 'Run', start_date: '2024-06-12T08:00:00Z', utc_offset: 0, average_heartrate: 150, max_heartrate: 140 });
    expect(result.drafts[0]?.activity).toMatchObject({ avg_hr_bpm: 150, max_hr_bpm: null });
    expect(result.drafts[0]?.warnings[0]?.code).toBe('inconsistent_values');
  });

  it('drops a zone label that disagrees with the offset', () => {
    const result = normalizeStravaActivity({ id: 4, sport_type: 'Run', start_date: '2024-06-12T08:00:00Z', start_date_local: '2024-06-12T10:00:00Z', utc_offset: 7200, timezone: '(GMT-08:00) America/Los_Angeles' });
    expect(result.drafts[0]?.activity).toMatchObject({ timezone: null, utc_offset_minutes: 120, local_date: '2024-06-12' });
  });

  it('drafts fit the core insert schemas once the pipeline adds ids, user, run and timestamps', () => {
    for (const draft of [...page().drafts, ...normalizeStravaActivity(fixtureText('strava', 'detailed-activity.json')).drafts]) {
      const activity = draft.activity!;
      const stamp = '2024-07-03T00:00:00.000Z';
      expect(() =>
        ActivityInstanceInsertSchema.parse({
          id: 'act_1', user_id: 'usr_1', source: 'provider', provider: draft.record.provider,
          title: activity.title, performed_start: activity.performed_start, performed_end: activity.performed_end,
          timezone: activity.timezone, utc_offset_minutes: activity.utc_offset_minutes, local_date: activity.local_date,
          duration_seconds: activity.duration_seconds, distance_m: activity.distance_m, elevation_gain_m: activity.elevation_gain_m,
          energy_kcal: activity.energy_kcal, avg_hr_bpm: activity.avg_hr_bpm, max_hr_bpm: activity.max_hr_bpm, avg_power_w: activity.avg_power_w,
          ingestion_run_id: 'run_1', normalizer_id: draft.normalizer.id, normalizer_version: draft.normalizer.version,
          created_at: stamp, updated_at: stamp,
        }),
      ).not.toThrow();
      expect(() =>
        ExternalActivityRecordInsertSchema.parse({
          id: 'raw_1', user_id: 'usr_1', provider: draft.record.provider, external_id: draft.record.external_id,
          record_kind: draft.record.record_kind, activity_type_raw: draft.record.activity_type_raw,
          start_time: draft.record.start_time, end_time: draft.record.end_time, timezone: draft.record.timezone_raw,
          utc_offset_minutes: draft.record.utc_offset_minutes, raw_payload_json: draft.record.raw_payload,
          ingestion_run_id: 'run_1', created_at: stamp, updated_at: stamp,
        }),
      ).not.toThrow();
    }
  });
});

describe('bad input', () => {
  it('an HTML page is not_json', () => {
    const result = normalizeStravaActivities(fixtureText('strava', 'error-page.html'));
    expect(result.drafts).toEqual([]);
    expect(result.failures).toEqual([{ external_id: null, raw_payload: null, failure: expect.objectContaining({ code: 'not_json', path: [] }) }]);
  });

  it('truncated JSON is invalid_json', () => {
    const text = fixtureText('strava', 'athlete-activities-page.json');
    expect(normalizeStravaActivities(text.slice(0, 200)).failures[0]?.failure.code).toBe('invalid_json');
  });

  it('a Strava error object instead of a page is schema_mismatch, keeping the raw body', () => {
    const body = { message: 'Authorization Error', errors: [{ resource: 'Athlete', field: 'access_token', code: 'invalid' }] };
    const result = normalizeStravaActivities(body);
    expect(result.failures[0]).toMatchObject({ raw_payload: body, failure: { code: 'schema_mismatch' } });
    expect(result.failures[0]?.failure.message).toContain('Authorization Error');
  });

  it('a record without id is missing_id; one with an invalid start_date is invalid_date; the others still normalize', () => {
    const raw = fixtureJson('strava', 'athlete-activities-page.json') as Record<string, unknown>[];
    const broken = [{ ...raw[0], id: undefined }, { ...raw[1], start_date: '2024-02-30T10:00:00Z' }, raw[2]];
    const result = normalizeStravaActivities(broken);
    expect(result.failures.map((failed) => [failed.failure.code, failed.failure.path, failed.external_id])).toEqual([
      ['missing_id', [0, 'id'], null],
      ['invalid_date', [1, 'start_date'], '11851002233'],
    ]);
    expect(result.failures[1]?.raw_payload).toEqual(broken[1]);
    expect(result.drafts.map((draft) => draft.record.external_id)).toEqual(['11860004455']);
  });

  it('wrong types of optional fields are dropped with a warning', () => {
    const result = normalizeStravaActivity({ id: 5, sport_type: 42, start_date: '2024-06-12T08:00:00Z', utc_offset: '7200', distance: 'far' });
    const draft = result.drafts[0]!;
    expect(draft.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: null, distance_m: null });
    expect(draft.warnings.map((warning) => warning.code)).toContain('invalid_value');
  });
});
