import {
  normalizeGarminActivities,
  normalizeGarminActivityDetails,
  normalizeGarminBodyCompositions,
  normalizeGarminDailies,
  normalizeGarminFitMessages,
} from '@trainkit/providers/garmin';
import type { ProviderResource, StoredRawRecord, StoredRecordReader } from './provider-resources.js';

/**
 * The Garmin Health and Activity API resources: push bodies (`{ activities: [...] }`, `{ activityDetails: [...] }`,
 * `{ dailies: [...] }`, `{ bodyComps: [...] }`) or the bare arrays a ping's callback returns. Stored records are
 * normalized again from their own payload, wrapped in a bare array.
 *
 * @example
 * ```ts
 * GARMIN_RESOURCES.dailies?.recordKind; // 'daily_summary'
 * ```
 */
export const GARMIN_RESOURCES: Readonly<Record<string, ProviderResource>> = {
  activities: {
    description: 'Activity summaries: a push body { activities: [...] } or a bare array (ping callback).',
    recordKind: 'activity',
    recordResources: ['activities'],
    normalize: (payload) => normalizeGarminActivities(payload),
    renormalize: (record) => normalizeGarminActivities([record.raw_payload_json]),
    hasChildren: true,
  },
  activity_details: {
    description: 'Activity details with samples: a push body { activityDetails: [...] } or a bare array; samples join the activity.',
    recordKind: 'other',
    recordResources: ['activity_details'],
    normalize: (payload) => normalizeGarminActivityDetails(payload),
    renormalize: (record) => normalizeGarminActivityDetails([record.raw_payload_json]),
  },
  dailies: {
    description: 'Daily summaries: a push body { dailies: [...] } or a bare array; an updated summary reuses its summaryId and replaces it.',
    recordKind: 'daily_summary',
    recordResources: ['dailies'],
    normalize: (payload) => normalizeGarminDailies(payload),
    renormalize: (record) => normalizeGarminDailies([record.raw_payload_json]),
  },
  body_compositions: {
    description: 'Body compositions: a push body { bodyComps: [...] } or a bare array.',
    recordKind: 'biometric',
    recordResources: ['body_compositions'],
    normalize: (payload) => normalizeGarminBodyCompositions(payload),
    renormalize: (record) => normalizeGarminBodyCompositions([record.raw_payload_json]),
  },
};

/** A FIT file's per-session record id, `<file id>:session:<n>` (`normalizeGarminFit`); group 1 is the file's id. */
const FIT_SESSION_RECORD = /^(fit:.+):session:\d+$/;

/** The FIT file record a per-session record is rebuilt from (whatever its `parent_external_id`), else `null`. */
function fitFileOf(record: StoredRawRecord): string | null {
  return FIT_SESSION_RECORD.exec(record.external_id)?.[1] ?? null;
}

/**
 * The raw records of FIT files (`garmin` / `fit`, written by `importFiles` or `ingestResults`), read again from the
 * decoded messages they keep with `normalizeGarminFitMessages`, which gives exactly the drafts the file's bytes gave.
 * The per-session records of a multisport file (`<file id>:session:<n>`) are rebuilt from their file's record.
 *
 * @example
 * ```ts
 * GARMIN_FIT_RECORDS.renormalize(storedFitRecord, { date: '2024-06-12' }).drafts[0]?.record.external_id;
 * ```
 */
export const GARMIN_FIT_RECORDS: StoredRecordReader = {
  recordResources: ['fit'],
  renormalize: (record) => normalizeGarminFitMessages(record.raw_payload_json),
  sourceOf: fitFileOf,
};
