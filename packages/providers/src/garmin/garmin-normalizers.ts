import type { NormalizerDescriptor } from '../normalizer-descriptor.js';

/**
 * The descriptors of the Garmin normalizers; every draft records the one that made it.
 *
 * - `garmin.activities`: activity summaries (push bodies `{ activities }` and `{ manuallyUpdatedActivities }`, pull
 *   responses);
 * - `garmin.ping`: ping notifications (callback URLs to fetch; no drafts);
 * - `garmin.activity_details`: activity details (summary, samples, laps);
 * - `garmin.dailies`: daily summaries;
 * - `garmin.body_compositions`: body composition summaries;
 * - `garmin.fit`: FIT activity files.
 *
 * @example
 * ```ts
 * GARMIN_NORMALIZERS.fit; // { id: 'garmin.fit', version: '1.0.0' }
 * ```
 */
export const GARMIN_NORMALIZERS = {
  activities: { id: 'garmin.activities', version: '1.0.0' },
  ping: { id: 'garmin.ping', version: '1.0.0' },
  activity_details: { id: 'garmin.activity_details', version: '1.0.0' },
  dailies: { id: 'garmin.dailies', version: '1.0.0' },
  body_compositions: { id: 'garmin.body_compositions', version: '1.0.0' },
  fit: { id: 'garmin.fit', version: '1.0.0' },
} as const satisfies Record<string, NormalizerDescriptor>;
