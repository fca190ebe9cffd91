import { guard } from '../internal/guard.js';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { addOutcome, emptyResult } from '../internal/record-outcome.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { RawRecordIdentity } from '../provider-record-draft.js';
import type { AppleHealthElementJson } from './apple-health-element.js';
import { failureOutcome } from './apple-health-draft.js';
import { normalizeAppleHealthDailyTotal } from './apple-health-daily-totals.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { normalizeAppleHealthActivitySummary } from './normalize-apple-health-activity-summary.js';
import { normalizeAppleHealthMe } from './normalize-apple-health-me.js';
import { normalizeAppleHealthCorrelationGroup, normalizeAppleHealthRecordGroup } from './normalize-apple-health-record-group.js';
import { normalizeAppleHealthRoute } from './normalize-apple-health-route.js';
import { normalizeAppleHealthWorkout } from './normalize-apple-health-workout.js';

/**
 * A stored Apple Health raw record, as the lake keeps it: enough to normalize it again.
 *
 * @example
 * ```ts
 * const stored: AppleHealthStoredRecord = { resource: 'activity_summary', external_id: 'activity_summary:2025-05-03', parent_external_id: null, raw_payload: { dateComponents: '2025-05-03', appleStandHours: '12' } };
 * ```
 */
export type AppleHealthStoredRecord = Pick<RawRecordIdentity, 'resource' | 'external_id' | 'raw_payload'> & {
  readonly parent_external_id?: string | null;
};

/**
 * Normalizes one raw record of the Apple Health lake again, with the current normalizer versions, from its stored
 * payload alone (replay, without the export file): every Apple Health raw record is self-contained. It gives the same
 * draft as reading the export did: a `workout` element, a `record` or `correlation` group (the list of elements), `me`,
 * an `activity_summary`, a `daily_total` (with the per-source sums it chooses from) or a `workout_route` (`{ file, gpx }`).
 * Never throws; an unknown resource is an `unsupported_shape` failure.
 *
 * @example
 * ```ts
 * const result = normalizeAppleHealthRawRecord({ resource: 'me', external_id: 'me', raw_payload: { HKCharacteristicTypeIdentifierDateOfBirth: '1990-08-21', HKCharacteristicTypeIdentifierBiologicalSex: 'HKBiologicalSexFemale' } });
 * result.drafts[0]?.profile?.sex; // 'female'
 * ```
 */
export function normalizeAppleHealthRawRecord(stored: AppleHealthStoredRecord): NormalizationResult {
  const normalizer = APPLE_HEALTH_NORMALIZERS.export;
  return guard(
    () => {
      const result = emptyResult(normalizer);
      // A stored payload is JSON; anything else (a value JSON cannot hold) is read the way it would have been stored.
      const payload: unknown = asJsonValue(stored?.raw_payload);
      const externalId = typeof stored?.external_id === 'string' && stored.external_id.length > 0 ? stored.external_id : null;
      const element = isJsonObject(payload) ? (payload as AppleHealthElementJson) : null;
      const list = Array.isArray(payload) && payload.every((item) => isJsonObject(item)) ? (payload as AppleHealthElementJson[]) : null;
      const mismatch = (expected: string) =>
        addOutcome(result, failureOutcome(externalId, asJsonValue(payload), { code: 'schema_mismatch', message: `a stored ${String(stored?.resource)} record must be ${expected}`, path: [] }));
      switch (stored?.resource) {
        case 'workout':
          if (element === null) mismatch('a Workout element');
          else addOutcome(result, normalizeAppleHealthWorkout(element).outcome);
          break;
        case 'record':
          if (list === null || list.length === 0 || externalId === null) mismatch('a non-empty list of Record elements with an id');
          else addOutcome(result, normalizeAppleHealthRecordGroup(list, externalId).outcome);
          break;
        case 'correlation':
          if (list === null || list.length === 0 || externalId === null) mismatch('a non-empty list of Correlation elements with an id');
          else addOutcome(result, normalizeAppleHealthCorrelationGroup(list, externalId));
          break;
        case 'me':
          if (element === null) mismatch('a Me element');
          else addOutcome(result, normalizeAppleHealthMe(element));
          break;
        case 'activity_summary':
          if (element === null) mismatch('an ActivitySummary element');
          else addOutcome(result, normalizeAppleHealthActivitySummary(element).outcome);
          break;
        case 'daily_total':
          if (externalId === null) mismatch('a daily total with an id');
          else addOutcome(result, normalizeAppleHealthDailyTotal(payload, externalId));
          break;
        case 'workout_route': {
          const gpx = element !== null && typeof element.gpx === 'string' ? element.gpx : null;
          const workoutExternalId = stored.parent_external_id ?? null;
          if (gpx === null || workoutExternalId === null) mismatch('`{ file, gpx }` with the workout as its parent');
          else {
            const file = typeof element!.file === 'string' && element!.file.length > 0 ? element!.file : undefined;
            const route = normalizeAppleHealthRoute(gpx, file === undefined ? { workoutExternalId } : { workoutExternalId, fileName: file });
            result.drafts.push(...route.drafts);
            result.failures.push(...route.failures);
            result.skipped.push(...route.skipped);
          }
          break;
        }
        default:
          addOutcome(result, failureOutcome(externalId, asJsonValue(payload), { code: 'unsupported_shape', message: `unknown Apple Health resource ${JSON.stringify(stored?.resource ?? null)}`, path: [] }));
      }
      return result;
    },
    (failure) => ({ ...emptyResult(normalizer), failures: [{ external_id: null, raw_payload: null, failure }] }),
  );
}
