import type { Instant } from '@trainkit/core';
import type { SeededRandom } from './seeded-random.js';

/**
 * One sample of a recorded run, every {@link DEMO_RUN_SAMPLE_SECONDS} seconds as a watch in smart recording writes
 * them: seconds since the start, heart rate, cumulative distance, speed, altitude and position.
 *
 * @example
 * ```ts
 * const sample: DemoRunSample = { offsetSeconds: 5, heartRateBpm: 121, distanceM: 14.2, speedMps: 2.84, altitudeM: 41.5, lat: 52.5145, lon: 13.3501 };
 * ```
 */
export interface DemoRunSample {
  /** Seconds after the start. */
  readonly offsetSeconds: number;
  /** Heart rate, bpm. */
  readonly heartRateBpm: number;
  /** Distance covered so far, m. */
  readonly distanceM: number;
  /** Speed, m/s. */
  readonly speedMps: number;
  /** Altitude, m. */
  readonly altitudeM: number;
  /** Latitude, degrees. */
  readonly lat: number;
  /** Longitude, degrees. */
  readonly lon: number;
}

/**
 * A run as the athlete's watch recorded it: the truth the demo's Garmin FIT file, Strava activity and WHOOP workout
 * are all derived from, each the way that provider reports it.
 *
 * @example
 * ```ts
 * const run = recordDemoRun({ start: '2024-06-08T07:04:00.000Z' as Instant, movingSeconds: 5400, distanceM: 15_200, random });
 * run.samples.length; // one every 5 s
 * ```
 */
export interface DemoRecordedRun {
  /** When the watch started recording. */
  readonly start: Instant;
  /** When it stopped. */
  readonly end: Instant;
  /** Elapsed seconds (the watch was paused at a traffic light, so a little more than moving). */
  readonly elapsedSeconds: number;
  /** Moving (timer) seconds. */
  readonly movingSeconds: number;
  /** Total distance, m. */
  readonly distanceM: number;
  /** Mean of the samples' heart rate, bpm (rounded). */
  readonly avgHeartRateBpm: number;
  /** Highest sample heart rate, bpm. */
  readonly maxHeartRateBpm: number;
  /** Total ascent, m. */
  readonly ascentM: number;
  /** Active energy, kcal. */
  readonly energyKcal: number;
  /** The samples. */
  readonly samples: readonly DemoRunSample[];
}

/**
 * Seconds between two samples of the demo's recorded run.
 *
 * @example
 * ```ts
 * DEMO_RUN_SAMPLE_SECONDS; // 5
 * ```
 */
export const DEMO_RUN_SAMPLE_SECONDS = 5;

/** A park loop of about 2.5 km (Berlin, Tiergarten), run round and round. */
const LOOP = { lat: 52.5145, lon: 13.3501, radiusLat: 0.0036, radiusLon: 0.0059, lengthM: 2500 };

/**
 * Records a run deterministically from `random`: heart rate drifting up from an easy start, speed around the mean
 * pace, gentle hills, and a 90-second pause at a traffic light at the halfway point (elapsed > moving).
 *
 * @example
 * ```ts
 * const run = recordDemoRun({ start, movingSeconds: 5400, distanceM: 15_200, random: createSeededRandom(42) });
 * ```
 */
export function recordDemoRun(options: {
  readonly start: Instant;
  readonly movingSeconds: number;
  readonly distanceM: number;
  readonly random: SeededRandom;
}): DemoRecordedRun {
  const { start, random } = options;
  const movingSeconds = Math.round(options.movingSeconds / DEMO_RUN_SAMPLE_SECONDS) * DEMO_RUN_SAMPLE_SECONDS;
  const pauseSeconds = 90;
  const meanSpeed = options.distanceM / movingSeconds;
  const samples: DemoRunSample[] = [];
  let distance = 0;
  let ascent = 0;
  let previousAltitude: number | undefined;
  for (let moving = 0; moving <= movingSeconds; moving += DEMO_RUN_SAMPLE_SECONDS) {
    const offsetSeconds = moving > movingSeconds / 2 ? moving + pauseSeconds : moving;
    const progress = moving / movingSeconds;
    const speed = moving === 0 ? 0 : meanSpeed * (1 + 0.05 * Math.sin(moving / 170) + random.between(-0.03, 0.03));
    distance += speed * DEMO_RUN_SAMPLE_SECONDS * (moving === 0 ? 0 : 1);
    const heartRate = Math.round(Math.min(185, 128 + 22 * Math.min(1, progress * 3) + 8 * progress + random.between(-3, 3)));
    const angle = ((distance % LOOP.lengthM) / LOOP.lengthM) * 2 * Math.PI;
    const altitude = 38 + 3 * Math.sin(angle * 2) + random.between(-0.2, 0.2);
    if (previousAltitude !== undefined && altitude > previousAltitude) ascent += altitude - previousAltitude;
    previousAltitude = altitude;
    samples.push({
      offsetSeconds,
      heartRateBpm: heartRate,
      distanceM: Math.round(distance * 100) / 100,
      speedMps: Math.round(speed * 1000) / 1000,
      altitudeM: Math.round(altitude * 5) / 5,
      lat: LOOP.lat + LOOP.radiusLat * Math.sin(angle),
      lon: LOOP.lon + LOOP.radiusLon * Math.cos(angle),
    });
  }
  const last = samples.at(-1)!;
  const elapsedSeconds = last.offsetSeconds;
  const heartRates = samples.map((sample) => sample.heartRateBpm);
  const avgHeartRateBpm = Math.round(heartRates.reduce((sum, value) => sum + value, 0) / heartRates.length);
  return {
    start,
    end: new Date(Date.parse(start) + elapsedSeconds * 1000).toISOString() as Instant,
    elapsedSeconds,
    movingSeconds,
    distanceM: last.distanceM,
    avgHeartRateBpm,
    maxHeartRateBpm: Math.max(...heartRates),
    ascentM: Math.round(ascent * 10) / 10,
    energyKcal: Math.round((last.distanceM / 1000) * 68),
    samples,
  };
}
