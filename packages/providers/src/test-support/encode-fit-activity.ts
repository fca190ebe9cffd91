import { Encoder, Profile, Utils, type ActivityMesg, type DeviceInfoMesg, type EventMesg, type FileIdMesg } from '@garmin/fitsdk';

/**
 * Test and demo helper (not published): builds FIT activity files with `@garmin/fitsdk`'s `Encoder`, deterministically
 * (the same spec always gives the same bytes), so tests, the demo and the benchmarks can feed real FIT files to
 * `normalizeGarminFit` and the import pipeline. Import it by relative path from another workspace package, e.g.
 * `../../providers/src/test-support/encode-fit-activity.js`.
 */

/** One `record` message (a sample, usually one a second): seconds after its session's start and the measured values. */
export interface FitRecordSpec {
  /** Seconds after the session start (whole seconds: FIT timestamps are). */
  readonly offsetSeconds: number;
  readonly heartRate?: number;
  /** Power, W. */
  readonly power?: number;
  /** Cadence, rpm (strides per minute for runs). */
  readonly cadence?: number;
  /** Speed, m/s. */
  readonly speed?: number;
  /** Altitude, m. */
  readonly altitude?: number;
  /** Distance since the start, m. */
  readonly distance?: number;
  /** Latitude, degrees (written as semicircles). */
  readonly lat?: number;
  /** Longitude, degrees (written as semicircles). */
  readonly lng?: number;
  /** Temperature, °C. */
  readonly temperature?: number;
}

/** One strength `set` message. */
export interface FitSetSpec {
  /** Seconds after the session start. */
  readonly offsetSeconds: number;
  readonly durationSeconds: number;
  /** `active` (default) or `rest`. */
  readonly setType?: 'active' | 'rest';
  readonly reps?: number;
  readonly weightKg?: number;
  /** FIT exercise category as the SDK names it (`squat`, `benchPress`, `row`). */
  readonly category?: string;
  /** The exercise within the category by name (`barbellBackSquat`); resolved to its subtype number. */
  readonly exerciseName?: string;
  /** The subtype number directly (wins over `exerciseName`). */
  readonly categorySubtype?: number;
}

/** One `lap` message. */
export interface FitLapSpec {
  /** Seconds after the session start. */
  readonly offsetSeconds: number;
  readonly elapsedSeconds: number;
  readonly timerSeconds?: number;
  readonly distanceM?: number;
}

/** One `session` message with its records, sets and laps. */
export interface FitSessionSpec {
  /** FIT sport as the SDK names it (`running`, `cycling`, `training`). */
  readonly sport: string;
  /** FIT sub-sport (`trail`, `strengthTraining`). */
  readonly subSport?: string;
  /** Seconds after the activity start (default: right after the previous session ends). */
  readonly offsetSeconds?: number;
  /** Total elapsed time, s (pauses included). */
  readonly elapsedSeconds: number;
  /** Total timer time, s (pauses excluded; default: the elapsed time). */
  readonly timerSeconds?: number;
  readonly distanceM?: number;
  readonly calories?: number;
  /** Default: the rounded mean of the records' heart rates, when they have any. */
  readonly avgHeartRate?: number;
  /** Default: the records' highest heart rate, when they have any. */
  readonly maxHeartRate?: number;
  readonly avgPower?: number;
  readonly maxPower?: number;
  readonly totalAscentM?: number;
  /** Total work, J. */
  readonly totalWorkJ?: number;
  readonly records?: readonly FitRecordSpec[];
  readonly sets?: readonly FitSetSpec[];
  /** Default: one lap covering the session. */
  readonly laps?: readonly FitLapSpec[];
}

/** A whole FIT activity file. */
export interface FitActivitySpec {
  /** The first session's start, an ISO-8601 instant. */
  readonly start: string;
  /**
   * The device's local offset, minutes east of UTC, written as the `activity` message's local timestamp (default 0;
   * `null` writes no local timestamp).
   */
  readonly utcOffsetMinutes?: number | null;
  /** `file_id.serial_number` (default 3412345678). */
  readonly serialNumber?: number;
  /** `file_id.manufacturer` (default `garmin`). */
  readonly manufacturer?: string;
  /** `file_id.product` (default 4257, a Forerunner 265). */
  readonly product?: number;
  /** `file_id.time_created`, an ISO-8601 instant (default: `start`). */
  readonly timeCreated?: string;
  readonly sessions: readonly FitSessionSpec[];
}

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new RangeError(`no FIT message ${name}`);
  return num;
}

const MESG = {
  fileId: mesgNum('FILE_ID'),
  deviceInfo: mesgNum('DEVICE_INFO'),
  event: mesgNum('EVENT'),
  record: mesgNum('RECORD'),
  set: mesgNum('SET'),
  lap: mesgNum('LAP'),
  session: mesgNum('SESSION'),
  activity: mesgNum('ACTIVITY'),
} as const;

