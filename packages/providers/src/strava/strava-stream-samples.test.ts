import { describe, expect, it } from 'vitest';
import { MetricSampleDraftSchema } from '../provider-record-draft.js';
import { fixtureJson } from '../test-support/read-fixture.js';
import { normalizeStravaActivity } from './normalize-strava-activity.js';
import { normalizeStravaStreams } from './normalize-strava-streams.js';
import { stravaStreamSamples } from './strava-stream-samples.js';

const streamsDraft = (payload: unknown, activityId: string | number = 11843527901) => {
  const draft = normalizeStravaStreams(payload, { activityId }).drafts[0];
  if (draft === undefined) throw new Error('no streams draft');
  return draft;
};

describe('stravaStreamSamples', () => {
  it('dates each sample at the activity start plus its time stream value (key_by_type shape)', () => {
    const draft = streamsDraft(fixtureJson('strava', 'streams-key-by-type.json'));
    const activity = normalizeStravaActivity(fixtureJson('strava', 'detailed-activity.json')).drafts[0]!.activity!;
    const samples = stravaStreamSamples(draft, activity.performed_start);
    const heartRate = samples.filter((sample) => sample.metric_type === 'heart_rate_bpm');
    expect(heartRate.map((sample) => [sample.recorded_at, sample.value])).toEqual([
      ['2024-06-12T14:01:12.000Z', 92],
      ['2024-06-12T14:01:13.000Z', 95],
      ['2024-06-12T14:01:14.000Z', 99],
      ['2024-06-12T14:01:15.000Z', 104],
      ['2024-06-12T14:01:17.000Z', 110],
      ['2024-06-12T14:01:18.000Z', 113],
    ]);
    expect(heartRate.every((sample) => draft.streams[sample.stream_index!]?.stream_type === 'heartrate')).toBe(true);
    expect(new Set(samples.map((sample) => `${sample.metric_type} ${sample.unit}`))).toEqual(
      new Set(['heart_rate_bpm bpm', 'cadence_rpm rpm', 'speed_m_per_s m/s', 'altitude_m m']),
    );
    expect(samples).toHaveLength(24);
    for (const sample of samples) expect(MetricSampleDraftSchema.safeParse(sample).success).toBe(true);
  });

  it('reads the array shape, power included, and never samples positions, distance, temperature or time', () => {
    const draft = streamsDraft(fixtureJson('strava', 'streams-array.json'), '11860004455');
    const samples = stravaStreamSamples(draft, '2024-06-13T16:00:00+02:00');
    expect(samples.filter((sample) => sample.metric_type === 'power_w').map((sample) => [sample.recorded_at, sample.value])).toEqual([
      ['2024-06-13T14:00:00.000Z', 0], ['2024-06-13T14:00:01.000Z', 182], ['2024-06-13T14:00:02.000Z', 195], ['2024-06-13T14:00:03.000Z', 201],
    ]);
    expect(samples.map((sample) => sample.metric_type).sort()).toEqual([...Array(4).fill('heart_rate_bpm'), ...Array(4).fill('power_w')]);
  });

  it('skips out-of-bounds and non-numeric values and indexes without a time', () => {
    const draft = streamsDraft({ time: { data: [0, 1, null, 3] }, heartrate: { data: [120, 900, 130, 'x'] }, watts: { data: [250, -5, 260, 3001] } });
    expect(stravaStreamSamples(draft, '2024-06-12T05:00:00Z').map((sample) => [sample.metric_type, sample.value])).toEqual([
      ['heart_rate_bpm', 120],
      ['power_w', 250],
    ]);
  });

  it('gives nothing without a time stream, for an invalid start, or for a draft that is not strava.streams', () => {
    expect(stravaStreamSamples(streamsDraft({ heartrate: { data: [120] }, distance: { data: [0] } }), '2024-06-12T05:00:00Z')).toEqual([]);
    const draft = streamsDraft(fixtureJson('strava', 'streams-key-by-type.json'));
    expect(stravaStreamSamples(draft, '2024-06-12T07:01:12')).toEqual([]);
    expect(stravaStreamSamples(draft, 'yesterday')).toEqual([]);
    const activity = normalizeStravaActivity(fixtureJson('strava', 'detailed-activity.json')).drafts[0]!;
    expect(stravaStreamSamples({ ...activity, streams: draft.streams }, '2024-06-12T05:00:00Z')).toEqual([]);
  });
});
