import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../test-support/read-fixture.js';
import { normalizeStravaStreams } from './normalize-strava-streams.js';

describe('normalizeStravaStreams', () => {
  it('accepts the key_by_type=true object shape', () => {
    const result = normalizeStravaStreams(fixtureText('strava', 'streams-key-by-type.json'), { activityId: 11843527901 });
    expect(result.failures).toEqual([]);
    const draft = result.drafts[0]!;
    expect(draft.record).toMatchObject({ resource: 'streams', external_id: '11843527901:streams', parent_external_id: '11843527901', record_kind: 'other' });
    expect(draft.streams.map((stream) => [stream.stream_type, stream.metric_type, stream.unit, stream.sample_count])).toEqual([
      ['time', 'elapsed_time_s', 's', 6],
      ['distance', 'distance_m', 'm', 6],
      ['latlng', 'position_deg', 'deg', 6],
      ['altitude', 'altitude_m', 'm', 6],
      ['velocity_smooth', 'speed_m_per_s', 'm/s', 6],
      ['heartrate', 'heart_rate_bpm', 'bpm', 6],
      ['cadence', 'cadence_rpm', 'rpm', 6],
      ['moving', 'moving', null, 6],
      ['grade_smooth', 'grade_percent', '%', 6],
    ]);
    const raw = fixtureJson('strava', 'streams-key-by-type.json') as Record<string, unknown>;
    expect(draft.streams[5]?.raw_stream).toEqual(raw.heartrate);
    expect(draft.record.raw_payload).toEqual(raw);
    expect(draft.normalizer.id).toBe('strava.streams');
  });

  it('accepts the array shape', () => {
    const result = normalizeStravaStreams(fixtureJson('strava', 'streams-array.json'), { activityId: '11860004455' });
    expect(result.drafts[0]?.streams.map((stream) => [stream.stream_type, stream.metric_type, stream.unit])).toEqual([
      ['time', 'elapsed_time_s', 's'], ['watts', 'power_w', 'W'], ['heartrate', 'heart_rate_bpm', 'bpm'], ['temp', 'temperature_c', 'degC'],
    ]);
  });

  it('streams of different lengths fail with stream_length_mismatch, keeping the raw payload', () => {
    const raw = fixtureJson('strava', 'streams-array.json') as { type: string; data: number[] }[];
    raw[1]!.data.pop();
    const result = normalizeStravaStreams(raw, { activityId: 1 });
    expect(result.drafts).toEqual([]);
    expect(result.failures[0]).toMatchObject({ external_id: '1:streams', raw_payload: raw, failure: { code: 'stream_length_mismatch' } });
  });

  it('counts samples outside their bounds (a heart rate of 900) and warns', () => {
    const result = normalizeStravaStreams({ time: { data: [0, 1, 2] }, heartrate: { data: [120, 900, 125] } }, { activityId: 7 });
    const heartrate = result.drafts[0]?.streams.find((stream) => stream.stream_type === 'heartrate');
    expect(heartrate?.out_of_bounds_count).toBe(1);
    expect(result.drafts[0]?.warnings[0]).toMatchObject({ code: 'out_of_bounds', path: ['heartrate', 'data'] });
  });

  it('keeps unknown stream types under their raw name', () => {
    const result = normalizeStravaStreams([{ type: 'smo2', data: [61, 60] }, { type: 'time', data: [0, 1] }], { activityId: 7 });
    expect(result.drafts[0]?.streams[0]).toMatchObject({ stream_type: 'smo2', metric_type: 'smo2', unit: null });
  });

  it('rejects a payload of the wrong shape and a missing activity id', () => {
    expect(normalizeStravaStreams('"streams"', { activityId: 1 }).failures[0]?.failure.code).toBe('schema_mismatch');
    expect(normalizeStravaStreams({ heartrate: { data: 'x' } }, { activityId: 1 }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['heartrate', 'data'] });
    expect(normalizeStravaStreams({}, { activityId: -3 }).failures[0]?.failure.code).toBe('missing_id');
  });
});
