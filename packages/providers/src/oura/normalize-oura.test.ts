import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../test-support/read-fixture.js';
import { normalizeOuraDailyActivity } from './normalize-oura-daily-activity.js';
import { normalizeOuraDailyReadiness } from './normalize-oura-daily-readiness.js';
import { normalizeOuraHeartRate } from './normalize-oura-heartrate.js';
import { normalizeOuraPersonalInfo } from './normalize-oura-personal-info.js';
import { normalizeOuraSleeps } from './normalize-oura-sleeps.js';
import { normalizeOuraWebhookEvent } from './normalize-oura-webhook-event.js';
import { normalizeOuraWorkouts } from './normalize-oura-workouts.js';

describe('normalizeOuraWorkouts', () => {
  it('converts local date-times with offsets to UTC, keeping the offset and the local day', () => {
    const result = normalizeOuraWorkouts(fixtureText('oura', 'workout-page.json'));
    expect(result.failures).toEqual([]);
    const [run, lift, other] = result.drafts;
    expect(run?.activity).toMatchObject({
      performed_start: '2025-05-09T01:00:00.000Z', performed_end: '2025-05-09T01:52:10.000Z', utc_offset_minutes: -420,
      timezone: null, local_date: '2025-05-08', duration_seconds: 3130, energy_kcal: 512.4, distance_m: 8012.5,
      activity_definition_slug: 'running', manual: false,
    });
    expect(run?.record).toMatchObject({ provider: 'oura', utc_offset_minutes: -420 });
    expect(lift?.activity).toMatchObject({ activity_definition_slug: 'strength_training', manual: true, title: 'Upper body', utc_offset_minutes: 120 });
    expect(other?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: 'underwater_hockey', activity_type_matched: false, energy_kcal: null });
  });

  it('a start without offset is invalid_date', () => {
    const result = normalizeOuraWorkouts({ data: [{ id: 'x', activity: 'running', start_datetime: '2025-05-08T18:00:00' }] });
    expect(result.failures[0]?.failure).toMatchObject({ code: 'invalid_date', path: ['data', 0, 'start_datetime'] });
  });
});

describe('normalizeOuraSleeps', () => {
  it('skips rest and deleted periods with a reason; a late nap never counts as the night', () => {
    const result = normalizeOuraSleeps(fixtureText('oura', 'sleep-page.json'));
    expect(result.failures).toEqual([]);
    expect(result.skipped).toEqual([
      { external_id: '7d9f1b3c-5e7a-4c9d-1f3b-5c7e9a1b3d5f', reason: 'sleep period of type rest is not sleep', path: ['data', 2] },
      { external_id: '8e0a2c4d-6f8b-4d0e-2a4c-6d8f0b2c4e6a', reason: 'sleep period of type deleted is not sleep', path: ['data', 3] },
    ]);
    const [night, nap] = result.drafts;
    expect(night?.recovery_signals.map((signal) => [signal.signal_type, signal.value, signal.local_date])).toEqual([
      ['sleep_duration_seconds', 25410, '2025-05-09'],
      ['sleep_efficiency_percent', 92, '2025-05-09'],
      ['hrv_rmssd_ms', 48, '2025-05-09'],
      ['resting_hr_bpm', 48, '2025-05-09'],
      ['respiratory_rate_bpm', 14.625, '2025-05-09'],
    ]);
    expect(night?.recovery_signals[0]).toMatchObject({ measured_at: '2025-05-09T13:41:03.000Z', source_path: ['total_sleep_duration'] });
    expect(night?.record).toMatchObject({ record_kind: 'sleep', activity_type_raw: 'long_sleep', start_time: '2025-05-09T05:58:33.000Z' });
    expect(nap?.recovery_signals.map((signal) => [signal.signal_type, signal.signal_type_raw])).toEqual([['other', 'late_nap_sleep_duration']]);
  });

  it('drops an HRV of 900 with a warning', () => {
    const page = fixtureJson('oura', 'sleep-page.json') as { data: Record<string, unknown>[] };
    const draft = normalizeOuraSleeps({ data: [{ ...page.data[0], average_hrv: 900 }] }).drafts[0]!;
    expect(draft.recovery_signals.map((signal) => signal.signal_type)).not.toContain('hrv_rmssd_ms');
    expect(draft.warnings[0]).toMatchObject({ code: 'out_of_bounds', path: ['average_hrv'] });
  });
});

