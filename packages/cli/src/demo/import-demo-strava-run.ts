import {
  parseActivityInstance,
  utcOffsetMinutesAt,
  type ActivityInstanceLinkInsert,
  type ActivityInstanceRow,
  type ExternalActivityRecordInsert,
  type ExternalIngestionRunInsert,
  type ManualLog,
} from '@trainkit/core';
import { minutesAfter } from './local-time.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * A Strava-shaped activity that arrived through an ingestion run: the run, the raw record exactly as the provider
 * sent it, the canonical activity built from it, and the link between the two.
 *
 * @example
 * ```ts
 * demo.providerActivity.record.raw_payload_json; // { id: ..., sport_type: 'Run', ... }
 * ```
 */
export interface DemoProviderActivity {
  /** The `external_ingestion_runs` row. */
  readonly run: ExternalIngestionRunInsert;
  /** The `external_activity_records` row (raw lake). */
  readonly record: ExternalActivityRecordInsert;
  /** The canonical `activity_instances` row (source `provider`). */
  readonly instance: ActivityInstanceRow;
  /** The `activity_instance_links` row tying the instance to the raw record. */
  readonly link: ActivityInstanceLinkInsert;
}


/** `+02:00` / `-04:00`, as Strava writes offsets in its `timezone` field. */
function stravaOffset(offsetSeconds: number): string {
  const minutes = Math.abs(offsetSeconds) / 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetSeconds < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * A performed run as if Strava had sent it: an ingestion run, the raw record with a Strava-shaped payload kept exactly
 * (`sport_type`, `start_date_local`, `timezone`, `average_heartrate`, ...), the canonical activity instance with source
 * `provider` and its provenance (ingestion run, normalizer), and the `source` link between them. The instance keeps
 * the run's id and planned session.
 *
 * @example
 * ```ts
 * const imported = importDemoStravaRun(longRunLog, { random, timeZone: 'Europe/Berlin', ids: createSequentialIdFactory('demo_misc') });
 * imported.instance.source; // 'provider'
 * ```
 */
export function importDemoStravaRun(
  manual: ManualLog,
  g: { readonly random: SeededRandom; readonly timeZone: string; readonly ids: () => string },
): DemoProviderActivity {
  const instance = manual.activityInstance;
  const receivedAt = minutesAfter(instance.performed_end ?? instance.performed_start, 20);
  const runId = g.ids();
  const recordId = g.ids();
  const stravaId = 11_000_000_000 + Math.floor(g.random.next() * 1_000_000_000);
  const offsetSeconds = utcOffsetMinutesAt(instance.performed_start, g.timeZone) * 60;
  const localStart = new Date(Date.parse(instance.performed_start) + offsetSeconds * 1000).toISOString().replace('.000Z', 'Z');
  const payload = {
    id: stravaId,
    resource_state: 2,
    athlete: { id: 48_151_623, resource_state: 1 },
    name: 'Saturday Morning Run',
    distance: instance.distance_m,
    moving_time: instance.duration_seconds,
    elapsed_time: (instance.duration_seconds ?? 0) + 94,
    total_elevation_gain: 64.2,
    type: 'Run',
    sport_type: 'Run',
    start_date: instance.performed_start.replace('.000Z', 'Z'),
    start_date_local: localStart,
    timezone: `(GMT${stravaOffset(offsetSeconds)}) ${g.timeZone}`,
    utc_offset: offsetSeconds,
    has_heartrate: true,
    average_heartrate: instance.avg_hr_bpm,
    max_heartrate: instance.max_hr_bpm,
    average_speed: Math.round(((instance.distance_m ?? 0) / (instance.duration_seconds ?? 1)) * 1000) / 1000,
    perceived_exertion: null,
    device_name: 'Garmin Forerunner 265',
    manual: false,
  };
  const providerInstance = parseActivityInstance({
    ...instance,
    source: 'provider',
    provider: 'strava',
    elevation_gain_m: payload.total_elevation_gain,
    perceived_difficulty: null,
    ingestion_run_id: runId,
    normalizer_id: 'trainkit-demo.strava',
    normalizer_version: '1.0.0',
    created_at: receivedAt,
    updated_at: receivedAt,
  });
  return {
    run: {
      id: runId,
      user_id: instance.user_id,
      provider: 'strava',
      kind: 'sync',
      started_at: receivedAt,
      finished_at: minutesAfter(receivedAt, 0.05),
      status: 'succeeded',
      cursor_json: { after: Date.parse(instance.performed_start) / 1000 - 1 },
      stats_json: { received: 1, stored: 1, updated: 0, failed: 0 },
    },
    record: {
      id: recordId,
      user_id: instance.user_id,
      provider: 'strava',
      external_id: String(stravaId),
      record_kind: 'activity',
      activity_type_raw: payload.sport_type,
      start_time: instance.performed_start,
      end_time: minutesAfter(instance.performed_start, payload.elapsed_time / 60),
      timezone: payload.timezone,
      utc_offset_minutes: offsetSeconds / 60,
      raw_payload_json: payload,
      ingestion_run_id: runId,
      normalization_status: 'normalized',
      normalizer_id: 'trainkit-demo.strava',
      normalizer_version: '1.0.0',
      normalized_at: receivedAt,
      created_at: receivedAt,
      updated_at: receivedAt,
    },
    instance: providerInstance,
    link: {
      id: g.ids(),
      user_id: instance.user_id,
      activity_instance_id: instance.id,
      external_activity_record_id: recordId,
      link_kind: 'source',
      created_at: receivedAt,
    },
  };
}
