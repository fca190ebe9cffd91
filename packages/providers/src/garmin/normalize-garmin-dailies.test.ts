import { describe, expect, it } from 'vitest';
import { garminFixtureJson, garminFixtureText } from '../test-support/read-garmin-fixture.js';
import { normalizeGarminDailies } from './normalize-garmin-dailies.js';

type Daily = Record<string, unknown>;
const body = (): { dailies: Daily[] } => garminFixtureJson('dailies-push.json') as { dailies: Daily[] };

describe('normalizeGarminDailies', () => {
  it('makes one daily_summary record per summaryId, starting at local midnight as UTC, on calendarDate', () => {
    const result = normalizeGarminDailies(garminFixtureText('dailies-push.json'));
    expect(result.failures).toEqual([]);
    expect(result.drafts.map((draft) => [draft.record.external_id, draft.record.record_kind, draft.record.resource, draft.record.start_time, draft.record.end_time, draft.record.utc_offset_minutes])).toEqual([
      ['x4aacafe-66694670-15180', 'daily_summary', 'dailies', '2024-06-12T07:00:00.000Z', '2024-06-13T07:00:00.000Z', -420],
      ['x4aacafe-66698de0-15180', 'daily_summary', 'dailies', '2024-06-13T05:00:00.000Z', '2024-06-14T05:00:00.000Z', -300],
    ]);
    expect(result.drafts[0]?.activity).toBeNull();
    expect(result.drafts[0]?.record.raw_payload).toEqual(body().dailies[0]);
  });

  it('reads steps, active energy (BMR excluded), basal energy and distance as daily totals of the calendar date', () => {
    const [day] = normalizeGarminDailies(garminFixtureJson('dailies-push.json')).drafts;
    expect(day?.daily_totals.map((total) => [total.metric_type, total.local_date, total.value, total.source_path])).toEqual([
      ['steps', '2024-06-12', 19876, ['steps']],
      ['active_energy_kcal', '2024-06-12', 1384, ['activeKilocalories']],
      ['basal_energy_kcal', '2024-06-12', 1712, ['bmrKilocalories']],
      ['distance_m', '2024-06-12', 17930, ['distanceInMeters']],
    ]);
  });

  it('reads resting heart rate, average stress and body battery charged as recovery signals of the day', () => {
    const [day] = normalizeGarminDailies(garminFixtureJson('dailies-push.json')).drafts;
    expect(day?.recovery_signals.map((signal) => [signal.signal_type, signal.signal_type_raw, signal.value, signal.local_date, signal.measured_at])).toEqual([
      ['resting_hr_bpm', 'restingHeartRateInBeatsPerMinute', 51, '2024-06-12', '2024-06-12T07:00:00.000Z'],
      ['stress', 'averageStressLevel', 29, '2024-06-12', '2024-06-12T07:00:00.000Z'],
      ['body_battery', 'bodyBatteryChargedValue', 64, '2024-06-12', '2024-06-12T07:00:00.000Z'],
    ]);
  });

  it('accepts the averageStresslevel spelling and drops Garmin\'s negative "not enough data" stress', () => {
    const day2 = normalizeGarminDailies(garminFixtureJson('dailies-push.json')).drafts[1]!;
    expect(day2.recovery_signals.map((signal) => signal.signal_type)).toEqual(['resting_hr_bpm', 'body_battery']);
    expect(day2.warnings).toContainEqual(expect.objectContaining({ code: 'invalid_value', path: ['averageStresslevel'] }));
    const spelled = normalizeGarminDailies([{ ...body().dailies[1], averageStresslevel: 37 }]).drafts[0]!;
    expect(spelled.recovery_signals.find((signal) => signal.signal_type === 'stress')).toMatchObject({ value: 37, signal_type_raw: 'averageStresslevel' });
  });

  it('keeps the same record for a day re-sent with the same summaryId; an in-progress day warns that it will be revised', () => {
    const partial = normalizeGarminDailies(garminFixtureJson('dailies-in-progress.json')).drafts[0]!;
    const final = normalizeGarminDailies(garminFixtureJson('dailies-push.json')).drafts[0]!;
    expect(partial.record.external_id).toBe(final.record.external_id);
    expect(partial.record.raw_payload).not.toEqual(final.record.raw_payload);
    expect(partial.daily_totals.find((total) => total.metric_type === 'steps')?.value).toBe(16120);
    expect(final.daily_totals.find((total) => total.metric_type === 'steps')?.value).toBe(19876);
    expect(partial.warnings).toContainEqual(expect.objectContaining({ code: 'ongoing', path: ['durationInSeconds'] }));
    expect(final.warnings.some((warning) => warning.code === 'ongoing')).toBe(false);
    expect(partial.record.end_time).toBe('2024-06-12T21:30:00.000Z');
  });

  it('drops totals outside DAILY_TOTAL_RANGES with a warning, and fails a day without calendarDate or start', () => {
    const dailies = body().dailies;
    dailies[0]!.steps = 900_000;
    dailies[1]!.calendarDate = '2024-02-30';
    const result = normalizeGarminDailies({ dailies: [...dailies, { ...dailies[0], summaryId: 'x-3', startTimeInSeconds: null }] });
    expect(result.drafts[0]?.daily_totals.some((total) => total.metric_type === 'steps')).toBe(false);
    expect(result.drafts[0]?.warnings).toContainEqual(expect.objectContaining({ code: 'out_of_bounds', path: ['steps'] }));
    expect(result.failures.map((failed) => [failed.external_id, failed.failure.code, failed.failure.path])).toEqual([
      ['x4aacafe-66698de0-15180', 'invalid_date', ['dailies', 1, 'calendarDate']],
      ['x-3', 'invalid_date', ['dailies', 2, 'startTimeInSeconds']],
    ]);
  });
});
