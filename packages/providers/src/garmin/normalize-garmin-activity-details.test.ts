import { describe, expect, it } from 'vitest';
import { MetricSampleDraftSchema } from '../provider-record-draft.js';
import { garminFixtureJson, garminFixtureText } from '../test-support/read-garmin-fixture.js';
import { normalizeGarminActivityDetails } from './normalize-garmin-activity-details.js';

type Detail = { summaryId?: unknown; activityId?: unknown; summary: Record<string, unknown>; samples: Record<string, unknown>[] };
const body = (): { activityDetails: Detail[] } => garminFixtureJson('activity-details-push.json') as { activityDetails: Detail[] };

describe('normalizeGarminActivityDetails', () => {
  it('makes one record per detail, pointing at its activity summary, with the summary start, end and offset', () => {
    const result = normalizeGarminActivityDetails(garminFixtureText('activity-details-push.json'));
    expect(result.failures).toEqual([]);
    const draft = result.drafts[0]!;
    expect(draft.normalizer.id).toBe('garmin.activity_details');
    expect(draft.record).toMatchObject({
      provider: 'garmin', resource: 'activity_details', external_id: '15634289172-detail', parent_external_id: '15634289172', record_kind: 'other',
      activity_type_raw: 'TRAIL_RUNNING', start_time: '2024-06-12T14:01:12.000Z', end_time: '2024-06-12T15:00:22.000Z', utc_offset_minutes: -420,
    });
    expect(draft.activity).toBeNull();
    expect(draft.record.raw_payload).toEqual(body().activityDetails[0]);
  });

  it('turns samples into raw streams, one per field, and positions into one stream of [lat, lng]', () => {
    const draft = normalizeGarminActivityDetails(garminFixtureJson('activity-details-push.json')).drafts[0]!;
    expect(draft.streams.map((stream) => [stream.stream_type, stream.metric_type, stream.unit, stream.sample_count])).toEqual([
      ['startTimeInSeconds', 'epoch_time_s', 's', 25],
      ['heartRate', 'heart_rate_bpm', 'bpm', 25],
      ['speedMetersPerSecond', 'speed_m_per_s', 'm/s', 25],
      ['powerInWatts', 'power_w', 'W', 25],
      ['stepsPerMinute', 'cadence_spm', 'steps/min', 25],
      ['elevationInMeters', 'altitude_m', 'm', 25],
      ['totalDistanceInMeters', 'distance_m', 'm', 25],
      ['latitudeInDegree,longitudeInDegree', 'position_deg', 'deg', 25],
      ['airTemperatureCelcius', 'temperature_c', 'degC', 25],
      ['timerDurationInSeconds', 'timer_time_s', 's', 25],
      ['clockDurationInSeconds', 'clock_time_s', 's', 25],
      ['movingDurationInSeconds', 'moving_time_s', 's', 25],
    ]);
    const samples = body().activityDetails[0]!.samples;
    expect(draft.streams[1]?.raw_stream).toEqual({ data: samples.map((sample) => sample.heartRate) });
    expect((draft.streams[7]?.raw_stream as { data: unknown[] }).data[0]).toEqual([34.1184, -118.3004]);
  });

  it('samples heart rate, speed, power, cadence and elevation at each sample time; positions are never samples', () => {
    const draft = normalizeGarminActivityDetails(garminFixtureJson('activity-details-push.json')).drafts[0]!;
    expect(draft.samples).toHaveLength(25 * 5);
    expect(new Set(draft.samples.map((sample) => sample.metric_type))).toEqual(new Set(['heart_rate_bpm', 'speed_m_per_s', 'power_w', 'cadence_spm', 'altitude_m']));
    expect(draft.samples[0]).toEqual({ metric_type: 'heart_rate_bpm', recorded_at: '2024-06-12T14:01:12.000Z', value: 112, unit: 'bpm', stream_index: 1 });
    expect(draft.samples.find((sample) => sample.metric_type === 'heart_rate_bpm' && sample.recorded_at === '2024-06-12T14:01:27.000Z')?.value).toBe(113);
    for (const sample of draft.samples) expect(MetricSampleDraftSchema.safeParse(sample).success).toBe(true);
  });

  it('drops out-of-bounds values (a heart rate of 900, a negative speed) with a warning count, keeping them raw', () => {
    const payload = body();
    const samples = payload.activityDetails[0]!.samples;
    samples[3]!.heartRate = 900;
    samples[4]!.heartRate = 'fast';
    samples[5]!.speedMetersPerSecond = -2;
    samples[6]!.latitudeInDegree = 123;
    const draft = normalizeGarminActivityDetails(payload).drafts[0]!;
    const heartRate = draft.streams.find((stream) => stream.stream_type === 'heartRate')!;
    expect(heartRate.out_of_bounds_count).toBe(2);
    expect((heartRate.raw_stream as { data: unknown[] }).data[3]).toBe(900);
    expect(draft.samples.filter((sample) => sample.metric_type === 'heart_rate_bpm')).toHaveLength(23);
    expect(draft.samples.filter((sample) => sample.metric_type === 'speed_m_per_s')).toHaveLength(24);
    expect(draft.streams.find((stream) => stream.metric_type === 'position_deg')?.out_of_bounds_count).toBe(1);
    expect(draft.warnings.filter((warning) => warning.code === 'out_of_bounds').map((warning) => warning.message)).toEqual([
      expect.stringContaining('2 heartRate'), expect.stringContaining('1 speedMetersPerSecond'), expect.stringContaining('1 latitudeInDegree,longitudeInDegree'),
    ]);
  });

  it('gives samples without a usable time no metric samples, with a warning', () => {
    const payload = body();
    payload.activityDetails[0]!.samples[0]!.startTimeInSeconds = 'now';
    const draft = normalizeGarminActivityDetails(payload).drafts[0]!;
    expect(draft.samples.some((sample) => sample.recorded_at === '2024-06-12T14:01:12.000Z')).toBe(false);
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'invalid_value', path: ['samples'] }));
  });

  it('reads a manual activity without samples (no streams), and a bare array', () => {
    const result = normalizeGarminActivityDetails([{ summaryId: '15680000417-detail', activityId: 15680000417, summary: { startTimeInSeconds: 1718731800, startTimeOffsetInSeconds: 7200, activityType: 'WALKING', durationInSeconds: 2700, deviceName: 'unknown', manual: true }, samples: [] }]);
    expect(result.drafts[0]).toMatchObject({ streams: [], samples: [], record: { parent_external_id: '15680000417' } });
  });

  it('uses the activityId as parent when the summaryId has no -detail suffix', () => {
    const result = normalizeGarminActivityDetails({ activityDetails: [{ summaryId: 'EXAMPLE_12345', activityId: 5001968355, summary: { startTimeInSeconds: 1512234126 } }] });
    expect(result.drafts[0]?.record.parent_external_id).toBe('5001968355');
  });

  it('fails a detail without summaryId, summary or start, keeping its raw JSON', () => {
    const payload = body();
    const detail = payload.activityDetails[0]!;
    const result = normalizeGarminActivityDetails({ activityDetails: [{ ...detail, summaryId: undefined }, { ...detail, summary: 3 }, { ...detail, summary: { ...detail.summary, startTimeInSeconds: -1e15 } }] });
    expect(result.failures.map((failed) => [failed.failure.code, failed.failure.path])).toEqual([
      ['missing_id', ['activityDetails', 0, 'summaryId']],
      ['schema_mismatch', ['activityDetails', 1, 'summary']],
      ['invalid_date', ['activityDetails', 2, 'summary', 'startTimeInSeconds']],
    ]);
  });
});
