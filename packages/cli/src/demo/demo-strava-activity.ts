import { utcOffsetMinutesAt } from '@trainkit/core';
import type { DemoRecordedRun } from './demo-recorded-run.js';

/** `+02:00` / `-04:00`, as Strava writes the standard offset in its `timezone` label. */
function offsetLabel(offsetMinutes: number): string {
  const minutes = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An instant without milliseconds, as Strava writes them. */
function stravaInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The demo's long run as Strava returns it in a page of `GET /athlete/activities` (`resource_state` 2) after the
 * Garmin watch uploaded it: the same start (Strava keeps the file's), its own moving time and distance computed from
 * the GPS track (a little off the watch's), `start_date_local` with Strava's bogus `Z`, a `timezone` label with the
 * zone's standard offset, the DST-correct `utc_offset`, heart rate, and `external_id` `garmin_ping_...` naming the
 * upload.
 *
 * @example
 * ```ts
 * const page = [demoStravaActivity(run, { id: 11_431_967_204, timeZone: 'Europe/Berlin', title: 'Saturday Long Run' })];
 * ```
 */
export function demoStravaActivity(
  run: DemoRecordedRun,
  options: { readonly id: number; readonly timeZone: string; readonly title: string; readonly uploadId: number },
) {
  const offsetMinutes = utcOffsetMinutesAt(run.start, options.timeZone);
  const januaryOffset = utcOffsetMinutesAt(`${run.start.slice(0, 4)}-01-15T12:00:00.000Z`, options.timeZone);
  const startMs = Date.parse(run.start);
  const movingTime = run.movingSeconds - 12; // Strava's auto-pause trims the standing start
  const distance = Math.round(run.distanceM * 0.9968 * 10) / 10;
  return {
    resource_state: 2,
    athlete: { id: 48_151_623, resource_state: 1 },
    name: options.title,
    distance,
    moving_time: movingTime,
    elapsed_time: run.elapsedSeconds,
    total_elevation_gain: Math.round(run.ascentM * 0.92 * 10) / 10,
    type: 'Run',
    sport_type: 'Run',
    workout_type: 2,
    id: options.id,
    start_date: stravaInstant(startMs),
    start_date_local: stravaInstant(startMs + offsetMinutes * 60_000),
    timezone: `(GMT${offsetLabel(januaryOffset)}) ${options.timeZone}`,
    utc_offset: offsetMinutes * 60,
    location_city: null,
    location_state: null,
    location_country: 'Germany',
    achievement_count: 2,
    kudos_count: 7,
    comment_count: 1,
    athlete_count: 1,
    photo_count: 0,
    map: { id: `a${options.id}`, summary_polyline: 'u{~vHkpbpAqB{DsAoC', resource_state: 2 },
    trainer: false,
    commute: false,
    manual: false,
    private: false,
    visibility: 'everyone',
    flagged: false,
    gear_id: 'g12843021',
    start_latlng: [52.5145, 13.3501],
    end_latlng: [52.5147, 13.3497],
    average_speed: Math.round((distance / movingTime) * 1000) / 1000,
    max_speed: 3.9,
    average_cadence: 84.6,
    has_heartrate: true,
    average_heartrate: run.avgHeartRateBpm,
    max_heartrate: run.maxHeartRateBpm,
    heartrate_opt_out: false,
    display_hide_heartrate_option: true,
    elev_high: 44.2,
    elev_low: 34.8,
    upload_id: options.uploadId,
    upload_id_str: String(options.uploadId),
    external_id: `garmin_ping_${options.uploadId + 207_519_033_118}`,
    from_accepted_tag: false,
    pr_count: 0,
    total_photo_count: 0,
    has_kudoed: false,
    suffer_score: 96,
    device_name: 'Garmin Forerunner 265',
  };
}
