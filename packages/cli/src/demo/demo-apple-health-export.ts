import { utcOffsetMinutesAt, type Instant, type LocalDate } from '@trainkit/core';
import { localTimeToInstant, minutesAfter } from './local-time.js';
import type { SeededRandom } from './seeded-random.js';

/** `2024-06-09 10:01:00 +0200`: Apple Health's date format (local wall clock, offset without a colon). */
function appleDate(instant: string, timeZone: string): string {
  const minutes = utcOffsetMinutesAt(instant, timeZone);
  const local = new Date(Date.parse(instant) + minutes * 60_000).toISOString();
  const abs = Math.abs(minutes);
  return `${local.slice(0, 10)} ${local.slice(11, 19)} ${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

const WATCH = {
  sourceName: 'Alex’s Apple Watch',
  sourceVersion: '10.5',
  device: '<<HKDevice: 0x3034c1a80>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,18, software:10.5>',
} as const;
const PHONE = {
  sourceName: 'Alex’s iPhone',
  sourceVersion: '17.5.1',
  device: '<<HKDevice: 0x3034c3d40>, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone15,2, software:17.5.1>',
} as const;

/** The head of a real export: the XML declaration and the start of the internal DTD (cut short), then the root. */
const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
]>
<HealthData locale="en_US">
`;

/**
 * A workout the Apple Watch recorded, for {@link demoAppleHealthExport}: the catalog activity's HealthKit type, when,
 * and what it measured.
 *
 * @example
 * ```ts
 * const tennis: DemoAppleWorkout = { activityType: 'HKWorkoutActivityTypeTennis', start, end, energyKcal: 612, heartRate: { average: 138, minimum: 92, maximum: 171 } };
 * ```
 */
export interface DemoAppleWorkout {
  /** `HKWorkoutActivityType...`. */
  readonly activityType: string;
  /** Start. */
  readonly start: Instant;
  /** End. */
  readonly end: Instant;
  /** Active energy, kcal. */
  readonly energyKcal: number;
  /** Heart rate over the workout, bpm. */
  readonly heartRate: { readonly average: number; readonly minimum: number; readonly maximum: number };
}

/**
 * A small Apple Health `export.xml`, shaped like the file inside a real `export.zip` (HealthKit Export Version 14:
 * the DTD head, `ExportDate`, `Me`, then records, workouts and activity summaries, one element per line, curly
 * apostrophes in device names): the athlete's date of birth and sex; resting heart rate, HRV (SDNN, with its
 * beat-to-beat list) and VO2max from the watch each morning; hourly step counts from both the iPhone and the watch
 * over the same hours (which must never be added up); heart-rate samples every five minutes of each workout; the
 * workouts with their statistics and events; and the daily activity rings.
 *
 * @example
 * ```ts
 * const xml = demoAppleHealthExport({ days, workouts: [tennis], timeZone: 'Europe/Berlin', exportedAt, dateOfBirth: '1991-04-12', sex: 'male', random });
 * ```
 */
export function demoAppleHealthExport(options: {
  readonly days: readonly LocalDate[];
  readonly workouts: readonly DemoAppleWorkout[];
  readonly timeZone: string;
  readonly exportedAt: Instant;
  readonly dateOfBirth: string;
  readonly sex: 'male' | 'female';
  readonly random: SeededRandom;
}): string {
  const { timeZone, random: r } = options;
  const date = (instant: string) => appleDate(instant, timeZone);
  const lines: string[] = [HEADER.trimEnd()];
  lines.push(` <ExportDate ${attributes({ value: date(options.exportedAt) })}/>`);
  lines.push(
    ` <Me ${attributes({
      HKCharacteristicTypeIdentifierDateOfBirth: options.dateOfBirth,
      HKCharacteristicTypeIdentifierBiologicalSex: options.sex === 'male' ? 'HKBiologicalSexMale' : 'HKBiologicalSexFemale',
      HKCharacteristicTypeIdentifierBloodType: 'HKBloodTypeNotSet',
      HKCharacteristicTypeIdentifierFitzpatrickSkinType: 'HKFitzpatrickSkinTypeNotSet',
      HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse: 'None',
    })}/>`,
  );
  const record = (source: typeof WATCH | typeof PHONE, type: string, unit: string, start: Instant, end: Instant, value: number, children = '') => {
    const head = ` <Record ${attributes({ type, ...source, unit, creationDate: date(minutesAfter(end, 2)), startDate: date(start), endDate: date(end), value })}`;
    lines.push(children === '' ? `${head}/>` : `${head}>\n${children}\n </Record>`);
  };
  for (const day of options.days) {
    const morning = localTimeToInstant(day, 6, 55 + r.integer(0, 4), timeZone);
    record(WATCH, 'HKQuantityTypeIdentifierRestingHeartRate', 'count/min', morning, morning, r.integer(49, 55));
    const hrvAt = localTimeToInstant(day, 3, 12 + r.integer(0, 40), timeZone);
    const beats = [0, 1, 2].map((index) => {
      const at = new Date(Date.parse(hrvAt) + utcOffsetMinutesAt(hrvAt, timeZone) * 60_000 + index * 1_050);
      const time = `${at.getUTCHours() % 12 || 12}:${String(at.getUTCMinutes()).padStart(2, '0')}:${String(at.getUTCSeconds()).padStart(2, '0')}.${String(Math.floor(at.getUTCMilliseconds() / 10)).padStart(2, '0')} ${at.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      return `   <InstantaneousBeatsPerMinute ${attributes({ bpm: r.integer(52, 60), time })}/>`;
    });
    record(
      WATCH,
      'HKQuantityTypeIdentifierHeartRateVariabilitySDNN',
      'ms',
      hrvAt,
      minutesAfter(hrvAt, 1),
      Math.round(r.between(38, 62) * 100) / 100,
      `  <HeartRateVariabilityMetadataList>\n${beats.join('\n')}\n  </HeartRateVariabilityMetadataList>`,
    );
    for (let hour = 8; hour < 21; hour += 1) {
      const start = localTimeToInstant(day, hour, 0, timeZone);
      const end = localTimeToInstant(day, hour, 59, timeZone);
      const steps = r.integer(150, 1400);
      record(PHONE, 'HKQuantityTypeIdentifierStepCount', 'count', start, end, steps);
      record(WATCH, 'HKQuantityTypeIdentifierStepCount', 'count', start, end, steps + r.integer(0, 260));
    }
  }
  const lastDay = options.days.at(-1);
  if (lastDay !== undefined) {
    const at = localTimeToInstant(lastDay, 19, 30, timeZone);
    record(WATCH, 'HKQuantityTypeIdentifierVO2Max', 'mL/min·kg', at, at, 49.83);
  }
  for (const workout of options.workouts) {
    for (let at = workout.start; at < workout.end; at = minutesAfter(at, 5)) {
      const value = Math.round(workout.heartRate.average + r.between(-14, 14));
      record(WATCH, 'HKQuantityTypeIdentifierHeartRate', 'count/min', at, at, Math.min(workout.heartRate.maximum, Math.max(workout.heartRate.minimum, value)));
    }
    const minutes = (Date.parse(workout.end) - Date.parse(workout.start)) / 60_000;
    const pause = minutesAfter(workout.start, Math.round(minutes / 2));
    const span = { startDate: date(workout.start), endDate: date(workout.end) };
    lines.push(
      ` <Workout ${attributes({
        workoutActivityType: workout.activityType,
        duration: Math.round((minutes - 3) * 1000) / 1000,
        durationUnit: 'min',
        ...WATCH,
        creationDate: date(minutesAfter(workout.end, 1)),
        ...span,
      })}>`,
      `  <MetadataEntry ${attributes({ key: 'HKIndoorWorkout', value: '0' })}/>`,
      `  <MetadataEntry ${attributes({ key: 'HKTimeZone', value: timeZone })}/>`,
      `  <MetadataEntry ${attributes({ key: 'HKWeatherTemperature', value: '71.6 degF' })}/>`,
      `  <MetadataEntry ${attributes({ key: 'HKWeatherHumidity', value: '5800 %' })}/>`,
      `  <WorkoutEvent ${attributes({ type: 'HKWorkoutEventTypePause', date: date(pause) })}/>`,
      `  <WorkoutEvent ${attributes({ type: 'HKWorkoutEventTypeResume', date: date(minutesAfter(pause, 3)) })}/>`,
      `  <WorkoutStatistics ${attributes({ type: 'HKQuantityTypeIdentifierActiveEnergyBurned', ...span, sum: workout.energyKcal, unit: 'Cal' })}/>`,
      `  <WorkoutStatistics ${attributes({ type: 'HKQuantityTypeIdentifierBasalEnergyBurned', ...span, sum: Math.round(minutes * 1.2 * 10) / 10, unit: 'Cal' })}/>`,
      `  <WorkoutStatistics ${attributes({ type: 'HKQuantityTypeIdentifierHeartRate', ...span, ...workout.heartRate, unit: 'count/min' })}/>`,
      ' </Workout>',
    );
  }
  for (const day of options.days) {
    lines.push(
      ` <ActivitySummary ${attributes({
        dateComponents: day,
        activeEnergyBurned: Math.round(r.between(420, 980) * 1000) / 1000,
        activeEnergyBurnedGoal: 700,
        activeEnergyBurnedUnit: 'Cal',
        appleMoveTime: 0,
        appleMoveTimeGoal: 0,
        appleExerciseTime: r.integer(25, 110),
        appleExerciseTimeGoal: 30,
        appleStandHours: r.integer(9, 15),
        appleStandHoursGoal: 12,
      })}/>`,
    );
  }
  lines.push('</HealthData>', '');
  return lines.join('\n');
}
