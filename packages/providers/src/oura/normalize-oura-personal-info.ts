import { BIOMETRIC_METRIC_RANGES } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { addOutcome, checkedDraft, runNormalizer } from '../internal/record-outcome.js';
import type { NormalizationWarning } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { BiometricDraft } from '../provider-record-draft.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';
import { parseDay } from './oura-record-support.js';

/**
 * Options of {@link normalizeOuraPersonalInfo}.
 *
 * @example
 * ```ts
 * const options: OuraPersonalInfoOptions = { date: '2025-05-09' };
 * ```
 */
export interface OuraPersonalInfoOptions {
  /** The user's local day the profile was fetched on (`YYYY-MM-DD`); personal_info carries no date of its own. */
  readonly date: string;
}

/**
 * Normalizes `GET /v2/usercollection/personal_info` into biometric drafts dated `options.date`: `height` is in
 * **metres** and becomes `height_cm` (× 100); `weight` (kg) becomes `weight_kg`. Every field is nullable; values
 * outside core's ranges are dropped with a warning. Age, sex and email stay in the raw payload.
 *
 * @example
 * ```ts
 * const result = normalizeOuraPersonalInfo({ id: '8f9a…', age: 34, weight: 71.2, height: 1.78, biological_sex: 'female', email: null }, { date: '2025-05-09' });
 * result.drafts[0]?.biometrics.map((biometric) => [biometric.metric_type, biometric.value]); // [['height_cm', 178], ['weight_kg', 71.2]]
 * ```
 */
export function normalizeOuraPersonalInfo(payload: unknown, options: OuraPersonalInfoOptions): NormalizationResult {
  const normalizer = OURA_NORMALIZERS.personal_info;
  return runNormalizer(normalizer, payload, (value, result) => {
    const date = parseDay(options?.date);
    if (date === null) {
      result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'invalid_date', message: 'options.date is not a YYYY-MM-DD date', path: [] } });
      return;
    }
    if (!isJsonObject(value)) {
      result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'schema_mismatch', message: 'personal_info must be a JSON object', path: [] } });
      return;
    }
    const externalId = readId(value.id);
    if (externalId === null) {
      result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'missing_id', message: 'personal_info has no usable id', path: ['id'] } });
      return;
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(value, warnings);
    const biometrics: BiometricDraft[] = [];
    const heightM = reader.number('height', { min: BIOMETRIC_METRIC_RANGES.height_cm.min / 100, max: BIOMETRIC_METRIC_RANGES.height_cm.max / 100 });
    if (heightM !== null) biometrics.push({ metric_type: 'height_cm', value: Math.round(heightM * 100 * 1e6) / 1e6, date, measured_at: null, source_path: ['height'] });
    const weight = reader.number('weight', BIOMETRIC_METRIC_RANGES.weight_kg);
    if (weight !== null) biometrics.push({ metric_type: 'weight_kg', value: weight, date, measured_at: null, source_path: ['weight'] });
    const rawPayload = asJsonValue(value) ?? {};
    const draft = recordDraft(
      normalizer,
      {
        provider: 'oura', resource: 'personal_info', external_id: externalId,
        record_kind: 'biometric', activity_type_raw: null, start_time: null, end_time: null, timezone_raw: null, utc_offset_minutes: null,
        raw_payload: rawPayload,
      },
      { biometrics, warnings },
    );
    addOutcome(result, checkedDraft(draft, [], rawPayload));
  });
}
