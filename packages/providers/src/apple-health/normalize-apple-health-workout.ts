import { mapProviderActivityType, type ActivitySlug } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, localDayOf, utcOffsetMinutesAt, type ValueBounds } from '@trainkit/core';
import type { RecordOutcome } from '../internal/record-outcome.js';
import { validTimeZone } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { ActivityDraft, MetricSampleDraft } from '../provider-record-draft.js';
import { asJson, attribute, childrenOf, metadataOf, NAME_KEY, type AppleHealthElementJson } from './apple-health-element.js';
import { appleRecord, checkedAppleDraft, failureOutcome } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { convertAppleHealthUnit, parseAppleHealthNumber, parseAppleHealthQuantity, roundSignificant, type AppleHealthDimension } from './apple-health-units.js';
import { instantOf, parseAppleHealthDate } from './parse-apple-health-date.js';
import { stableHash } from './stable-hash.js';

/** What normalizing one `Workout` gives: the outcome, the workout's external id, and the route files it references. */
export interface WorkoutOutcome {
  readonly outcome: RecordOutcome;
  /** `null` when the workout has no readable start (no id can be made). */
  readonly externalId: string | null;
  /** `FileReference` paths of its `WorkoutRoute`s (`/workout-routes/route_2025-05-03_7.12am.gpx`). */
  readonly routePaths: readonly string[];
}

/**
 * The external id of an Apple Health workout, which has no id of its own in the export: `workout:` and the 64-bit
 * FNV-1a hash of its activity type, source name, and start and end **instants** (UTC, so that a re-export from a phone
 * in another time zone, which writes other offsets, gives the same id).
 *
 * @example
 * ```ts
 * appleHealthWorkoutExternalId('HKWorkoutActivityTypeRunning', 'Jane’s Apple Watch', '2025-05-03T14:12:45.000Z', '2025-05-03T15:02:10.000Z'); // 'workout:…'
 * ```
 */
export function appleHealthWorkoutExternalId(type: string | null, sourceName: string | null, start: string, end: string | null): string {
  return `workout:${stableHash([type ?? '', sourceName ?? '', start, end ?? ''].join('\n'))}`;
}

const DEVICE_NAME = /(?:^|[<,]\s*)name:([^,>]+)/;

/**
 * Normalizes one `Workout` element (attributes and children exactly as received) into an activity draft:
 *
 * - `workoutActivityType` through the catalog's HealthKit map (unknown → `other`, raw kept); indoor cycling and
 *   rowing (`HKIndoorWorkout` = 1) and open-water swims (`HKSwimmingLocationType` = 2) to their own activities;
 * - `startDate` / `endDate` (`2025-05-03 07:12:45 -0700`) to UTC instants; `duration` (in `durationUnit`) is the
 *   **active** time, `endDate − startDate` the elapsed time; the written offset is kept, and the `HKTimeZone`
 *   metadata, when it names an IANA zone, is the zone (its offset at the start is the activity's offset);
 * - distance, active energy, average and maximum heart rate and average power from the `WorkoutStatistics` children
 *   (iOS 16+), else the legacy `totalDistance` / `totalEnergyBurned` attributes, converted exactly (`mi`, `km`, `ft`,
 *   `Cal`, `kJ`, ...); elevation gain from `HKElevationAscended` (`8420 cm`); the weather temperature
 *   (`HKWeatherTemperature`, `degF` → °C) as a `temperature_c` sample at the start;
 * - `HKWasUserEntered` = 1 marks a manual workout; the device name is read from `device` (else the source name).
 *
 * Workout events, routes and all other metadata stay in the raw payload; {@link WorkoutOutcome.routePaths} lists the
 * route files to attach.
 */
