import { DAILY_TOTAL_RANGES, type DailyTotalMetric } from '@trainkit/core';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { DailyTotalDraft } from '../provider-record-draft.js';
import { asJson, attribute, type AppleHealthElementJson } from './apple-health-element.js';
import { appleRecord, checkedAppleDraft, failureOutcome } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { convertAppleHealthUnit, parseAppleHealthNumber } from './apple-health-units.js';
import { parseAppleHealthDay } from './parse-apple-health-date.js';

/** What normalizing an `ActivitySummary` gives, and whether it states the day's active energy. */
export interface ActivitySummaryOutcome {
  readonly outcome: RecordOutcome;
  /** The summary's day when it states a positive active energy (which then wins over the record-based total). */
  readonly activeEnergyDay: string | null;
}

/**
 * Normalizes one `ActivitySummary` (the activity rings of `dateComponents`, a local day) into one raw record
 * (`activity_summary:<day>`) and its daily totals: `activeEnergyBurned` in `activeEnergyBurnedUnit` (`Cal` = kcal, or
 * `kJ`) → `active_energy_kcal` (only when positive: a summary of a day the watch was not worn says 0),
 * `appleExerciseTime` (minutes) → `exercise_minutes`, `appleStandHours` → `stand_hours`, `appleMoveTime` (minutes,
 * the Move ring of wheelchair and move-time users) → `move_minutes`. Goals stay in the raw payload.
 */
export function normalizeAppleHealthActivitySummary(element: AppleHealthElementJson, path: PayloadPath = []): ActivitySummaryOutcome {
  const dayText = attribute(element, 'dateComponents');
  const day = parseAppleHealthDay(dayText);
  const raw = asJson(element);
  if (day === null) {
    return {
      outcome: failureOutcome(null, raw, { code: 'invalid_date', message: `dateComponents ${JSON.stringify(dayText)} is not a YYYY-MM-DD day`, path: [...path, 'dateComponents'] }),
      activeEnergyDay: null,
    };
  }
  const warnings: NormalizationWarning[] = [];
  const totals: DailyTotalDraft[] = [];
  const push = (metric: DailyTotalMetric, key: string, value: number | null, positiveOnly = false) => {
    if (value === null) {
      if (element[key] !== undefined) warnings.push({ code: 'invalid_value', message: `${key} ${JSON.stringify(element[key])} is not a number in a known unit; dropped`, path: [...path, key] });
      return;
    }
    const range = DAILY_TOTAL_RANGES[metric];
    if (value < range.min || value > range.max) {
      warnings.push({ code: 'out_of_bounds', message: `${key} ${value} is outside ${range.min}..${range.max}; dropped`, path: [...path, key] });
      return;
    }
    if (positiveOnly && value === 0) return;
    totals.push({ metric_type: metric, local_date: day, value, source_name: null, source_path: [key] });
  };
  const energy = parseAppleHealthNumber(element.activeEnergyBurned);
  const energyUnit = attribute(element, 'activeEnergyBurnedUnit') ?? 'Cal';
  push('active_energy_kcal', 'activeEnergyBurned', energy === null ? null : convertAppleHealthUnit(energy, energyUnit, 'energy_kcal'), true);
  push('exercise_minutes', 'appleExerciseTime', parseAppleHealthNumber(element.appleExerciseTime));
  push('stand_hours', 'appleStandHours', parseAppleHealthNumber(element.appleStandHours));
  push('move_minutes', 'appleMoveTime', parseAppleHealthNumber(element.appleMoveTime));
  const record = appleRecord({ resource: 'activity_summary', external_id: `activity_summary:${day}`, record_kind: 'daily_summary', raw_payload: raw });
  const outcome = checkedAppleDraft(APPLE_HEALTH_NORMALIZERS.activity_summary, record, { daily_totals: totals, warnings }, path);
  const statesEnergy = outcome.kind === 'draft' && totals.some((total) => total.metric_type === 'active_energy_kcal');
  return { outcome, activeEnergyDay: statesEnergy ? day : null };
}