/**
 * Encodes a FIT activity file: `file_id`, `device_info`, a timer start event, then per session its records, sets,
 * laps and `session` message, then a timer stop event and the `activity` message (with the local timestamp that gives
 * the offset). Throws on a spec the SDK cannot encode (this is a test helper, not a normalizer).
 *
 * @example
 * ```ts
 * const bytes = encodeFitActivity({
 *   start: '2025-05-03T07:12:00Z', utcOffsetMinutes: 120,
 *   sessions: [{ sport: 'running', elapsedSeconds: 3, records: [{ offsetSeconds: 0, heartRate: 120 }, { offsetSeconds: 1, heartRate: 122 }] }],
 * });
 * ```
 */
export function encodeFitActivity(spec: FitActivitySpec): Uint8Array {
  const startMs = Date.parse(spec.start);
  if (!Number.isFinite(startMs)) throw new RangeError(`start is not an instant: ${spec.start}`);
  const at = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);
  const serialNumber = spec.serialNumber ?? 3_412_345_678;
  const manufacturer = spec.manufacturer ?? 'garmin';
  const product = spec.product ?? 4257;
  const timeCreated = spec.timeCreated === undefined ? at(startMs) : at(Date.parse(spec.timeCreated));
  const encoder = new Encoder();
  encoder.onMesg(MESG.fileId, { type: 'activity', manufacturer, product, serialNumber, timeCreated } as FileIdMesg);
  encoder.onMesg(MESG.deviceInfo, { timestamp: at(startMs), deviceIndex: 'creator', manufacturer, product, serialNumber, softwareVersion: 21.19 } as DeviceInfoMesg);
  encoder.onMesg(MESG.event, { timestamp: at(startMs), event: 'timer', eventType: 'start' } as EventMesg);

  let cursorMs = startMs;
  let lapIndex = 0;
  let totalTimer = 0;
  spec.sessions.forEach((session, sessionIndex) => {
    const sessionStart = session.offsetSeconds === undefined ? cursorMs : startMs + session.offsetSeconds * 1000;
    const sessionEnd = sessionStart + session.elapsedSeconds * 1000;
    const records = session.records ?? [];
    for (const record of records) encoder.onMesg(MESG.record, recordMesg(record, sessionStart, at));
    (session.sets ?? []).forEach((set, index) => encoder.onMesg(MESG.set, setMesg(set, index, sessionStart, at)));
    const laps = session.laps ?? [{ offsetSeconds: 0, elapsedSeconds: session.elapsedSeconds, timerSeconds: session.timerSeconds, distanceM: session.distanceM }];
    const firstLapIndex = lapIndex;
    for (const lap of laps) {
      const lapStart = sessionStart + lap.offsetSeconds * 1000;
      encoder.onMesg(MESG.lap, defined({
        messageIndex: lapIndex,
        timestamp: at(lapStart + lap.elapsedSeconds * 1000),
        startTime: at(lapStart),
        totalElapsedTime: lap.elapsedSeconds,
        totalTimerTime: lap.timerSeconds ?? lap.elapsedSeconds,
        totalDistance: lap.distanceM,
        event: 'lap',
        eventType: 'stop',
        sport: session.sport,
      }));
      lapIndex += 1;
    }
    const heartRates = records.map((record) => record.heartRate).filter((value): value is number => typeof value === 'number');
    const timer = session.timerSeconds ?? session.elapsedSeconds;
    totalTimer += timer;
    encoder.onMesg(MESG.session, defined({
      messageIndex: sessionIndex,
      timestamp: at(sessionEnd),
      startTime: at(sessionStart),
      event: 'session',
      eventType: 'stop',
      sport: session.sport,
      subSport: session.subSport ?? 'generic',
      totalElapsedTime: session.elapsedSeconds,
      totalTimerTime: timer,
      totalDistance: session.distanceM,
      totalCalories: session.calories,
      avgHeartRate: session.avgHeartRate ?? (heartRates.length > 0 ? Math.round(heartRates.reduce((sum, value) => sum + value, 0) / heartRates.length) : undefined),
      maxHeartRate: session.maxHeartRate ?? (heartRates.length > 0 ? Math.max(...heartRates) : undefined),
      avgPower: session.avgPower,
      maxPower: session.maxPower,
      totalAscent: session.totalAscentM,
      totalWork: session.totalWorkJ,
      firstLapIndex,
      numLaps: laps.length,
      trigger: 'activityEnd',
    }));
    cursorMs = sessionEnd;
  });
  encoder.onMesg(MESG.event, { timestamp: at(cursorMs), event: 'timer', eventType: 'stopAll' } as EventMesg);
  encoder.onMesg(MESG.activity, defined({
    timestamp: at(cursorMs),
    totalTimerTime: totalTimer,
    numSessions: spec.sessions.length,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    localTimestamp: spec.utcOffsetMinutes === null ? undefined : Utils.convertDateToDateTime(at(cursorMs)) + (spec.utcOffsetMinutes ?? 0) * 60,
  }) as ActivityMesg);
  return encoder.close();
}

