/**
 * `@trainkit/providers/oura`: pure normalizers for Oura API v2 payloads, exactly as Oura returns them: workouts,
 * daily readiness, sleep periods, daily activity, heart-rate pages, personal info and webhook bodies. Local
 * date-times keep their offset; the canonical provider id is `oura`.
 *
 * ```ts
 * import { normalizeOuraSleeps } from '@trainkit/providers/oura';
 *
 * const result = normalizeOuraSleeps(await response.text());
 * ```
 *
 * @packageDocumentation
 */
export { OURA_NORMALIZERS } from './oura-normalizers.js';
export { normalizeOuraWorkouts } from './normalize-oura-workouts.js';
export { normalizeOuraDailyReadiness } from './normalize-oura-daily-readiness.js';
export { normalizeOuraSleeps } from './normalize-oura-sleeps.js';
export { normalizeOuraDailyActivity } from './normalize-oura-daily-activity.js';
export { normalizeOuraHeartRate } from './normalize-oura-heartrate.js';
export { normalizeOuraPersonalInfo, type OuraPersonalInfoOptions } from './normalize-oura-personal-info.js';
export { normalizeOuraWebhookEvent } from './normalize-oura-webhook-event.js';
