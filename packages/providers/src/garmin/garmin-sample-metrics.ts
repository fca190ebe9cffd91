import { TRAINKIT_BOUNDS, type ValueBounds } from '@trainkit/core';

/** A metric of Garmin time series: trainkit's metric name, its SI unit and the bounds of a plausible value. */
export interface GarminSampleMetric {
  readonly metric: string;
  readonly unit: string | null;
  readonly bounds?: ValueBounds;
}

/**
 * The metrics of Garmin activity series (FIT `record` messages and Activity Details samples), named like the Strava
 * stream metrics so series from every provider line up. Heart rate and power use `TRAINKIT_BOUNDS`; the others have
 * plausibility bounds of their own (a speed above 100 m/s, an altitude below -1,000 m are sensor errors).
 */
export const GARMIN_SAMPLE_METRICS = {
  time: { metric: 'elapsed_time_s', unit: 's', bounds: { min: 0, max: TRAINKIT_BOUNDS.sessionDurationSeconds.max } },
  heartRate: { metric: 'heart_rate_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm },
  speed: { metric: 'speed_m_per_s', unit: 'm/s', bounds: { min: 0, max: 100 } },
  power: { metric: 'power_w', unit: 'W', bounds: TRAINKIT_BOUNDS.powerW },
  cadence: { metric: 'cadence_rpm', unit: 'rpm', bounds: { min: 0, max: 300 } },
  stepCadence: { metric: 'cadence_spm', unit: 'steps/min', bounds: { min: 0, max: 400 } },
  swimCadence: { metric: 'swim_cadence_spm', unit: 'strokes/min', bounds: { min: 0, max: 200 } },
  altitude: { metric: 'altitude_m', unit: 'm', bounds: { min: -1_000, max: 10_000 } },
  distance: { metric: 'distance_m', unit: 'm', bounds: TRAINKIT_BOUNDS.distanceM },
  position: { metric: 'position_deg', unit: 'deg' },
  temperature: { metric: 'temperature_c', unit: 'degC', bounds: { min: -80, max: 80 } },
} as const satisfies Record<string, GarminSampleMetric>;

const LATITUDE = { min: -90, max: 90 };
const LONGITUDE = { min: -180, max: 180 };

/** True for a `[latitude, longitude]` pair in degrees. */
export function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && inside(value[0], LATITUDE) && inside(value[1], LONGITUDE);
}

function inside(value: unknown, bounds: ValueBounds): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= bounds.min && value <= bounds.max;
}