function recordMesg(record: FitRecordSpec, sessionStart: number, at: (ms: number) => Date): Record<string, unknown> {
  return defined({
    timestamp: at(sessionStart + record.offsetSeconds * 1000),
    heartRate: record.heartRate,
    power: record.power,
    cadence: record.cadence,
    enhancedSpeed: record.speed,
    enhancedAltitude: record.altitude,
    distance: record.distance,
    positionLat: record.lat === undefined ? undefined : Math.round(record.lat * SEMICIRCLES_PER_DEGREE),
    positionLong: record.lng === undefined ? undefined : Math.round(record.lng * SEMICIRCLES_PER_DEGREE),
    temperature: record.temperature,
  });
}

function setMesg(set: FitSetSpec, index: number, sessionStart: number, at: (ms: number) => Date): Record<string, unknown> {
  const start = sessionStart + set.offsetSeconds * 1000;
  const subtype = set.categorySubtype ?? (set.category !== undefined && set.exerciseName !== undefined ? exerciseSubtype(set.category, set.exerciseName) : undefined);
  return defined({
    timestamp: at(start + set.durationSeconds * 1000),
    startTime: at(start),
    duration: set.durationSeconds,
    repetitions: set.reps,
    weight: set.weightKg,
    setType: set.setType ?? 'active',
    category: set.category === undefined ? undefined : [set.category],
    categorySubtype: subtype === undefined ? undefined : [subtype],
    weightDisplayUnit: 'kilogram',
    messageIndex: index,
  });
}

/** The subtype number of an exercise name within a FIT exercise category (`squat`, `barbellBackSquat` → 6). */
export function exerciseSubtype(category: string, exerciseName: string): number {
  const names = Profile.types[`${category}ExerciseName`] ?? {};
  const found = Object.entries(names).find(([, name]) => name === exerciseName);
  if (found === undefined) throw new RangeError(`no exercise ${exerciseName} in FIT category ${category}`);
  return Number(found[0]);
}

function defined(message: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(message).filter(([, value]) => value !== undefined));
}

/** Options of {@link syntheticRunRecords}. */
export interface SyntheticRunOptions {
  /** Length of the series, s (one record a second). */
  readonly seconds: number;
  /** Start position, degrees (default: the Tiergarten in Berlin). */
  readonly startLat?: number;
  readonly startLng?: number;
  /** Mean speed, m/s (default 3.1, about 5:22 min/km). */
  readonly speed?: number;
  /** Resting-to-steady heart rate: starts at `baseHeartRate` and settles 40 bpm above (default 110). */
  readonly baseHeartRate?: number;
  /** Include running power (default true). */
  readonly power?: boolean;
}

/**
 * A deterministic 1 Hz run: heart rate rising then drifting, speed, cadence and power with slow waves, altitude
 * rolling over a few hills, distance accumulating along an east-north-east line. No randomness: the same options give
 * the same records.
 *
 * @example
 * ```ts
 * syntheticRunRecords({ seconds: 3 * 3600 }).length; // 10800
 * ```
 */
export function syntheticRunRecords(options: SyntheticRunOptions): FitRecordSpec[] {
  const startLat = options.startLat ?? 52.5145;
  const startLng = options.startLng ?? 13.3501;
  const meanSpeed = options.speed ?? 3.1;
  const base = options.baseHeartRate ?? 110;
  const records: FitRecordSpec[] = [];
  let distance = 0;
  for (let second = 0; second < options.seconds; second += 1) {
    const speed = meanSpeed + 0.25 * Math.sin(second / 97) + 0.1 * Math.sin(second / 13);
    distance += speed;
    const metresNorth = distance * 0.38;
    const metresEast = distance * 0.92;
    const warmup = Math.min(1, second / 600);
    records.push({
      offsetSeconds: second,
      heartRate: Math.round(base + 40 * warmup + 6 * Math.sin(second / 180) + second / 900),
      speed: Math.round(speed * 1000) / 1000,
      cadence: Math.round(86 + 3 * Math.sin(second / 61)),
      ...(options.power === false ? {} : { power: Math.round(245 + 25 * Math.sin(second / 97) + 8 * Math.sin(second / 7)) }),
      altitude: Math.round((38 + 12 * Math.sin(second / 420) + 4 * Math.sin(second / 55)) * 10) / 10,
      distance: Math.round(distance * 100) / 100,
      lat: startLat + metresNorth / 111_320,
      lng: startLng + metresEast / (111_320 * Math.cos((startLat * Math.PI) / 180)),
    });
  }
  return records;
}