describe('normalizeOuraDailyReadiness', () => {
  it('maps score and temperature deviation; a null score gives no signal', () => {
    const result = normalizeOuraDailyReadiness(fixtureText('oura', 'daily-readiness-page.json'));
    expect(result.next_token).toBe('eyJuZXh0IjoiMjAyNS0wNS0xMSJ9');
    expect(result.drafts[0]?.recovery_signals.map((signal) => [signal.signal_type, signal.value, signal.local_date])).toEqual([
      ['readiness_score', 82, '2025-05-09'],
      ['skin_temperature_deviation_c', -0.12, '2025-05-09'],
    ]);
    expect(result.drafts[1]?.recovery_signals).toEqual([]);
  });
});

describe('normalizeOuraDailyActivity', () => {
  it('keeps the daily record with its UTC start and offset', () => {
    const draft = normalizeOuraDailyActivity(fixtureText('oura', 'daily-activity-page.json')).drafts[0]!;
    expect(draft.record).toMatchObject({ record_kind: 'daily_summary', start_time: '2025-05-08T11:00:00.000Z', utc_offset_minutes: -420 });
  });
});

describe('normalizeOuraHeartRate', () => {
  it('turns a page into one heart-rate stream keyed by its time span', () => {
    const result = normalizeOuraHeartRate(fixtureText('oura', 'heartrate-page.json'));
    const draft = result.drafts[0]!;
    expect(draft.record.external_id).toBe('heartrate:2025-05-08T14:00:06.000Z/2025-05-09T08:20:00.000Z');
    expect(draft.streams[0]).toMatchObject({ metric_type: 'heart_rate_bpm', sample_count: 4, out_of_bounds_count: 0 });
    expect(result.next_token).toBe('eyJ0cyI6MTcxNTI0MjQwMH0');
  });

  it('counts a bpm of 900 as out of bounds', () => {
    const result = normalizeOuraHeartRate({ data: [{ bpm: 900, source: 'awake', timestamp: '2025-05-08T14:00:06+00:00' }] });
    expect(result.drafts[0]?.streams[0]?.out_of_bounds_count).toBe(1);
    expect(result.drafts[0]?.warnings[0]?.code).toBe('out_of_bounds');
  });
});

describe('normalizeOuraPersonalInfo', () => {
  it('height is metres: 1.78 becomes 178 cm', () => {
    const result = normalizeOuraPersonalInfo(fixtureText('oura', 'personal-info.json'), { date: '2025-05-09' });
    expect(result.drafts[0]?.biometrics.map((biometric) => [biometric.metric_type, biometric.value, biometric.date])).toEqual([
      ['height_cm', 178, '2025-05-09'],
      ['weight_kg', 71.2, '2025-05-09'],
    ]);
  });

  it('a height given in centimetres is out of bounds, not 17800 cm', () => {
    const draft = normalizeOuraPersonalInfo({ id: 'p', height: 178, weight: null }, { date: '2025-05-09' }).drafts[0]!;
    expect(draft.biometrics).toEqual([]);
    expect(draft.warnings[0]?.code).toBe('out_of_bounds');
  });
});

describe('normalizeOuraWebhookEvent', () => {
  it('types update and delete events', () => {
    const update = normalizeOuraWebhookEvent(fixtureText('oura', 'webhook-sleep-update.json'));
    const remove = normalizeOuraWebhookEvent(fixtureText('oura', 'webhook-workout-delete.json'));
    expect(update.ok && [update.event.action, update.event.object_type, update.event.event_time]).toEqual(['update', 'sleep', '2025-05-09T13:41:22.000Z']);
    expect(remove.ok && [remove.event.action, remove.event.object_type, remove.event.owner_id]).toEqual(['delete', 'workout', '2F3A4B5C6D7E']);
    const bad = normalizeOuraWebhookEvent({ event_type: 'upsert', data_type: 'sleep', object_id: 'x', user_id: 'y' });
    expect(!bad.ok && bad.failure.code).toBe('unsupported_shape');
  });
});
