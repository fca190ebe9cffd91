import {
  Encoder,
  Profile,
  Utils,
  type ActivityMesg,
  type DeviceInfoMesg,
  type EventMesg,
  type FileIdMesg,
  type LapMesg,
  type Mesg,
  type RecordMesg,
  type SessionMesg,
} from '@garmin/fitsdk';
import type { DemoRecordedRun, DemoRunSample } from './demo-recorded-run.js';

/** The FIT profile's number of a message, by its profile name (`RECORD`). */
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
  lap: mesgNum('LAP'),
  session: mesgNum('SESSION'),
  activity: mesgNum('ACTIVITY'),
} as const;

/** Garmin's product id of the Forerunner 265 (`garmin_product` 4257). */
const FORERUNNER_265 = 4257;
const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;
/** A new lap every this many metres, as the watch's auto lap does. */
const AUTO_LAP_M = 5000;

function mean(values: readonly number[]): number {
  return Math.round(values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length));
}

/**
 * The demo's long run as the Garmin watch wrote it: a FIT activity file encoded with `@garmin/fitsdk`'s `Encoder`
 * (file_id, device_info, timer start and stop events, a record every 5 s with heart rate, distance, speed, altitude
 * and position, an auto lap every 5 km, the session and the activity message with the local timestamp that gives the
 * offset), to be imported through the real FIT normalizer.
 *
 * @example
 * ```ts
 * const bytes = demoGarminFit(run, { serialNumber: 3_412_667_901, utcOffsetMinutes: 120 });
 * ```
 */
export function demoGarminFit(run: DemoRecordedRun, options: { readonly serialNumber: number; readonly utcOffsetMinutes: number }): Uint8Array {
  const startMs = Date.parse(run.start);
  const at = (sample: DemoRunSample) => new Date(startMs + sample.offsetSeconds * 1000);
  const end = new Date(Date.parse(run.end));
  const device = { manufacturer: 'garmin', product: FORERUNNER_265, serialNumber: options.serialNumber } as const;
  const encoder = new Encoder();
  // Each message is typed as its own kind (excess properties caught), then handed over as the SDK's base `Mesg`.
  const send = (num: number, mesg: Mesg) => encoder.onMesg(num, mesg);
  const fileId: FileIdMesg = { type: 'activity', ...device, timeCreated: new Date(startMs) };
  const deviceInfo: DeviceInfoMesg = { timestamp: new Date(startMs), deviceIndex: 'creator', ...device, softwareVersion: 21.19 };
  const timerStart: EventMesg = { timestamp: new Date(startMs), event: 'timer', eventType: 'start' };
  send(MESG.fileId, fileId);
  send(MESG.deviceInfo, deviceInfo);
  send(MESG.event, timerStart);
  const laps: LapMesg[] = [];
  let lapStart = run.samples[0]!;
  let lapHeartRates: number[] = [];
  const closeLap = (last: DemoRunSample) => {
    laps.push({
      messageIndex: laps.length,
      timestamp: at(last),
      startTime: at(lapStart),
      totalElapsedTime: last.offsetSeconds - lapStart.offsetSeconds,
      totalTimerTime: last.offsetSeconds - lapStart.offsetSeconds,
      totalDistance: last.distanceM - lapStart.distanceM,
      avgHeartRate: mean(lapHeartRates),
      maxHeartRate: Math.max(...lapHeartRates),
      event: 'lap',
      eventType: 'stop',
      sport: 'running',
    });
    lapStart = last;
    lapHeartRates = [];
  };
  for (const sample of run.samples) {
    const record: RecordMesg = {
      timestamp: at(sample),
      positionLat: Math.round(sample.lat * SEMICIRCLES_PER_DEGREE),
      positionLong: Math.round(sample.lon * SEMICIRCLES_PER_DEGREE),
      enhancedAltitude: sample.altitudeM,
      heartRate: sample.heartRateBpm,
      distance: sample.distanceM,
      enhancedSpeed: sample.speedMps,
    };
    send(MESG.record, record);
    lapHeartRates.push(sample.heartRateBpm);
    if (Math.floor(sample.distanceM / AUTO_LAP_M) > Math.floor(lapStart.distanceM / AUTO_LAP_M)) closeLap(sample);
  }
  if (lapHeartRates.length > 0) closeLap(run.samples.at(-1)!);
  const timerStop: EventMesg = { timestamp: end, event: 'timer', eventType: 'stopAll' };
  send(MESG.event, timerStop);
  for (const lap of laps) send(MESG.lap, lap);
  const session: SessionMesg = {
    messageIndex: 0,
    timestamp: end,
    startTime: new Date(startMs),
    event: 'session',
    eventType: 'stop',
    sport: 'running',
    subSport: 'generic',
    totalElapsedTime: run.elapsedSeconds,
    totalTimerTime: run.movingSeconds,
    totalDistance: run.distanceM,
    totalCalories: run.energyKcal,
    enhancedAvgSpeed: run.distanceM / run.movingSeconds,
    avgHeartRate: run.avgHeartRateBpm,
    maxHeartRate: run.maxHeartRateBpm,
    totalAscent: Math.round(run.ascentM),
    firstLapIndex: 0,
    numLaps: laps.length,
    trigger: 'activityEnd',
  };
  send(MESG.session, session);
  const activity: ActivityMesg = {
    timestamp: end,
    totalTimerTime: run.movingSeconds,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    localTimestamp: Utils.convertDateToDateTime(end) + options.utcOffsetMinutes * 60,
  };
  send(MESG.activity, activity);
  return encoder.close();
}
