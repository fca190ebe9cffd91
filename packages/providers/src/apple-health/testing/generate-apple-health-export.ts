import { utcOffsetMinutesAt } from '@trainkit/core';
import { appleHealthExportDtd } from './apple-health-export-dtd.js';

/**
 * Options of {@link generateAppleHealthExport}. Everything is derived from `seed`: the same options always give the
 * same bytes.
 */
export interface AppleHealthExportGeneratorOptions {
  /** Seed of the pseudo-random generator. Default 1. */
  readonly seed?: number;
  /** First local day (`YYYY-MM-DD`). Default `2019-01-01`. */
  readonly startDate?: string;
  /** Number of days; default from `targetBytes`, else 365. */
  readonly days?: number;
  /** Approximate size of `export.xml` in bytes (sets `days`; within a few per cent). */
  readonly targetBytes?: number;
  /** The DOCTYPE: Apple's (`standard`, export version 14), iOS 16's broken one (version 12), or none. Default `standard`. */
  readonly dtd?: 'standard' | 'ios16-broken' | 'none';
  /** Sprinkle stray `\x0b` vertical tabs into some metadata values and a source version, as seen in real exports. */
  readonly controlCharacters?: boolean;
  /** The athlete's zone (offsets of the written dates follow its DST). Default `America/Los_Angeles`. */
  readonly timeZone?: string;
  /** `imperial` (mi, lb, Cal, degF; default) or `metric` (km, kg, kJ, degC). */
  readonly units?: 'imperial' | 'metric';
  /** Outdoor workouts reference a route file (`WorkoutRoute` / `FileReference`). Default true. */
  readonly routes?: boolean;
  /** Approximate characters per yielded chunk. Default 256 KiB. */
  readonly chunkSize?: number;
  /** Fraction of the days (from the start) before the athlete had an Apple Watch. Default 0.15. */
  readonly phoneOnlyFraction?: number;
}

/** A route file referenced by a generated workout, to write with {@link generateAppleHealthRouteGpx}. */
export interface GeneratedAppleHealthRoute {
  /** As the `FileReference` writes it: `/workout-routes/route_2024-05-03_7.12am.gpx`. */
  readonly path: string;
  readonly startMs: number;
  readonly durationSeconds: number;
  readonly seed: number;
}

/** What {@link generateAppleHealthExport} wrote (its generator's return value). */
export interface GeneratedAppleHealthExportStats {
  readonly days: number;
  readonly characters: number;
  readonly records: number;
  readonly workouts: number;
  readonly activitySummaries: number;
  readonly routes: readonly GeneratedAppleHealthRoute[];
}

const PHONE = 'Jane’s iPhone';
const WATCH = 'Jane’s Apple Watch';
const SCALE = 'Withings';
const CUFF = 'OMRON connect';
const STRAVA = 'Strava';
const PHONE_DEVICE = '&lt;&lt;HKDevice: 0x283a1c0f0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,2, software:17.4.1&gt;';
const WATCH_DEVICE = '&lt;&lt;HKDevice: 0x2837d5590&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.4&gt;';
const SCALE_DEVICE = '&lt;&lt;HKDevice: 0x281f0c4b0&gt;, name:Body+, manufacturer:Withings, model:WBS05, hardware:5, software:1880&gt;';
const IOS16 = Date.UTC(2022, 8, 12);

/** Record types, in the order the export lists them (one type after the other, as Apple writes them). */
const TYPES = [
  'Height', 'BodyMass', 'BodyFatPercentage', 'HeartRate', 'StepCount', 'DistanceWalkingRunning', 'BasalEnergyBurned',
  'ActiveEnergyBurned', 'FlightsClimbed', 'AppleExerciseTime', 'RestingHeartRate', 'VO2Max', 'HeartRateVariabilitySDNN',
  'BloodPressureSystolic', 'BloodPressureDiastolic', 'SleepAnalysis', 'AppleStandHour',
] as const;
type RecordType = (typeof TYPES)[number];

interface Day {
  readonly index: number;
  readonly date: string;
  readonly offset: string;
  readonly offsetMinutes: number;
  readonly utcMidnightMs: number;
  readonly watch: boolean;
}

interface PlannedWorkout {
  readonly kind: 'running' | 'cycling' | 'strength' | 'walking' | 'hiit' | 'yoga' | 'swimming';
  readonly startSec: number;
  readonly elapsedSec: number;
  readonly pauseSec: number;
  readonly indoor: boolean;
}

