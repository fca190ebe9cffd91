import type { Instant } from '@trainkit/core';
import type { FieldReader } from '../internal/field-reader.js';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { addOutcome, type RecordOutcome } from '../internal/record-outcome.js';
import { parseInstant, validOffset } from '../internal/time.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { GarminNormalizeOptions } from './garmin-options.js';

/**
 * Every top-level key of a Garmin Health / Activity API notification body (push or ping), one per summary type, plus
 * the deregistration and permission-change notifications.
 */
export const GARMIN_SUMMARY_KEYS = [
  'activities', 'activityDetails', 'activityFiles', 'manuallyUpdatedActivities', 'moveIQActivities', 'dailies', 'epochs',
  'sleeps', 'bodyComps', 'stressDetails', 'userMetrics', 'pulseox', 'allDayRespiration', 'hrv', 'healthSnapshot',
  'bloodPressures', 'skinTemp', 'respiration', 'deregistrations', 'userPermissionsChange',
] as const;

/**
 * Normalizes a Garmin summary payload: a push body `{ <key>: [...] }` (one or more of `keys`, each an array of
 * summaries), or a bare array (a pull response), one summary at a time. A body of another summary type, a Garmin error
 * body (`{ errorMessage }`) or anything else is one `schema_mismatch` failure for the payload.
 */
export function normalizeGarminSummaries(
  value: unknown,
  result: NormalizationResult,
  keys: readonly string[],
  options: GarminNormalizeOptions | undefined,
  normalizeRecord: (raw: unknown, path: PayloadPath) => RecordOutcome,
): void {
  const visit = (raw: unknown, path: PayloadPath): void => {
    const skipped = otherUser(raw, path, options);
    addOutcome(result, skipped ?? normalizeRecord(raw, path));
  };
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => visit(item, [index]));
    return;
  }
  if (isJsonObject(value)) {
    const present = keys.filter((key) => Object.prototype.hasOwnProperty.call(value, key));
    if (present.length > 0) {
      for (const key of present) {
        const list = value[key];
        if (!Array.isArray(list)) {
          result.failures.push({
            external_id: null,
            raw_payload: asJsonValue(value),
            failure: { code: 'schema_mismatch', message: `\`${key}\` must be an array of summaries`, path: [key] },
          });
          continue;
        }
        list.forEach((item: unknown, index) => visit(item, [key, index]));
      }
      return;
    }
  }
  result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'schema_mismatch', message: describeWrongBody(value, keys), path: [] } });
}

function describeWrongBody(value: unknown, keys: readonly string[]): string {
  const expected = `expected a Garmin body \`{ ${keys.map((key) => `${key}: [...]`).join(' | ')} }\` or an array of summaries`;
  if (!isJsonObject(value)) return expected;
  if (typeof value.errorMessage === 'string') return `${expected}, got a Garmin error: ${value.errorMessage}`;
  const other = GARMIN_SUMMARY_KEYS.find((key) => Object.prototype.hasOwnProperty.call(value, key));
  return other === undefined ? expected : `${expected}, got \`${other}\` (another summary type)`;
}

function otherUser(raw: unknown, path: PayloadPath, options: GarminNormalizeOptions | undefined): RecordOutcome | null {
  const wanted = options?.garminUserId;
  if (typeof wanted !== 'string' || wanted.length === 0 || !isJsonObject(raw)) return null;
  const userId = readId(raw.userId);
  if (userId === null || userId === wanted) return null;
  return {
    kind: 'skipped',
    skipped: { external_id: readId(raw.summaryId), reason: `summary of another Garmin user (${userId}), not ${wanted}`, path },
  };
}

/** The instant of a Unix time in seconds (Garmin `*TimeInSeconds`), within trainkit's years; else `null`. */
export function epochSecondsInstant(value: unknown): Instant | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e13) return null;
  const date = new Date(Math.round(value * 1000));
  return Number.isNaN(date.getTime()) ? null : parseInstant(date.toISOString());
}

/** The local offset of a Garmin record and whether Garmin gave it. */
export interface GarminLocalOffset {
  /** Minutes east of UTC used for the local day (0 when unknown). */
  readonly offset: number;
  /** The offset Garmin gave, `null` when absent or unusable. */
  readonly fromProvider: number | null;
}

/**
 * Reads a Garmin `*OffsetInSeconds` field (seconds to add to the UTC time to get the device's local time) as minutes
 * east of UTC. Garmin lets users set the device clock to anything within 24 hours of UTC, so an offset beyond ±14:00
 * is dropped with a warning; one that is not a whole number of minutes is rounded with a warning. Without a usable
 * offset the record is dated in UTC, with an `unknown_time_zone` warning.
 */
export function readGarminOffset(reader: FieldReader, key: string): GarminLocalOffset {
  const seconds = reader.number(key);
  if (seconds === null) {
    reader.warn('unknown_time_zone', key, `no ${key}; the local day is taken in UTC`);
    return { offset: 0, fromProvider: null };
  }
  const minutes = Math.round(seconds / 60);
  if (minutes * 60 !== seconds) reader.warn('invalid_value', key, `${key} ${seconds} is not a whole number of minutes; rounded to ${minutes} min`);
  const offset = validOffset(minutes);
  if (offset === null) {
    reader.warn('out_of_bounds', key, `${key} ${seconds} is beyond ±14:00; the local day is taken in UTC`);
    return { offset: 0, fromProvider: null };
  }
  return { offset, fromProvider: offset };
}
