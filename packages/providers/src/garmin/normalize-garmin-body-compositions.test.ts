import { describe, expect, it } from 'vitest';
import { garminFixtureJson, garminFixtureText } from '../test-support/read-garmin-fixture.js';
import { normalizeGarminBodyCompositions } from './normalize-garmin-body-compositions.js';

describe('normalizeGarminBodyCompositions', () => {
  it('makes one biometric record per summary, measured at measurementTimeInSeconds on its local day', () => {
    const result = normalizeGarminBodyCompositions(garminFixtureText('body-compositions-push.json'));
    expect(result.failures).toEqual([]);
    expect(result.drafts.map((draft) => [draft.record.external_id, draft.record.record_kind, draft.record.resource, draft.record.start_time, draft.record.utc_offset_minutes])).toEqual([
      ['x4aacafe-666a5ea8', 'biometric', 'body_compositions', '2024-06-13T03:10:00.000Z', -420],
      ['x4aacafe-666bb020', 'biometric', 'body_compositions', '2024-06-14T03:05:00.000Z', -420],
    ]);
  });

  it('reads weight from grams exactly and body fat; muscle mass is not lean mass and stays raw', () => {
    const [first, second] = normalizeGarminBodyCompositions(garminFixtureJson('body-compositions-push.json')).drafts;
    expect(first?.biometrics).toEqual([
      { metric_type: 'weight_kg', value: 72.45, date: '2024-06-12', measured_at: '2024-06-13T03:10:00.000Z', source_path: ['weightInGrams'] },
      { metric_type: 'body_fat_percent', value: 14.2, date: '2024-06-12', measured_at: '2024-06-13T03:10:00.000Z', source_path: ['bodyFatInPercent'] },
    ]);
    expect(first?.biometrics.some((biometric) => biometric.metric_type === 'lean_mass_kg')).toBe(false);
    expect((first?.record.raw_payload as Record<string, unknown>).muscleMassInGrams).toBe(35650);
    expect(second?.biometrics.map((biometric) => [biometric.metric_type, biometric.value])).toEqual([['weight_kg', 72.9]]);
    const exact = normalizeGarminBodyCompositions([{ summaryId: 'w', measurementTimeInSeconds: 1718248200, measurementTimeOffsetInSeconds: 0, weightInGrams: 80123 }]);
    expect(exact.drafts[0]?.biometrics[0]?.value).toBe(80.123);
  });

  it('drops values outside BIOMETRIC_METRIC_RANGES with a warning, and fails a summary without id or time', () => {
    const result = normalizeGarminBodyCompositions({ bodyComps: [
      { summaryId: 'a', measurementTimeInSeconds: 1718248200, measurementTimeOffsetInSeconds: 0, weightInGrams: 72, bodyFatInPercent: 90 },
      { measurementTimeInSeconds: 1718248200, weightInGrams: 72000 },
      { summaryId: 'c', weightInGrams: 72000 },
    ] });
    expect(result.drafts[0]?.biometrics).toEqual([]);
    expect(result.drafts[0]?.warnings.map((warning) => [warning.code, warning.path])).toEqual([['out_of_bounds', ['weightInGrams']], ['out_of_bounds', ['bodyFatInPercent']]]);
    expect(result.failures.map((failed) => [failed.external_id, failed.failure.code])).toEqual([[null, 'missing_id'], ['c', 'invalid_date']]);
  });
});