/**
 * Generates a realistic Apple Health `export.xml`, deterministically from a seed, as chunks of text (a few hundred
 * kilobytes each; join them or write them to a stream). Multi-year with the default density (about 0.7 MB a day):
 * `ExportDate`, `Me`, then records type by type (heart rate, steps and walking distance from an iPhone **and** an
 * Apple Watch over the same walks, active and basal energy, stand hours, sleep, resting heart rate, HRV SDNN with
 * beat lists, VO2max, body mass and body fat from a third-party scale, blood pressure with its `Correlation`s),
 * workouts (running, cycling, strength, walking, HIIT, yoga, swimming; `WorkoutStatistics` from iOS 16 on, the legacy
 * `totalDistance` attributes before; pause/resume events; metadata with `HKTimeZone`, elevation, weather; route file
 * references; some runs written again by Strava), and an `ActivitySummary` per day with a watch. The generator's
 * return value lists the routes, for {@link generateAppleHealthRouteGpx}.
 *
 * Not published: for tests and benchmarks.
 */
export function* generateAppleHealthExport(options: AppleHealthExportGeneratorOptions = {}): Generator<string, GeneratedAppleHealthExportStats, undefined> {
  const plan = new ExportPlan(options);
  const days = options.days ?? (options.targetBytes !== undefined ? plan.daysFor(options.targetBytes) : 365);
  plan.setDays(days);
  const out = new ChunkWriter(options.chunkSize ?? 256 * 1024);
  const stats = { records: 0, workouts: 0, activitySummaries: 0, routes: [] as GeneratedAppleHealthRoute[] };
  out.write(plan.header());
  yield* out.drain();
  for (const type of TYPES) {
    for (let index = 0; index < days; index += 1) {
      stats.records += plan.records(type, plan.day(index), out);
      yield* out.drain();
    }
  }
  for (let index = 0; index < days; index += 1) {
    plan.correlations(plan.day(index), out);
    yield* out.drain();
  }
  for (let index = 0; index < days; index += 1) {
    stats.workouts += plan.workouts(plan.day(index), out, stats.routes);
    yield* out.drain();
  }
  for (let index = 0; index < days; index += 1) {
    const day = plan.day(index);
    if (!day.watch) continue;
    plan.activitySummary(day, out);
    stats.activitySummaries += 1;
    yield* out.drain();
  }
  out.write('</HealthData>\n');
  yield* out.drain(true);
  return { days, characters: out.characters, ...stats };
}

/**
 * The GPX file of a generated route (`GeneratedAppleHealthRoute`), as Apple writes them: GPX 1.1, one track point a
 * second with elevation, time and Apple's speed/course/accuracy extensions.
 */
export function generateAppleHealthRouteGpx(route: GeneratedAppleHealthRoute): string {
  const random = mulberry32(route.seed);
  let lat = 37.7749 + (random() - 0.5) * 0.05;
  let lon = -122.4194 + (random() - 0.5) * 0.05;
  let ele = 10 + random() * 40;
  let heading = random() * Math.PI * 2;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">\n',
    ` <metadata>\n  <time>${isoSeconds(route.startMs)}</time>\n </metadata>\n <trk>\n  <name>Route ${isoSeconds(route.startMs).slice(0, 10)}</name>\n  <trkseg>\n`,
  ];
  for (let second = 0; second <= route.durationSeconds; second += 1) {
    const speed = 2.6 + random() * 0.8;
    heading += (random() - 0.5) * 0.2;
    lat += (Math.cos(heading) * speed) / 111_320;
    lon += (Math.sin(heading) * speed) / 88_000;
    ele += (random() - 0.5) * 0.4;
    parts.push(
      `   <trkpt lon="${lon.toFixed(6)}" lat="${lat.toFixed(6)}"><ele>${ele.toFixed(6)}</ele><time>${isoSeconds(route.startMs + second * 1000)}</time><extensions><speed>${speed.toFixed(6)}</speed><course>${(((heading * 180) / Math.PI) % 360 + 360) % 360 | 0}</course><hAcc>${(2 + random() * 3).toFixed(6)}</hAcc><vAcc>${(2 + random() * 2).toFixed(6)}</vAcc></extensions></trkpt>\n`,
    );
  }
  parts.push('  </trkseg>\n </trk>\n</gpx>\n');
  return parts.join('');
}

