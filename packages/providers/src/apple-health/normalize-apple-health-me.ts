import type { Sex } from '@trainkit/core';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import { asJson, attribute, type AppleHealthElementJson } from './apple-health-element.js';
import { appleRecord, checkedAppleDraft } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { parseAppleHealthDay } from './parse-apple-health-date.js';

const DATE_OF_BIRTH = 'HKCharacteristicTypeIdentifierDateOfBirth';
const BIOLOGICAL_SEX = 'HKCharacteristicTypeIdentifierBiologicalSex';

const SEXES: Readonly<Record<string, Sex | null>> = {
  HKBiologicalSexFemale: 'female',
  HKBiologicalSexMale: 'male',
  // HealthKit's "Other": neither female nor male; trainkit's sex-neutral value.
  HKBiologicalSexOther: 'unspecified',
  HKBiologicalSexNotSet: null,
};

/**
 * Normalizes the `Me` element into a profile draft (raw record `me`, one per export): the date of birth
 * (`HKCharacteristicTypeIdentifierDateOfBirth`, a plain day, empty when not set) and biological sex
 * (`HKBiologicalSexFemale` / `Male` → `female` / `male`, `Other` → `unspecified`, `NotSet` → unknown). Blood type,
 * skin type and the medication flag stay in the raw payload.
 */
export function normalizeAppleHealthMe(element: AppleHealthElementJson, path: PayloadPath = []): RecordOutcome {
  const warnings: NormalizationWarning[] = [];
  const birthText = attribute(element, DATE_OF_BIRTH);
  const dateOfBirth = parseAppleHealthDay(birthText);
  if (birthText !== null && dateOfBirth === null) {
    warnings.push({ code: 'invalid_value', message: `${DATE_OF_BIRTH} ${JSON.stringify(birthText)} is not a date; dropped`, path: [...path, DATE_OF_BIRTH] });
  }
  const sexText = attribute(element, BIOLOGICAL_SEX);
  let sex: Sex | null = null;
  if (sexText !== null) {
    const mapped = SEXES[sexText];
    if (mapped === undefined) warnings.push({ code: 'invalid_value', message: `${BIOLOGICAL_SEX} ${JSON.stringify(sexText)} is unknown; dropped`, path: [...path, BIOLOGICAL_SEX] });
    else sex = mapped;
  }
  const record = appleRecord({ resource: 'me', external_id: 'me', record_kind: 'other', raw_payload: asJson(element) });
  return checkedAppleDraft(APPLE_HEALTH_NORMALIZERS.me, record, { profile: { date_of_birth: dateOfBirth, sex, height_cm: null }, warnings }, path);
}
