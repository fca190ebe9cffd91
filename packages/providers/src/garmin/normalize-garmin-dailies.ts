import { DAILY_TOTAL_RANGES, LocalDateSchema, TRAINKIT_BOUNDS, type DailyTotalMetric } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { pushSignal } from '../internal/push-signal.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { addSeconds } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { DailyTotalDraft, RecoverySignalDraft } from '../provider-record-draft.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import type { GarminNormalizeOptions } from './garmin-options.js';
import { epochSecondsInstant, normalizeGarminSummaries, readGarminOffset } from './garmin-record-support.js';

const DAY_SECONDS = 86_400;
const STRESS_LEVEL = { min: 0, max: 100 };
const BODY_BATTERY = { min: 0, max: 100 };

/** Daily totals read from a Garmin daily summary: trainkit metric and Garmin field. */
const DAILY_TOTAL_FIELDS: readonly (readonly [DailyTotalMetric, string])[] = [
  ['steps', 'steps'],
  ['active_energy_kcal', 'activeKilocalories'],
  ['basal_energy_kcal', 'bmrKilocalories'],
  ['distance_m', 'distanceInMeters'],
];

/**
 * Normalizes Garmin daily summaries (`{ dailies: [...] }` as pushed, or the array a callback returns), text or parsed
 * JSON. Each summary becomes a raw record of kind `daily_summary` keyed by its `summaryId`: Garmin re-sends a day with
 * the same `summaryId` as it fills up, so a later version is the same raw record and replaces the earlier one
 * (the lake keeps the earlier as a revision). Rules:
 *
 * - `calendarDate` is the local day (required); `startTimeInSeconds` is local midnight as a UTC instant and
 *   `startTimeOffsetInSeconds` the device offset; the record spans `durationInSeconds`, below 86,400 while the day is
 *   in progress (warning `ongoing`: the totals will be revised);
 * - daily totals: `steps`, `activeKilocalories` (active energy, BMR excluded), `bmrKilocalories` (basal energy),
 *   `distanceInMeters`, each within `DAILY_TOTAL_RANGES`;
 * - recovery signals of the day: resting heart rate (`restingHeartRateInBeatsPerMinute`), average stress
 *   (`averageStressLevel`, also spelled `averageStresslevel`; Garmin's negative "not enough data" values are dropped)
 *   and body battery charged during the day (`bodyBatteryChargedValue`), measured at the day's start;
 * - the heart-rate samples (`timeOffsetHeartRateSamples`, keyed by seconds after the start) stay in the raw payload.
 *
 * @example
 * ```ts
 * const result = normalizeGarminDailies({ dailies: [{ summaryId: 'x-1746223200', calendarDate: '2025-05-03', startTimeInSeconds: 1746223200, startTimeOffsetInSeconds: 7200, durationInSeconds: 86400, steps: 11234, restingHeartRateInBeatsPerMinute: 52 }] });
 * result.drafts[0]?.daily_totals[0]; // { metric_type: 'steps', local_date: '2025-05-03', value: 11234, ... }
 * ```
 */
export function normalizeGarminDailies(payload: unknown, options: GarminNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(GARMIN_NORMALIZERS.dailies, payload, (value, result) =>
    normalizeGarminSummaries(value, result, ['dailies'], options, normalizeGarminDailyRecord),
  );
}

function normalizeGarminDailyRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'summaryId', what: 'a daily summary' }, (raw, externalId) => {
    const day = LocalDateSchema.safeParse(raw.calendarDate);
    if (!day.success) return recordFailure(raw, 'summaryId', { code: 'invalid_date', message: 'calendarDate is not a YYYY-MM-DD date', path: [...path, 'calendarDate'] });
    const start = epochSecondsInstant(raw.startTimeInSeconds);
    if (start === null) {
      return recordFailure(raw, 'summaryId', {
        code: 'invalid_date',
        message: 'startTimeInSeconds is not a Unix time in seconds between the years 1900 and 2200',
        path: [...path, 'startTimeInSeconds'],
      });
    }
    const localDate = day.data;
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const local = readGarminOffset(reader, 'startTimeOffsetInSeconds');
    const duration = reader.number('durationInSeconds', { min: 0, max: DAY_SECONDS });
    if (duration !== null && duration < DAY_SECONDS) {
      reader.warn('ongoing', 'durationInSeconds', `the day covers ${duration} of 86400 s so far; Garmin will send it again with the same summaryId`);
    }
    const totals: DailyTotalDraft[] = [];
    for (const [metric, key] of DAILY_TOTAL_FIELDS) {
      const value = reader.number(key, DAILY_TOTAL_RANGES[metric]);
      if (value !== null) totals.push({ metric_type: metric, local_date: localDate, value, source_name: null, source_path: reader.path(key) });
    }
    const signals: RecoverySignalDraft[] = [];
    const at = { at: start, day: localDate };
    pushSignal(signals, reader, 'restingHeartRateInBeatsPerMinute', { ...at, type: 'resting_hr_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm });
    const stressKey = reader.raw('averageStressLevel') === undefined && reader.raw('averageStresslevel') !== undefined ? 'averageStresslevel' : 'averageStressLevel';
    const stress = reader.raw(stressKey);
    if (typeof stress === 'number' && stress < 0) {
      reader.warn('invalid_value', stressKey, `${stressKey} ${stress} is Garmin's "not enough data" value; dropped`);
    } else {
      pushSignal(signals, reader, stressKey, { ...at, type: 'stress', unit: null, bounds: STRESS_LEVEL });
    }
    pushSignal(signals, reader, 'bodyBatteryChargedValue', { ...at, type: 'body_battery', unit: null, bounds: BODY_BATTERY });
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      GARMIN_NORMALIZERS.dailies,
      {
        provider: 'garmin',
        resource: 'dailies',
        external_id: externalId,
        record_kind: 'daily_summary',
        activity_type_raw: null,
        start_time: start,
        end_time: duration === null || duration === 0 ? null : addSeconds(start, duration),
        timezone_raw: null,
        utc_offset_minutes: local.fromProvider,
        raw_payload: rawPayload,
      },
      { recovery_signals: signals, daily_totals: totals, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
