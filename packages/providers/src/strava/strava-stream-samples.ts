import { instantFromMs } from '../internal/instant-from-ms.js';
import { isJsonObject } from '../internal/read-payload.js';
import { parseInstant } from '../internal/time.js';
import type { MetricSampleDraft, ProviderRecordDraft } from '../provider-record-draft.js';
import { STRAVA_STREAM_METRICS } from './normalize-strava-streams.js';
import { STRAVA_NORMALIZERS } from './strava-normalizers.js';

/** The Strava stream types that become metric samples. */
const SAMPLED_STREAMS = ['heartrate', 'watts', 'cadence', 'velocity_smooth', 'altitude'] as const;

/**
 * The metric samples of a `strava.streams` draft (from {@link normalizeStravaStreams}), once the activity's start is
 * known: a Strava streams response carries no instants, only the `time` stream (seconds since the start), so sample
 * `i` of each stream is at `activityStart + time[i]`. Heart rate, power (`watts`), cadence, speed
 * (`velocity_smooth`) and altitude become samples (`STRAVA_STREAM_METRICS` names and units), each pointing at its
 * stream by `stream_index`; values that are not finite numbers or lie outside the metric's bounds (the ones counted in
 * the stream's `out_of_bounds_count`, a heart rate of 900) and indexes without a usable time are skipped. Pure and
 * total: a draft that is not a `strava.streams` draft, one without a `time` stream, or an `activityStart` that is not
 * an ISO-8601 instant gives no samples. Streams of different lengths never reach here (they fail normalization).
 *
 * @example
 * ```ts
 * const streams = normalizeStravaStreams({ time: { data: [0, 1] }, heartrate: { data: [120, 900] } }, { activityId: 11843527901 });
 * stravaStreamSamples(streams.drafts[0]!, '2024-06-12T14:01:12Z');
 * // [{ metric_type: 'heart_rate_bpm', recorded_at: '2024-06-12T14:01:12.000Z', value: 120, unit: 'bpm', stream_index: 1 }]
 * ```
 */
export function stravaStreamSamples(streamsDraft: ProviderRecordDraft, activityStart: string): MetricSampleDraft[] {
  const start = parseInstant(activityStart);
  if (start === null || !isJsonObject(streamsDraft) || streamsDraft.normalizer?.id !== STRAVA_NORMALIZERS.streams.id || !Array.isArray(streamsDraft.streams)) return [];
  const startMs = Date.parse(start);
  const dataOf = (stream: unknown): readonly unknown[] | null => {
    const raw = isJsonObject(stream) ? stream.raw_stream : undefined;
    return isJsonObject(raw) && Array.isArray(raw.data) ? raw.data : null;
  };
  const timeStream = streamsDraft.streams.find((stream) => stream?.stream_type === 'time');
  const times = dataOf(timeStream);
  if (times === null) return [];
  const instants = times.map((seconds) => (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? instantFromMs(startMs + seconds * 1000) : null));
  const samples: MetricSampleDraft[] = [];
  streamsDraft.streams.forEach((stream, streamIndex) => {
    const type = stream?.stream_type;
    if (!SAMPLED_STREAMS.includes(type as (typeof SAMPLED_STREAMS)[number])) return;
    const metric = STRAVA_STREAM_METRICS[type as string];
    if (metric === undefined) return;
    const data = dataOf(stream);
    if (data === null) return;
    const length = Math.min(data.length, instants.length);
    for (let index = 0; index < length; index += 1) {
      const value = data[index];
      const at = instants[index];
      if (at === null || at === undefined || typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (metric.bounds !== undefined && (value < metric.bounds.min || value > metric.bounds.max)) continue;
      samples.push({ metric_type: metric.metric, recorded_at: at, value, unit: metric.unit, stream_index: streamIndex });
    }
  });
  return samples;
}
