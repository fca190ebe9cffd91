/**
 * `@trainkit/providers/garmin`: pure normalizers for Garmin Connect Developer Program payloads, exactly as Garmin
 * delivers them (Health and Activity API push bodies, ping notifications and pull responses: activities, activity
 * details, dailies, body compositions) and for FIT activity files, decoded with `@garmin/fitsdk` (and, for replay,
 * their decoded messages as the raw lake keeps them).
 *
 * ```ts
 * import { normalizeGarminActivities, normalizeGarminFit, normalizeGarminFitMessages } from '@trainkit/providers/garmin';
 *
 * const pushed = normalizeGarminActivities(await request.text());
 * const file = normalizeGarminFit(new Uint8Array(await readFile('run.fit')), { fileName: 'run.fit' });
 * const replayed = normalizeGarminFitMessages(storedRecord.raw_payload_json); // the same drafts, from the lake
 * ```
 *
 * @packageDocumentation
 */
export { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
export type { GarminNormalizeOptions } from './garmin-options.js';
export { normalizeGarminActivities } from './normalize-garmin-activities.js';
export {
  GARMIN_PING_RESOURCES,
  GarminPingCallbackSchema,
  GarminPingResultSchema,
  normalizeGarminPing,
  type GarminPingCallback,
  type GarminPingResult,
} from './normalize-garmin-ping.js';
export { normalizeGarminActivityDetails } from './normalize-garmin-activity-details.js';
export { normalizeGarminDailies } from './normalize-garmin-dailies.js';
export { normalizeGarminBodyCompositions } from './normalize-garmin-body-compositions.js';
export type { GarminFitOptions } from './garmin-fit-options.js';
export { normalizeGarminFit } from './normalize-garmin-fit.js';
export { normalizeGarminFitMessages } from './normalize-garmin-fit-messages.js';