class ChunkWriter {
  private parts: string[] = [];
  private length = 0;
  characters = 0;

  constructor(private readonly chunkSize: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.characters += text.length;
  }

  *drain(final = false): Generator<string, void, undefined> {
    if (this.length >= this.chunkSize || (final && this.length > 0)) {
      const chunk = this.parts.join('');
      this.parts = [];
      this.length = 0;
      yield chunk;
    }
  }
}

class ExportPlan {
  private readonly seed: number;
  private readonly start: number;
  private readonly timeZone: string;
  private readonly imperial: boolean;
  private readonly routes: boolean;
  private readonly controls: boolean;
  private readonly dtd: 'standard' | 'ios16-broken' | 'none';
  private readonly phoneOnlyFraction: number;
  private readonly days = new Map<number, Day>();
  private totalDays = 365;

  constructor(options: AppleHealthExportGeneratorOptions) {
    this.seed = options.seed ?? 1;
    const [year, month, day] = (options.startDate ?? '2019-01-01').split('-').map(Number) as [number, number, number];
    this.start = Date.UTC(year, month - 1, day);
    this.timeZone = options.timeZone ?? 'America/Los_Angeles';
    this.imperial = (options.units ?? 'imperial') === 'imperial';
    this.routes = options.routes ?? true;
    this.controls = options.controlCharacters ?? false;
    this.dtd = options.dtd ?? 'standard';
    this.phoneOnlyFraction = options.phoneOnlyFraction ?? 0.15;
  }

  setDays(days: number): void {
    this.totalDays = days;
    this.days.clear();
  }

  /** Days needed for about `targetBytes`, from the measured size of a sample of days with and without a watch. */
  daysFor(targetBytes: number): number {
    const sample = 60;
    this.setDays(1_000_000);
    const encoder = new TextEncoder();
    const measure = (watch: boolean) => {
      const out = new ChunkWriter(Number.POSITIVE_INFINITY);
      let bytes = 0;
      for (let index = 0; index < sample; index += 1) {
        const day = { ...this.day(index * 11), watch };
        for (const type of TYPES) this.records(type, day, out);
        this.correlations(day, out);
        this.workouts(day, out, []);
        if (watch) this.activitySummary(day, out);
        for (const chunk of out.drain(true)) bytes += encoder.encode(chunk).length;
      }
      return bytes / sample;
    };
    const perDay = this.phoneOnlyFraction * measure(false) + (1 - this.phoneOnlyFraction) * measure(true);
    const header = encoder.encode(this.header()).length;
    return Math.max(1, Math.round((targetBytes - header) / perDay));
  }

  day(index: number): Day {
    let day = this.days.get(index);
    if (day === undefined) {
      const utcMidnightMs = this.start + index * 86_400_000;
      const date = new Date(utcMidnightMs).toISOString().slice(0, 10);
      const offsetMinutes = utcOffsetMinutesAt(new Date(utcMidnightMs + 12 * 3_600_000).toISOString(), this.timeZone);
      const sign = offsetMinutes < 0 ? '-' : '+';
      const absolute = Math.abs(offsetMinutes);
      day = {
        index,
        date,
        offset: `${sign}${pad2(Math.floor(absolute / 60))}${pad2(absolute % 60)}`,
        offsetMinutes,
        utcMidnightMs,
        watch: index >= Math.floor(this.totalDays * this.phoneOnlyFraction),
      };
      if (this.days.size > 4096) this.days.clear();
      this.days.set(index, day);
    }
    return day;
  }