export function normalizeAppleHealthWorkout(element: AppleHealthElementJson, path: PayloadPath = []): WorkoutOutcome {
  const raw = asJson(element);
  const type = attribute(element, 'workoutActivityType');
  const sourceName = attribute(element, 'sourceName');
  const start = parseAppleHealthDate(element.startDate);
  if (start === null) {
    return {
      outcome: failureOutcome(null, raw, { code: 'invalid_date', message: `startDate ${JSON.stringify(element.startDate ?? null)} is not an Apple Health date`, path: [...path, 'startDate'] }),
      externalId: null,
      routePaths: [],
    };
  }
  const warnings: NormalizationWarning[] = [];
  const warn = (code: NormalizationWarning['code'], key: string, message: string) => warnings.push({ code, message, path: [...path, key] });
  const startInstant = instantOf(start.ms);
  let end = parseAppleHealthDate(element.endDate);
  const endWritten = end;
  const elapsedBounds = TRAINKIT_BOUNDS.sessionDurationSeconds;
  if (end === null) warn('invalid_value', 'endDate', `endDate ${JSON.stringify(element.endDate ?? null)} is not an Apple Health date; dropped`);
  else if ((end.ms - start.ms) / 1000 < elapsedBounds.min || (end.ms - start.ms) / 1000 > elapsedBounds.max) {
    warn('out_of_bounds', 'endDate', `endDate is ${(end.ms - start.ms) / 1000} s after startDate, outside ${elapsedBounds.min}..${elapsedBounds.max}; dropped`);
    end = null;
  }
  const externalId = appleHealthWorkoutExternalId(type, sourceName, startInstant, endWritten === null ? null : instantOf(endWritten.ms));
  const metadata = metadataOf(element);

  // Zone and offset.
  const zoneText = metadata.get('HKTimeZone') ?? null;
  const zone = validTimeZone(zoneText);
  let offset = start.offsetMinutes;
  if (zoneText !== null && zone === null) warn('unknown_time_zone', 'HKTimeZone', `HKTimeZone ${JSON.stringify(zoneText)} names no known IANA zone; the written offset is used`);
  if (zone !== null) {
    const zoneOffset = utcOffsetMinutesAt(startInstant, zone);
    if (zoneOffset !== start.offsetMinutes) {
      warn('inconsistent_values', 'startDate', `startDate was written at ${start.offsetMinutes} min from UTC but ${zone} is at ${zoneOffset} min at the start; the zone's offset is used`);
    }
    offset = zoneOffset;
  }

  // Active duration.
  let durationSeconds: number | null = null;
  const duration = parseAppleHealthNumber(element.duration);
  if (duration !== null) {
    const seconds = convertAppleHealthUnit(duration, attribute(element, 'durationUnit') ?? 'min', 'time_s');
    const bounds = TRAINKIT_BOUNDS.sessionDurationSeconds;
    if (seconds === null) warn('invalid_value', 'durationUnit', `durationUnit ${JSON.stringify(element.durationUnit ?? null)} is not a time unit; duration dropped`);
    else if (seconds < bounds.min || seconds > bounds.max) warn('out_of_bounds', 'duration', `duration ${seconds} s is outside ${bounds.min}..${bounds.max}; dropped`);
    else if (end !== null && seconds > (end.ms - start.ms) / 1000 + 1) {
      warn('inconsistent_values', 'duration', `active duration ${seconds} s exceeds the elapsed ${(end.ms - start.ms) / 1000} s; dropped`);
    } else durationSeconds = roundSignificant(seconds);
  } else if (element.duration !== undefined) warn('invalid_value', 'duration', `duration ${JSON.stringify(element.duration)} is not a number; dropped`);

  // Statistics (iOS 16+), else the legacy attributes.
  const statistics = readStatistics(element);
  const bounded = (value: number | null, bounds: ValueBounds, key: string, label: string): number | null => {
    if (value === null) return null;
    if (value < bounds.min || value > bounds.max) {
      warn('out_of_bounds', key, `${label} ${value} is outside ${bounds.min}..${bounds.max}; dropped`);
      return null;
    }
    return value;
  };
  const legacy = (valueKey: string, unitKey: string, dimension: AppleHealthDimension): number | null => {
    const value = parseAppleHealthNumber(element[valueKey]);
    if (value === null) return null;
    const converted = convertAppleHealthUnit(value, attribute(element, unitKey), dimension);
    if (converted === null) warn('invalid_value', unitKey, `${unitKey} ${JSON.stringify(element[unitKey] ?? null)} is not a known unit; ${valueKey} dropped`);
    return converted;
  };
  const distance = bounded(statistics.distanceM ?? legacy('totalDistance', 'totalDistanceUnit', 'length_m'), TRAINKIT_BOUNDS.distanceM, 'totalDistance', 'distance (m)');
  const energy = bounded(statistics.energyKcal ?? legacy('totalEnergyBurned', 'totalEnergyBurnedUnit', 'energy_kcal'), TRAINKIT_BOUNDS.energyKcal, 'totalEnergyBurned', 'active energy (kcal)');
  const avgHr = bounded(statistics.avgHr, TRAINKIT_BOUNDS.heartRateBpm, 'WorkoutStatistics', 'average heart rate');
  let maxHr = bounded(statistics.maxHr, TRAINKIT_BOUNDS.heartRateBpm, 'WorkoutStatistics', 'maximum heart rate');
  if (avgHr !== null && maxHr !== null && maxHr < avgHr) {
    warn('inconsistent_values', 'WorkoutStatistics', `maximum heart rate ${maxHr} is below the average ${avgHr}; maximum dropped`);
    maxHr = null;
  }
  const avgPower = bounded(statistics.avgPowerW, TRAINKIT_BOUNDS.powerW, 'WorkoutStatistics', 'average power (W)');
  for (const problem of statistics.problems) warn('invalid_value', 'WorkoutStatistics', problem);

  const elevationQuantity = parseAppleHealthQuantity(metadata.get('HKElevationAscended'));
  const elevation = bounded(
    elevationQuantity === null ? null : convertAppleHealthUnit(elevationQuantity.value, elevationQuantity.unit, 'length_m'),
    TRAINKIT_BOUNDS.distanceM,
    'HKElevationAscended',
    'elevation gain (m)',
  );

  const samples: MetricSampleDraft[] = [];
  const temperature = parseAppleHealthQuantity(metadata.get('HKWeatherTemperature'));
  const celsius = temperature === null ? null : convertAppleHealthUnit(temperature.value, temperature.unit, 'temperature_c');
  if (celsius !== null && celsius >= -90 && celsius <= 60) samples.push({ metric_type: 'temperature_c', recorded_at: startInstant, value: celsius, unit: 'degC', stream_index: null });

  const mapped = mapProviderActivityType('apple_health', type);
  const slug = refineSlug(mapped.activityDefinitionSlug, metadata);
  const deviceText = attribute(element, 'device');
  const deviceName = (deviceText !== null ? DEVICE_NAME.exec(deviceText)?.[1]?.trim() : undefined) || sourceName;

  const activity: ActivityDraft = {
    activity_definition_slug: slug,
    activity_type_raw: type,
    activity_type_matched: mapped.matched,
    title: null,
    performed_start: startInstant,
    performed_end: end === null ? null : instantOf(end.ms),
    timezone: zone,
    utc_offset_minutes: offset,
    local_date: localDayOf(startInstant, { timeZone: zone, utcOffsetMinutes: offset }),
    start_time_hidden: false,
    manual: metadata.get('HKWasUserEntered') === '1',
    duration_seconds: durationSeconds,
    distance_m: distance,
    elevation_gain_m: elevation,
    energy_kcal: energy,
    work_kj: null,
    avg_hr_bpm: avgHr,
    max_hr_bpm: maxHr,
    avg_power_w: avgPower,
    device_name: deviceName ?? null,
  };
  const record = appleRecord({
    resource: 'workout',
    external_id: externalId,
    record_kind: 'activity',
    activity_type_raw: type,
    start_time: startInstant,
    end_time: end === null ? null : instantOf(end.ms),
    timezone_raw: zoneText,
    utc_offset_minutes: start.offsetMinutes,
    raw_payload: raw,
  });
  const routePaths: string[] = [];
  for (const child of childrenOf(element)) {
    if (child[NAME_KEY] !== 'WorkoutRoute') continue;
    for (const reference of childrenOf(child)) {
      const file = reference[NAME_KEY] === 'FileReference' ? attribute(reference, 'path') : null;
      if (file !== null) routePaths.push(file);
    }
  }
  return { outcome: checkedAppleDraft(APPLE_HEALTH_NORMALIZERS.workout, record, { activity, samples, warnings }, path), externalId, routePaths };
}

