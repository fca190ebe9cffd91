/**
 * `@trainkit/providers/strava`: pure normalizers for Strava API v3 payloads, exactly as Strava returns them: athlete
 * activity pages, detailed activities, streams (both shapes) and webhook event bodies.
 *
 * ```ts
 * import { normalizeStravaActivities } from '@trainkit/providers/strava';
 *
 * const result = normalizeStravaActivities(await response.text());
 * ```
 *
 * @packageDocumentation
 */
export { STRAVA_NORMALIZERS } from './strava-normalizers.js';
export { parseStravaTimeZone } from './parse-strava-time-zone.js';
export { normalizeStravaActivities, normalizeStravaActivity } from './normalize-strava-activity.js';
export { normalizeStravaStreams, STRAVA_STREAM_METRICS, type StravaStreamMetric, type StravaStreamsOptions } from './normalize-strava-streams.js';
export { normalizeStravaWebhookEvent } from './normalize-strava-webhook-event.js';
export { stravaStreamSamples } from './strava-stream-samples.js';