  header(): string {
    const dtd = this.dtd === 'none' ? '' : appleHealthExportDtd({ version: this.dtd === 'standard' ? '14' : '12', broken: this.dtd === 'ios16-broken' });
    const exportDay = this.day(this.totalDays);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${dtd}<HealthData locale="${this.imperial ? 'en_US' : 'de_DE'}">\n` +
      ` <ExportDate value="${stamp(exportDay, 33_262)}"/>\n` +
      ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-08-21" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>\n';
  }

  private random(salt: number, day: Day): () => number {
    return mulberry32(hash3(this.seed, salt, day.index));
  }

  /** The day's workouts (the same whichever section asks). */
  plan(day: Day): PlannedWorkout[] {
    const random = this.random(9_001, day);
    const weekday = new Date(day.utcMidnightMs).getUTCDay();
    const plans: PlannedWorkout[] = [];
    if (random() < 0.72) {
      const kinds: PlannedWorkout['kind'][] = ['running', 'strength', 'cycling', 'running', 'hiit', 'walking', 'running'];
      const kind = random() < 0.05 ? (random() < 0.5 ? 'yoga' : 'swimming') : kinds[weekday]!;
      const startSec = 6 * 3600 + Math.floor(random() * 3 * 3600);
      const elapsedSec = kind === 'walking' ? 2400 + Math.floor(random() * 2400) : 1800 + Math.floor(random() * 3000);
      plans.push({ kind, startSec, elapsedSec, pauseSec: random() < 0.4 ? 30 + Math.floor(random() * 240) : 0, indoor: kind === 'cycling' ? random() < 0.4 : random() < 0.08 });
    }
    if (random() < 0.12) {
      plans.push({ kind: 'walking', startSec: 17 * 3600 + Math.floor(random() * 2 * 3600), elapsedSec: 1200 + Math.floor(random() * 1800), pauseSec: 0, indoor: false });
    }
    return plans;
  }

  /** Writes the day's records of `type`; returns how many. */
  records(type: RecordType, day: Day, out: ChunkWriter): number {
    const random = this.random(TYPES.indexOf(type) + 1, day);
    const watchVersion = this.controls && day.index % 211 === 7 ? '10.4\u000b' : '10.4';
    let count = 0;
    const quantity = (source: string, version: string, device: string | null, unit: string, value: string, startSec: number, endSec: number, children = '') => {
      const head = `<Record type="HKQuantityTypeIdentifier${type}" sourceName="${source}" sourceVersion="${version}"${device === null ? '' : ` device="${device}"`} unit="${unit}" creationDate="${stamp(day, Math.min(86_399, endSec + 4))}" startDate="${stamp(day, startSec)}" endDate="${stamp(day, endSec)}" value="${value}"`;
      out.write(children === '' ? ` ${head}/>\n` : ` ${head}>\n${children}  </Record>\n`);
      count += 1;
    };
    const category = (typeName: string, source: string, value: string, startSec: number, endSec: number) => {
      out.write(` <Record type="HKCategoryTypeIdentifier${typeName}" sourceName="${source}" sourceVersion="${watchVersion}" device="${WATCH_DEVICE}" creationDate="${stamp(day, Math.min(86_399, endSec + 2))}" startDate="${stamp(day, startSec)}" endDate="${stamp(day, endSec)}" value="${value}"/>\n`);
      count += 1;
    };
    const walks = () => this.walkIntervals(day);
    switch (type) {
      case 'Height':
        if (day.index === 0) quantity(PHONE, '12.4', null, this.imperial ? 'ft' : 'cm', this.imperial ? '5.6' : '170.7', 36_000, 36_000);
        break;
      case 'BodyMass':
      case 'BodyFatPercentage': {
        const scaleRandom = this.random(77, day);
        if (scaleRandom() < 0.4) {
          const when = 6 * 3600 + 40 * 60 + Math.floor(scaleRandom() * 1200);
          const kg = 62 + Math.sin(day.index / 60) * 2 + scaleRandom() * 0.8;
          if (type === 'BodyMass') quantity(SCALE, '6.1.0', SCALE_DEVICE, this.imperial ? 'lb' : 'kg', this.imperial ? (kg / 0.45359237).toFixed(1) : kg.toFixed(2), when, when);
          else quantity(SCALE, '6.1.0', SCALE_DEVICE, '%', (0.21 + scaleRandom() * 0.03).toFixed(3), when, when);
        }
        break;
      }
      case 'HeartRate': {
        if (!day.watch) break;
        const dense = this.plan(day);
        let second = Math.floor(random() * 300);
        while (second < 86_400) {
          const workout = dense.find((plan) => second >= plan.startSec && second < plan.startSec + plan.elapsedSec);
          const bpm = workout ? 120 + Math.floor(random() * 50) : 52 + Math.floor(random() * 40);
          quantity(WATCH, watchVersion, WATCH_DEVICE, 'count/min', String(bpm), second, second,
            `  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="${workout ? 2 : random() < 0.8 ? 1 : 0}"/>\n`);
          second += workout ? 5 + Math.floor(random() * 3) : 240 + Math.floor(random() * 180);
        }
        break;
      }
      case 'StepCount':
      case 'DistanceWalkingRunning': {
        for (const walk of walks()) {
          const steps = walk.steps;
          const sources: [string, string, string][] = [[PHONE, '17.4.1', PHONE_DEVICE]];
          if (day.watch) sources.push([WATCH, watchVersion, WATCH_DEVICE]);
          for (const [source, version, device] of sources) {
            const factor = source === WATCH ? 1.04 : walk.phoneCarried ? 1 : 0;
            if (factor === 0) continue;
            const value = Math.round(steps * factor);
            if (type === 'StepCount') quantity(source, version, device, 'count', String(value), walk.startSec, walk.endSec);
            else quantity(source, version, device, this.imperial ? 'mi' : 'km', (this.imperial ? value * 0.00047 : value * 0.000756).toFixed(5), walk.startSec, walk.endSec);
          }
        }
        break;
      }
      case 'BasalEnergyBurned':
      case 'ActiveEnergyBurned': {
        if (!day.watch) break;
        const basal = type === 'BasalEnergyBurned';
        let second = basal ? 0 : 6 * 3600 + Math.floor(random() * 1800);
        const end = basal ? 86_400 : 22 * 3600;
        while (second < end) {
          const length = basal ? 600 + Math.floor(random() * 600) : 60 + Math.floor(random() * 240);
          const kcal = basal ? (length / 86_400) * 1_450 : random() * 6;
          quantity(WATCH, watchVersion, WATCH_DEVICE, this.imperial ? 'Cal' : 'kJ', (this.imperial ? kcal : kcal * 4.184).toFixed(3), second, Math.min(86_399, second + length));
          second += length + (basal ? 0 : Math.floor(random() * 120));
        }
        break;
      }
      case 'FlightsClimbed':
        for (let index = 0; index < 6 + Math.floor(random() * 8); index += 1) {
          const when = 7 * 3600 + Math.floor(random() * 14 * 3600);
          quantity(PHONE, '17.4.1', PHONE_DEVICE, 'count', String(1 + Math.floor(random() * 3)), when, when + 20 + Math.floor(random() * 60));
        }
        break;
      case 'AppleExerciseTime':
        if (!day.watch) break;
        for (const plan of this.plan(day)) {
          for (let minute = 0; minute < Math.floor(plan.elapsedSec / 60); minute += 1) quantity(WATCH, watchVersion, WATCH_DEVICE, 'min', '1', plan.startSec + minute * 60, plan.startSec + minute * 60 + 60);
        }
        break;
      case 'RestingHeartRate':
        if (day.watch) quantity(WATCH, watchVersion, WATCH_DEVICE, 'count/min', String(48 + Math.floor(random() * 10)), 1, 86_000);
        break;
      case 'VO2Max': {
        const run = this.plan(day).find((plan) => plan.kind === 'running' && !plan.indoor);
        if (day.watch && run && day.index % 7 < 2) {
          quantity(WATCH, watchVersion, WATCH_DEVICE, 'mL/min·kg', (46 + Math.sin(day.index / 90) * 3).toFixed(5), run.startSec + run.elapsedSec, run.startSec + run.elapsedSec,
            '  <MetadataEntry key="HKVO2MaxTestType" value="2"/>\n');
        }
        break;
      }
      case 'HeartRateVariabilitySDNN': {
        if (!day.watch) break;
        for (let index = 0; index < 3 + Math.floor(random() * 3); index += 1) {
          const when = Math.floor(random() * 86_000);
          let beats = '   <HeartRateVariabilityMetadataList>\n';
          for (let beat = 0; beat < 50 + Math.floor(random() * 20); beat += 1) {
            const second = when + beat;
            const hour = Math.floor(second / 3600) % 24;
            beats += `    <InstantaneousBeatsPerMinute bpm="${55 + Math.floor(random() * 20)}" time="${hour % 12 === 0 ? 12 : hour % 12}:${pad2(Math.floor((second % 3600) / 60))}:${pad2(second % 60)}.${pad2(Math.floor(random() * 100))} ${hour < 12 ? 'AM' : 'PM'}"/>\n`;
          }
          beats += '   </HeartRateVariabilityMetadataList>\n';
          quantity(WATCH, watchVersion, WATCH_DEVICE, 'ms', (25 + random() * 60).toFixed(4), when, Math.min(86_399, when + 60), beats);
        }
        break;
      }
      case 'BloodPressureSystolic':
      case 'BloodPressureDiastolic': {
        const pressure = this.bloodPressure(day);
        if (pressure) quantity(CUFF, '9.0.0', null, 'mmHg', String(type === 'BloodPressureSystolic' ? pressure.systolic : pressure.diastolic), pressure.second, pressure.second);
        break;
      }
      case 'SleepAnalysis': {
        if (!day.watch) break;
        let second = Math.floor(random() * 1800);
        const wake = 6 * 3600 + Math.floor(random() * 3600);
        while (second < wake) {
          const length = 600 + Math.floor(random() * 2400);
          const stage = ['HKCategoryValueSleepAnalysisAsleepCore', 'HKCategoryValueSleepAnalysisAsleepDeep', 'HKCategoryValueSleepAnalysisAsleepREM', 'HKCategoryValueSleepAnalysisAwake'][Math.floor(random() * 4)]!;
          category('SleepAnalysis', WATCH, stage, second, Math.min(wake, second + length));
          second += length;
        }
        break;
      }
      case 'AppleStandHour':
        if (!day.watch) break;
        for (let hour = 7; hour < 22; hour += 1) {
          category('AppleStandHour', WATCH, random() < 0.8 ? 'HKCategoryValueAppleStandHourStood' : 'HKCategoryValueAppleStandHourIdle', hour * 3600, hour * 3600 + 3600 - 1);
        }
        break;
    }
    return count;
  }

  private bloodPressure(day: Day): { systolic: number; diastolic: number; second: number } | null {
    if (day.index % 7 !== 3) return null;
    const random = this.random(555, day);
    return { systolic: 112 + Math.floor(random() * 14), diastolic: 70 + Math.floor(random() * 10), second: 8 * 3600 + Math.floor(random() * 3600) };
  }

  correlations(day: Day, out: ChunkWriter): void {
    const pressure = this.bloodPressure(day);
    if (pressure === null) return;
    const at = stamp(day, pressure.second);
    const record = (type: string, value: number) =>
      `  <Record type="HKQuantityTypeIdentifier${type}" sourceName="${CUFF}" sourceVersion="9.0.0" unit="mmHg" creationDate="${at}" startDate="${at}" endDate="${at}" value="${value}"/>\n`;
    out.write(` <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="${CUFF}" sourceVersion="9.0.0" creationDate="${at}" startDate="${at}" endDate="${at}">\n` +
      `  <MetadataEntry key="HKWasUserEntered" value="0"/>\n${record('BloodPressureDiastolic', pressure.diastolic)}${record('BloodPressureSystolic', pressure.systolic)} </Correlation>\n`);
  }

  /** The day's walking intervals (shared by steps and distance, phone and watch). */
  private walkIntervals(day: Day): { startSec: number; endSec: number; steps: number; phoneCarried: boolean }[] {
    const random = this.random(4_242, day);
    const walks = [];
    let second = 7 * 3600 + Math.floor(random() * 1800);
    while (second < 22 * 3600) {
      const length = 60 + Math.floor(random() * 540);
      walks.push({ startSec: second, endSec: second + length, steps: Math.floor((length / 60) * (40 + random() * 70)), phoneCarried: random() < 0.7 });
      second += length + 120 + Math.floor(random() * 900);
    }
    return walks;
  }

  workouts(day: Day, out: ChunkWriter, routes: GeneratedAppleHealthRoute[]): number {
    let count = 0;
    for (const [index, plan] of this.plan(day).entries()) {
      const random = this.random(31_337 + index, day);
      const startMs = day.utcMidnightMs + plan.startSec * 1000 - day.offsetMinutes * 60_000;
      const modern = startMs >= IOS16;
      const activeSec = plan.elapsedSec - plan.pauseSec;
      const type = { running: 'Running', cycling: 'Cycling', strength: 'TraditionalStrengthTraining', walking: 'Walking', hiit: 'HighIntensityIntervalTraining', yoga: 'Yoga', swimming: 'Swimming' }[plan.kind];
      const speed = { running: 2.9, cycling: 7.5, walking: 1.4, swimming: 0.8 }[plan.kind as 'running'] ?? 0;
      const distanceM = plan.kind === 'strength' || plan.kind === 'hiit' || plan.kind === 'yoga' ? null : activeSec * speed * (0.9 + random() * 0.2);
      const kcal = (activeSec / 60) * (plan.kind === 'yoga' ? 3.5 : plan.kind === 'walking' ? 5 : 10) * (0.9 + random() * 0.2);
      const avgHr = plan.kind === 'yoga' ? 95 : 135 + Math.floor(random() * 20);
      const maxHr = avgHr + 15 + Math.floor(random() * 15);
      const distanceType = plan.kind === 'cycling' ? 'DistanceCycling' : plan.kind === 'swimming' ? 'DistanceSwimming' : 'DistanceWalkingRunning';
      const distanceValue = distanceM === null ? null : plan.kind === 'swimming' ? (this.imperial ? distanceM / 0.9144 : distanceM) : this.imperial ? distanceM / 1609.344 : distanceM / 1000;
      const distanceUnit = plan.kind === 'swimming' ? (this.imperial ? 'yd' : 'm') : this.imperial ? 'mi' : 'km';
      const energyValue = this.imperial ? kcal : kcal * 4.184;
      const energyUnit = this.imperial ? 'Cal' : 'kJ';
      const start = stamp(day, plan.startSec);
      const end = stamp(day, Math.min(86_399, plan.startSec + plan.elapsedSec));
      const legacy = modern ? '' : `${distanceValue === null ? '' : ` totalDistance="${distanceValue.toFixed(6)}" totalDistanceUnit="${distanceUnit}"`} totalEnergyBurned="${energyValue.toFixed(6)}" totalEnergyBurnedUnit="${energyUnit}"`;
      const parts = [` <Workout workoutActivityType="HKWorkoutActivityType${type}" duration="${(activeSec / 60).toFixed(14)}" durationUnit="min"${legacy} sourceName="${WATCH}" sourceVersion="10.4" device="${WATCH_DEVICE}" creationDate="${end}" startDate="${start}" endDate="${end}">\n`];
      const outdoor = (plan.kind === 'running' || plan.kind === 'cycling' || plan.kind === 'walking') && !plan.indoor;
      parts.push(`  <MetadataEntry key="HKIndoorWorkout" value="${plan.indoor || !outdoor ? 1 : 0}"/>\n`);
      parts.push(`  <MetadataEntry key="HKTimeZone" value="${this.timeZone}"/>\n`);
      if (plan.kind === 'swimming') parts.push('  <MetadataEntry key="HKSwimmingLocationType" value="1"/>\n  <MetadataEntry key="HKLapLength" value="25 yd"/>\n');
      if (outdoor) {
        parts.push(`  <MetadataEntry key="HKElevationAscended" value="${Math.floor(2_000 + random() * 20_000)} cm"/>\n`);
        const temperature = 8 + random() * 20;
        parts.push(`  <MetadataEntry key="HKWeatherTemperature" value="${this.imperial ? `${(temperature * 1.8 + 32).toFixed(2)} degF` : `${temperature.toFixed(2)} degC`}"/>\n`);
        parts.push(`  <MetadataEntry key="HKWeatherHumidity" value="${Math.floor(3_000 + random() * 6_000)} %"/>\n`);
      }
      parts.push(`  <MetadataEntry key="HKAverageMETs" value="${(6 + random() * 4).toFixed(5)} kcal/hr·kg"/>\n`);
      if (this.controls && day.index % 97 === 5) parts.push('  <MetadataEntry key="HKWorkoutBrandName" value="Morning\u000bRun"/>\n');
      if (plan.pauseSec > 0) {
        const pauseAt = plan.startSec + Math.floor(plan.elapsedSec / 3);
        parts.push(`  <WorkoutEvent type="HKWorkoutEventTypePause" date="${stamp(day, pauseAt)}"/>\n  <WorkoutEvent type="HKWorkoutEventTypeResume" date="${stamp(day, pauseAt + plan.pauseSec)}"/>\n`);
      }
      if (distanceM !== null && plan.kind !== 'swimming') {
        for (let lap = 1; lap * 1609 < distanceM && lap < 40; lap += 1) {
          const at = plan.startSec + Math.floor((lap * 1609 * plan.elapsedSec) / distanceM);
          parts.push(`  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="${stamp(day, at)}" duration="${(plan.elapsedSec / (distanceM / 1609)).toFixed(4)}" durationUnit="s"/>\n`);
        }
      }
      if (modern) {
        parts.push(`  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="${start}" endDate="${end}" sum="${energyValue.toFixed(6)}" unit="${energyUnit}"/>\n`);
        parts.push(`  <WorkoutStatistics type="HKQuantityTypeIdentifierBasalEnergyBurned" startDate="${start}" endDate="${end}" sum="${(activeSec / 60).toFixed(4)}" unit="${energyUnit}"/>\n`);
        parts.push(`  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="${start}" endDate="${end}" average="${avgHr}" minimum="${avgHr - 30}" maximum="${maxHr}" unit="count/min"/>\n`);
        if (distanceValue !== null) parts.push(`  <WorkoutStatistics type="HKQuantityTypeIdentifier${distanceType}" startDate="${start}" endDate="${end}" sum="${distanceValue.toFixed(6)}" unit="${distanceUnit}"/>\n`);
        if (plan.kind === 'running') parts.push(`  <WorkoutStatistics type="HKQuantityTypeIdentifierRunningPower" startDate="${start}" endDate="${end}" average="${210 + Math.floor(random() * 40)}" minimum="80" maximum="380" unit="W"/>\n`);
      }
      if (outdoor && this.routes) {
        const hour = Math.floor(plan.startSec / 3600);
        const path = `/workout-routes/route_${day.date}_${hour % 12 === 0 ? 12 : hour % 12}.${pad2(Math.floor((plan.startSec % 3600) / 60))}${hour < 12 ? 'am' : 'pm'}.gpx`;
        routes.push({ path, startMs, durationSeconds: plan.elapsedSec, seed: hash3(this.seed, 8_080 + index, day.index) });
        parts.push(`  <WorkoutRoute sourceName="${WATCH}" sourceVersion="10.4" device="${WATCH_DEVICE}" creationDate="${end}" startDate="${start}" endDate="${end}">\n   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>\n   <FileReference path="${path}"/>\n  </WorkoutRoute>\n`);
      }
      parts.push(' </Workout>\n');
      out.write(parts.join(''));
      count += 1;
      if (plan.kind === 'running' && random() < 0.3) {
        // The same run, written again by Strava (legacy attributes, no statistics): a cross-source duplicate.
        const shift = Math.floor(random() * 40) - 20;
        const dupStart = stamp(day, Math.max(0, plan.startSec + shift));
        out.write(` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="${(activeSec / 60).toFixed(4)}" durationUnit="min"${distanceValue === null ? '' : ` totalDistance="${distanceValue.toFixed(4)}" totalDistanceUnit="${distanceUnit}"`} totalEnergyBurned="${energyValue.toFixed(1)}" totalEnergyBurnedUnit="${energyUnit}" sourceName="${STRAVA}" sourceVersion="38204" creationDate="${end}" startDate="${dupStart}" endDate="${end}">\n  <MetadataEntry key="HKExternalUUID" value="strava-${hash3(this.seed, 1, day.index)}"/>\n </Workout>\n`);
        count += 1;
      }
    }
    return count;
  }

  activitySummary(day: Day, out: ChunkWriter): void {
    const random = this.random(6_006, day);
    const exercise = this.plan(day).reduce((total, plan) => total + Math.floor(plan.elapsedSec / 60), 0);
    const energy = 250 + random() * 500 + exercise * 8;
    const [value, unit] = this.imperial ? [energy, 'Cal'] : [energy * 4.184, 'kJ'];
    out.write(` <ActivitySummary dateComponents="${day.date}" activeEnergyBurned="${value.toFixed(4)}" activeEnergyBurnedGoal="${this.imperial ? 500 : 2092}" activeEnergyBurnedUnit="${unit}" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="${exercise}" appleExerciseTimeGoal="30" appleStandHours="${10 + Math.floor(random() * 5)}" appleStandHoursGoal="12"/>\n`);
  }
}

const TIMES: string[] = [];

/** `yyyy-MM-dd HH:mm:ss ±hhmm` of a second of a day. */
function stamp(day: Day, second: number): string {
  if (TIMES.length === 0) {
    for (let value = 0; value < 86_400; value += 1) TIMES.push(`${pad2(Math.floor(value / 3600))}:${pad2(Math.floor((value % 3600) / 60))}:${pad2(value % 60)}`);
  }
  return `${day.date} ${TIMES[Math.max(0, Math.min(86_399, Math.floor(second)))]} ${day.offset}`;
}

function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** A 32-bit hash of three integers. */
function hash3(a: number, b: number, c: number): number {
  let h = 0x811c9dc5 ^ a;
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ (b >>> 16), 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ (c >>> 16), 0x01000193);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A small seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
