import { RecoverySignalInsertSchema } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../test-support/read-fixture.js';
import { normalizeWhoopCycle, normalizeWhoopCycles } from './normalize-whoop-cycles.js';
import { normalizeWhoopRecoveries, normalizeWhoopRecovery } from './normalize-whoop-recoveries.js';
import { normalizeWhoopSleep, normalizeWhoopSleeps } from './normalize-whoop-sleeps.js';

describe('normalizeWhoopRecoveries', () => {
  it('maps a scored recovery to signals keyed by cycle, with the raw path of each value', () => {
    const result = normalizeWhoopRecoveries(fixtureText('whoop', 'recoveries-page.json'), { timeZone: 'Europe/Berlin' });
    expect(result.failures).toEqual([]);
    const [scored, pending] = result.drafts;
    expect(scored?.record).toMatchObject({ external_id: '93845:recovery', parent_external_id: '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', record_kind: 'recovery' });
    expect(scored?.recovery_signals.map((signal) => [signal.signal_type, signal.signal_type_raw, signal.value, signal.unit, signal.source_path])).toEqual([
      ['recovery_score', 'recovery_score', 71, '%', ['score', 'recovery_score']],
      ['resting_hr_bpm', 'resting_heart_rate', 52, 'bpm', ['score', 'resting_heart_rate']],
      ['hrv_rmssd_ms', 'hrv_rmssd_milli', 61.2347, 'ms', ['score', 'hrv_rmssd_milli']],
      ['other', 'spo2_percentage', 95.6875, '%', ['score', 'spo2_percentage']],
      ['other', 'skin_temp_celsius', 33.7, 'degC', ['score', 'skin_temp_celsius']],
    ]);
    expect(scored?.recovery_signals[0]).toMatchObject({ measured_at: '2024-06-12T05:40:12.334Z', local_date: '2024-06-12' });
    expect(pending?.recovery_signals).toEqual([]);
    expect(pending?.warnings.map((warning) => warning.code)).toEqual(['score_not_available']);
  });

  it('signals fit core recovery_signals rows', () => {
    const draft = normalizeWhoopRecoveries(fixtureJson('whoop', 'recoveries-page.json'), { timeZone: 'Europe/Berlin' }).drafts[0]!;
    for (const signal of draft.recovery_signals) {
      expect(() => RecoverySignalInsertSchema.parse({
        id: 'sig_1', user_id: 'usr_1', source: 'provider', provider: 'whoop', signal_type: signal.signal_type, signal_type_raw: signal.signal_type_raw,
        measured_at: signal.measured_at, local_date: signal.local_date, value: signal.value, unit: signal.unit, raw_payload_json: draft.record.raw_payload,
        created_at: '2024-06-13T00:00:00.000Z',
      })).not.toThrow();
    }
  });

  it('dates in UTC with a warning without a time zone; drops an HRV of 9000', () => {
    const raw = (fixtureJson('whoop', 'recoveries-page.json') as { records: Record<string, Record<string, unknown>>[] }).records[0]!;
    const draft = normalizeWhoopRecovery({ ...raw, score: { ...raw.score, hrv_rmssd_milli: 9000 } }).drafts[0]!;
    expect(draft.warnings.map((warning) => warning.code)).toEqual(['unknown_time_zone', 'out_of_bounds']);
    expect(draft.recovery_signals.map((signal) => signal.signal_type)).not.toContain('hrv_rmssd_ms');
  });

  it('a recovery without cycle_id is missing_id', () => {
    expect(normalizeWhoopRecovery({ sleep_id: 'x', created_at: '2024-06-12T05:40:12.334Z' }).failures[0]?.failure.code).toBe('missing_id');
  });
});

describe('normalizeWhoopCycles', () => {
  it('keeps the ongoing cycle (end null) without signals and reads a finished scored one', () => {
    const result = normalizeWhoopCycles(fixtureText('whoop', 'cycles-page.json'));
    expect(result.failures).toEqual([]);
    expect(result.next_token).toBe('OTM4NDU');
    const [ongoing, finished] = result.drafts;
    expect(ongoing?.record).toMatchObject({ external_id: '93846', end_time: null, record_kind: 'daily_summary' });
    expect(ongoing?.recovery_signals).toEqual([]);
    expect(ongoing?.warnings.map((warning) => warning.code)).toEqual(['ongoing']);
    expect(finished?.recovery_signals.map((signal) => [signal.signal_type, signal.signal_type_raw, signal.value, signal.unit, signal.local_date])).toEqual([
      ['strain_score', 'strain', 13.4, null, '2024-06-12'],
      ['other', 'kilojoule', 10460 / 4.184, 'kcal', '2024-06-12'],
    ]);
  });

  it('an end before start is invalid_date', () => {
    expect(normalizeWhoopCycle({ id: 1, start: '2024-06-12T21:40:02.000Z', end: '2024-06-11T21:40:02.000Z' }).failures[0]?.failure.code).toBe('invalid_date');
  });
});

describe('normalizeWhoopSleeps', () => {
  it('maps a scored night to sleep signals dated on the local wake-up day', () => {
    const result = normalizeWhoopSleeps(fixtureText('whoop', 'sleeps-page.json'));
    expect(result.failures).toEqual([]);
    const night = result.drafts[0]!;
    expect(night.record).toMatchObject({ external_id: '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', legacy_external_id: '88120', parent_external_id: '93845', record_kind: 'sleep', utc_offset_minutes: 120 });
    expect(night.recovery_signals.map((signal) => [signal.signal_type, signal.value, signal.local_date])).toEqual([
      ['sleep_duration_seconds', 26100, '2024-06-12'],
      ['sleep_score', 88, '2024-06-12'],
      ['sleep_efficiency_percent', 90.6, '2024-06-12'],
      ['respiratory_rate_bpm', 15.2, '2024-06-12'],
    ]);
  });

  it('a nap never counts as the night: only its time asleep, as other', () => {
    const nap = normalizeWhoopSleeps(fixtureJson('whoop', 'sleeps-page.json')).drafts[1]!;
    expect(nap.recovery_signals.map((signal) => [signal.signal_type, signal.signal_type_raw, signal.value])).toEqual([['other', 'nap_sleep_duration', 2100]]);
  });

  it('no signals unless SCORED; a sleep without end is invalid_date', () => {
    const raw = (fixtureJson('whoop', 'sleeps-page.json') as { records: Record<string, unknown>[] }).records[0]!;
    expect(normalizeWhoopSleep({ ...raw, score_state: 'UNSCORABLE' }).drafts[0]?.recovery_signals).toEqual([]);
    expect(normalizeWhoopSleep({ ...raw, end: null }).failures[0]?.failure).toMatchObject({ code: 'invalid_date', path: ['end'] });
  });
});