function refineSlug(slug: ActivitySlug, metadata: ReadonlyMap<string, string>): ActivitySlug {
  const indoor = metadata.get('HKIndoorWorkout') === '1';
  if (slug === 'cycling' && indoor) return 'indoor_cycling';
  if (slug === 'rowing' && indoor) return 'indoor_rowing';
  if (slug === 'swimming' && metadata.get('HKSwimmingLocationType') === '2') return 'open_water_swimming';
  return slug;
}

interface WorkoutStatisticsValues {
  readonly distanceM: number | null;
  readonly energyKcal: number | null;
  readonly avgHr: number | null;
  readonly maxHr: number | null;
  readonly avgPowerW: number | null;
  readonly problems: readonly string[];
}

/**
 * Reads the workout's own `WorkoutStatistics`; when it has none, those of its `WorkoutActivity` children (iOS 16+
 * multi-activity workouts): sums added, the highest maximum, the first average.
 */
function readStatistics(element: AppleHealthElementJson): WorkoutStatisticsValues {
  const direct = childrenOf(element).filter((child) => child[NAME_KEY] === 'WorkoutStatistics');
  const statistics = direct.length > 0
    ? direct
    : childrenOf(element).filter((child) => child[NAME_KEY] === 'WorkoutActivity').flatMap((activity) => childrenOf(activity).filter((child) => child[NAME_KEY] === 'WorkoutStatistics'));
  const problems: string[] = [];
  let distanceM: number | null = null;
  let energyKcal: number | null = null;
  let avgHr: number | null = null;
  let maxHr: number | null = null;
  let avgPowerW: number | null = null;
  const add = (total: number | null, value: number | null) => (value === null ? total : roundSignificant((total ?? 0) + value));
  for (const statistic of statistics) {
    const type = attribute(statistic, 'type') ?? '';
    const unit = attribute(statistic, 'unit');
    const read = (key: string, dimension: AppleHealthDimension | null): number | null => {
      const value = parseAppleHealthNumber(statistic[key]);
      if (value === null) return null;
      const converted = dimension === null ? value : convertAppleHealthUnit(value, unit, dimension);
      if (converted === null) problems.push(`${type} ${key} in ${JSON.stringify(unit)} is not in a known unit; dropped`);
      return converted;
    };
    if (type.startsWith('HKQuantityTypeIdentifierDistance')) distanceM = add(distanceM, read('sum', 'length_m'));
    else if (type === 'HKQuantityTypeIdentifierActiveEnergyBurned') energyKcal = add(energyKcal, read('sum', 'energy_kcal'));
    else if (type === 'HKQuantityTypeIdentifierHeartRate') {
      if (unit !== 'count/min') {
        problems.push(`${type} in ${JSON.stringify(unit)} is not in count/min; dropped`);
        continue;
      }
      avgHr ??= read('average', null);
      const maximum = read('maximum', null);
      if (maximum !== null && (maxHr === null || maximum > maxHr)) maxHr = maximum;
    } else if (type === 'HKQuantityTypeIdentifierRunningPower' || type === 'HKQuantityTypeIdentifierCyclingPower') {
      if (unit !== 'W') {
        problems.push(`${type} in ${JSON.stringify(unit)} is not in W; dropped`);
        continue;
      }
      avgPowerW ??= read('average', null);
    }
  }
  return { distanceM, energyKcal, avgHr, maxHr, avgPowerW, problems };
}
