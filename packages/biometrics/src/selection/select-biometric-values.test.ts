import { describe, expect, it } from 'vitest';
import { BIOMETRIC_SOURCE_PRIORITY } from '../priority/biometric-source-priority.js';
import { parseBiometricSourcePriority } from '../priority/biometric-source-priority-schema.js';
import { selectBiometricValues } from './select-biometric-values.js';

const day = '2024-06-12';

describe('selectBiometricValues', () => {
  it('prefers a manual entry, then the device classes of the metric, and keeps the chosen row whole', () => {
    const rows = [
      { id: 'apple', metric_type: 'weight_kg', date: day, value: 72.9, source: 'provider', provider: 'apple_health', normalizer_id: 'apple_health.record', external_record_id: 'rec_a', measured_at: '2024-06-12T06:00:00.000Z' },
      { id: 'scale', metric_type: 'weight_kg', date: day, value: 72.6, source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions', external_record_id: 'rec_g', measured_at: '2024-06-12T05:00:00.000Z' },
      { id: 'whoop', metric_type: 'resting_hr_bpm', date: day, value: 51, source: 'provider', provider: 'whoop', normalizer_id: 'whoop.recovery', external_record_id: 'rec_w', measured_at: '2024-06-12T05:30:00.000Z' },
      { id: 'watch', metric_type: 'resting_hr_bpm', date: day, value: 55, source: 'provider', provider: 'garmin', normalizer_id: 'garmin.dailies', external_record_id: 'rec_d', measured_at: '2024-06-12T23:00:00.000Z' },
    ] as const;
    // Weight: the scale beats Apple Health; resting HR: the overnight strap beats the watch.
    expect(selectBiometricValues(rows)).toEqual([rows[2], rows[1]]);
    const withManual = [...rows, { id: 'typed', metric_type: 'weight_kg', date: day, value: 72.0, source: 'manual' } as const];
    expect(selectBiometricValues(withManual).map((row) => row.id)).toEqual(['whoop', 'typed']);
    // The chosen provider row keeps its raw record.
    expect(selectBiometricValues(rows)[1]?.external_record_id).toBe('rec_g');
  });

  it('breaks ties by the latest measurement (unknown times lose), then by the smallest id', () => {
    const base = { metric_type: 'weight_kg', date: day, source: 'manual' } as const;
    expect(
      selectBiometricValues([
        { ...base, id: 'a', value: 70, measured_at: '2024-06-12T06:00:00.000Z' },
        { ...base, id: 'b', value: 71, measured_at: '2024-06-12T19:00:00.000Z' },
        { ...base, id: 'c', value: 72, measured_at: null },
      ]).map((row) => row.id),
    ).toEqual(['b']);
    expect(selectBiometricValues([{ ...base, id: 'y', value: 70 }, { ...base, id: 'x', value: 71 }]).map((row) => row.id)).toEqual(['x']);
  });

  it('orders the result by metric then day, one row per metric and day', () => {
    const row = (id: string, metric: 'weight_kg' | 'body_fat_percent', date: string) => ({ id, metric_type: metric, date, value: 20, source: 'manual' as const });
    const chosen = selectBiometricValues([row('1', 'weight_kg', '2024-06-03'), row('2', 'body_fat_percent', '2024-06-02'), row('3', 'weight_kg', '2024-06-01'), row('4', 'weight_kg', '2024-06-03')]);
    expect(chosen.map((entry) => entry.id)).toEqual(['2', '3', '1']);
  });

  it('follows an overriding priority', () => {
    const scaleFirst = parseBiometricSourcePriority({ ...BIOMETRIC_SOURCE_PRIORITY, id: 'scale-first', order: { default: ['scale', 'manual'], by_metric: {} } });
    const rows = [
      { id: 'typed', metric_type: 'weight_kg', date: day, value: 72, source: 'manual' },
      { id: 'scale', metric_type: 'weight_kg', date: day, value: 73, source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions' },
    ] as const;
    expect(selectBiometricValues(rows, { priority: scaleFirst }).map((row) => row.id)).toEqual(['scale']);
  });

  it('returns nothing for nothing', () => {
    expect(selectBiometricValues([])).toEqual([]);
  });
});
