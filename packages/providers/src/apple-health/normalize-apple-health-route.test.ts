import { describe, expect, it } from 'vitest';
import { NormalizationResultSchema } from '../normalization-result.js';
import { normalizeAppleHealthRoute } from './normalize-apple-health-route.js';
import { generateAppleHealthRouteGpx } from './testing/generate-apple-health-export.js';

const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1">
 <metadata>
  <time>2025-05-03T14:12:45Z</time>
 </metadata>
 <trk>
  <name>Route 2025-05-03 7:12am</name>
  <trkseg>
   <trkpt lon="-122.419416" lat="37.774929"><ele>12.3</ele><time>2025-05-03T14:12:46Z</time><extensions><speed>2.85</speed><course>91.2</course><hAcc>4.1</hAcc><vAcc>3.2</vAcc></extensions></trkpt>
   <trkpt lon="-122.419380" lat="37.774950"><ele>12.6</ele><time>2025-05-03T14:12:47Z</time><extensions><speed>2.91</speed><course>90.0</course><hAcc>4.0</hAcc><vAcc>3.1</vAcc></extensions></trkpt>
   <trkpt lon="-200" lat="37.774970"><ele>12.9</ele><time>2025-05-03T14:12:48Z</time></trkpt>
  </trkseg>
 </trk>
</gpx>
`;

describe('normalizeAppleHealthRoute', () => {
  it('turns track points into streams of equal length and timed samples, parented to the workout', () => {
    const result = normalizeAppleHealthRoute(GPX, { workoutExternalId: 'workout:3f0c9a1b2c3d4e5f', fileName: '/workout-routes/route_2025-05-03_7.12am.gpx' });
    expect(NormalizationResultSchema.safeParse(result).success).toBe(true);
    expect(result.failures).toEqual([]);
    const [draft] = result.drafts;
    expect(draft?.record).toMatchObject({
      provider: 'apple_health', resource: 'workout_route', external_id: 'workout:3f0c9a1b2c3d4e5f:route:route_2025-05-03_7.12am.gpx',
      parent_external_id: 'workout:3f0c9a1b2c3d4e5f', start_time: '2025-05-03T14:12:46.000Z', end_time: '2025-05-03T14:12:48.000Z',
      raw_payload: { file: '/workout-routes/route_2025-05-03_7.12am.gpx', gpx: GPX },
    });
    expect(draft?.streams.map((stream) => [stream.stream_type, stream.metric_type, stream.sample_count, stream.out_of_bounds_count, stream.raw_stream])).toEqual([
      ['latlng', 'position_deg', 3, 1, { data: [[37.774929, -122.419416], [37.77495, -122.41938], [37.77497, -200]] }],
      ['time', 'elapsed_time_s', 3, 0, { data: [0, 1, 2] }],
      ['altitude', 'altitude_m', 3, 0, { data: [12.3, 12.6, 12.9] }],
      ['speed', 'speed_m_per_s', 3, 0, { data: [2.85, 2.91, null] }],
    ]);
    expect(draft?.samples.filter((sample) => sample.recorded_at === '2025-05-03T14:12:46.000Z')).toEqual([
      { metric_type: 'latitude_deg', recorded_at: '2025-05-03T14:12:46.000Z', value: 37.774929, unit: 'deg', stream_index: 0 },
      { metric_type: 'longitude_deg', recorded_at: '2025-05-03T14:12:46.000Z', value: -122.419416, unit: 'deg', stream_index: 0 },
      { metric_type: 'altitude_m', recorded_at: '2025-05-03T14:12:46.000Z', value: 12.3, unit: 'm', stream_index: 2 },
      { metric_type: 'speed_m_per_s', recorded_at: '2025-05-03T14:12:46.000Z', value: 2.85, unit: 'm/s', stream_index: 3 },
    ]);
    // The point with an impossible longitude gives no position samples.
    expect(draft?.samples.filter((sample) => sample.recorded_at === '2025-05-03T14:12:48.000Z').map((sample) => sample.metric_type)).toEqual(['altitude_m']);
    expect(draft?.warnings.map((warning) => warning.code)).toEqual(['out_of_bounds']);
  });

  it('reads UTF-8 bytes and the generator’s routes', () => {
    const gpx = generateAppleHealthRouteGpx({ path: '/workout-routes/x.gpx', startMs: Date.UTC(2024, 4, 3, 14), durationSeconds: 120, seed: 7 });
    const result = normalizeAppleHealthRoute(new TextEncoder().encode(gpx), { workoutExternalId: 'workout:1' });
    expect(result.drafts[0]?.record.external_id).toBe('workout:1:route');
    expect(result.drafts[0]?.streams[0]?.sample_count).toBe(121);
  });

  it('never throws: not GPX, no points, no workout id', () => {
    expect(normalizeAppleHealthRoute('<gpx><trk><trkseg><trkpt lat="1"', { workoutExternalId: 'workout:1' }).failures[0]?.failure.code).toBe('invalid_xml');
    expect(normalizeAppleHealthRoute('<kml></kml>', { workoutExternalId: 'workout:1' }).failures[0]?.failure.message).toBe('not a GPX file: the root element is <kml>');
    expect(normalizeAppleHealthRoute('<gpx version="1.1"></gpx>', { workoutExternalId: 'workout:1' }).skipped).toEqual([{ external_id: 'workout:1:route', reason: 'route file without track points', path: [] }]);
    expect(normalizeAppleHealthRoute(GPX, { workoutExternalId: '' }).failures[0]?.failure.code).toBe('missing_id');
    expect(normalizeAppleHealthRoute(42 as unknown as string, { workoutExternalId: 'workout:1' }).failures[0]?.failure.code).toBe('schema_mismatch');
  });
});
