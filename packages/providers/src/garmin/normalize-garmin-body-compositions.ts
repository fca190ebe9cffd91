import { BIOMETRIC_METRIC_RANGES, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { BiometricDraft } from '../provider-record-draft.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import type { GarminNormalizeOptions } from './garmin-options.js';
import { epochSecondsInstant, normalizeGarminSummaries, readGarminOffset } from './garmin-record-support.js';

const GRAMS_PER_KG = 1000;

/**
 * Normalizes Garmin body composition summaries (`{ bodyComps: [...] }` as pushed, or the array a callback returns),
 * text or parsed JSON. Each summary becomes a raw record of kind `biometric` keyed by `summaryId`, measured at
 * `measurementTimeInSeconds` (UTC) on the local day given by `measurementTimeOffsetInSeconds`, with biometrics:
 *
 * - `weight_kg` from `weightInGrams` (grams / 1000, no rounding), within `BIOMETRIC_METRIC_RANGES`;
 * - `body_fat_percent` from `bodyFatInPercent`.
 *
 * Muscle mass (`muscleMassInGrams`) is skeletal muscle, not lean (fat-free) mass, so it is not `lean_mass_kg`; it
 * stays in the raw payload with `bodyMassIndex`, `bodyWaterInPercent` and `boneMassInGrams`. Every field is optional; a
 * value outside its range is dropped with a warning.
 *
 * @example
 * ```ts
 * const result = normalizeGarminBodyCompositions({ bodyComps: [{ summaryId: 'bc-1746252000', measurementTimeInSeconds: 1746252000, measurementTimeOffsetInSeconds: 7200, weightInGrams: 72450, bodyFatInPercent: 14.2 }] });
 * result.drafts[0]?.biometrics.map((biometric) => [biometric.metric_type, biometric.value]); // [['weight_kg', 72.45], ['body_fat_percent', 14.2]]
 * ```
 */
export function normalizeGarminBodyCompositions(payload: unknown, options: GarminNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(GARMIN_NORMALIZERS.body_compositions, payload, (value, result) =>
    normalizeGarminSummaries(value, result, ['bodyComps'], options, normalizeGarminBodyCompositionRecord),
  );
}

function normalizeGarminBodyCompositionRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'summaryId', what: 'a body composition summary' }, (raw, externalId) => {
    const measuredAt = epochSecondsInstant(raw.measurementTimeInSeconds);
    if (measuredAt === null) {
      return recordFailure(raw, 'summaryId', {
        code: 'invalid_date',
        message: 'measurementTimeInSeconds is not a Unix time in seconds between the years 1900 and 2200',
        path: [...path, 'measurementTimeInSeconds'],
      });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const local = readGarminOffset(reader, 'measurementTimeOffsetInSeconds');
    const date = localDayOf(measuredAt, { utcOffsetMinutes: local.offset });
    const biometrics: BiometricDraft[] = [];
    const weightRange = BIOMETRIC_METRIC_RANGES.weight_kg;
    const grams = reader.number('weightInGrams', { min: weightRange.min * GRAMS_PER_KG, max: weightRange.max * GRAMS_PER_KG });
    if (grams !== null) biometrics.push({ metric_type: 'weight_kg', value: grams / GRAMS_PER_KG, date, measured_at: measuredAt, source_path: reader.path('weightInGrams') });
    const bodyFat = reader.number('bodyFatInPercent', BIOMETRIC_METRIC_RANGES.body_fat_percent);
    if (bodyFat !== null) biometrics.push({ metric_type: 'body_fat_percent', value: bodyFat, date, measured_at: measuredAt, source_path: reader.path('bodyFatInPercent') });
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      GARMIN_NORMALIZERS.body_compositions,
      {
        provider: 'garmin',
        resource: 'body_compositions',
        external_id: externalId,
        record_kind: 'biometric',
        activity_type_raw: null,
        start_time: measuredAt,
        end_time: null,
        timezone_raw: null,
        utc_offset_minutes: local.fromProvider,
        raw_payload: rawPayload,
      },
      { biometrics, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
