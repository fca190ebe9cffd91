import type { BiometricDraft, DailyTotalDraft, MetricSampleDraft, RecoverySignalDraft } from '../provider-record-draft.js';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { DailyTotalMetric, LocalDate } from '@trainkit/core';
import { asJson, attribute, type AppleHealthElementJson } from './apple-health-element.js';
import { appleRecord, checkedAppleDraft, failureOutcome } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { APPLE_HEALTH_RECORD_RULES, boundsOf } from './apple-health-record-types.js';
import { parseAppleHealthNumber, roundSignificant } from './apple-health-units.js';
import { CappedWarnings } from './capped-warnings.js';
import { instantOf, parseAppleHealthDate } from './parse-apple-health-date.js';

/**
 * One source's sum of a daily-total type over one local day, from one record group: what the day's total is chosen
 * from (see {@link DailyTotalsAccumulator}).
 */
export interface DailyTotalContribution {
  readonly metric: DailyTotalMetric;
  readonly type: string;
  readonly sourceName: string;
  readonly localDate: LocalDate;
  readonly value: number;
  readonly records: number;
  readonly externalId: string;
}

/** What normalizing one record group gives: the outcome, and its daily-total contribution when its type has one. */
export interface RecordGroupOutcome {
  readonly outcome: RecordOutcome;
  readonly contribution: DailyTotalContribution | null;
}

/**
 * Normalizes the `Record` elements of one type, source and local day (`records`, exactly as received) into one raw
 * record (`resource: 'record'`, the list as its payload) and the canonical drafts its type gives
 * ({@link APPLE_HEALTH_RECORD_RULES}): biometrics, heart-rate samples, HRV SDNN as a recovery signal of type `other`,
 * or, for steps, energy and distance, the group's sum as a daily-total contribution (exact duplicates, the same
 * interval and value written twice, are counted once). A record whose date, value or unit cannot be read stays in the
 * raw payload and adds a warning.
 */
export function normalizeAppleHealthRecordGroup(records: readonly AppleHealthElementJson[], externalId: string, path: PayloadPath = []): RecordGroupOutcome {
  const first = records[0];
  const type = attribute(first, 'type');
  const sourceName = attribute(first, 'sourceName');
  const firstDate = parseAppleHealthDate(first?.startDate);
  const raw = asJson(records);
  if (type === null || sourceName === null || firstDate === null) {
    return {
      outcome: failureOutcome(externalId, raw, { code: 'schema_mismatch', message: 'a record group needs records with a type, a sourceName and a startDate', path }),
      contribution: null,
    };
  }
  const rule = APPLE_HEALTH_RECORD_RULES.get(type);
  const warnings = new CappedWarnings();
  const samples: MetricSampleDraft[] = [];
  const biometrics: BiometricDraft[] = [];
  const signals: RecoverySignalDraft[] = [];
  const seen = rule?.kind === 'daily_total' ? new Set<string>() : null;
  let sum = 0;
  let counted = 0;
  let duplicates = 0;
  let startMs = firstDate.ms;
  let endMs = firstDate.ms;
  const bounds = rule ? boundsOf(rule) : null;
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index]!;
    if (attribute(record, 'type') !== type || attribute(record, 'sourceName') !== sourceName) {
      warnings.add('inconsistent_values', 'a record of another type or source in this group; ignored', [...path, index]);
      continue;
    }
    const start = parseAppleHealthDate(record.startDate);
    if (start === null) {
      warnings.add('invalid_value', `startDate ${JSON.stringify(record.startDate)} is not an Apple Health date; kept raw only`, [...path, index, 'startDate']);
      continue;
    }
    const end = record.endDate === record.startDate ? start : parseAppleHealthDate(record.endDate);
    if (start.ms < startMs) startMs = start.ms;
    if (end !== null && end.ms > endMs) endMs = end.ms;
    if (start.ms > endMs) endMs = start.ms;
    if (rule === undefined || bounds === null) continue;
    const number = parseAppleHealthNumber(record.value);
    const unit = typeof record.unit === 'string' ? record.unit : null;
    const value = number === null ? null : rule.convert(number, unit);
    if (value === null) {
      warnings.add('invalid_value', `value ${JSON.stringify(record.value)} ${JSON.stringify(unit)} cannot be read as ${describe(rule)}; kept raw only`, [...path, index, 'value']);
      continue;
    }
    if (value < bounds.min || value > bounds.max) {
      warnings.add('out_of_bounds', `${describe(rule)} ${value} is outside ${bounds.min}..${bounds.max}; kept raw only`, [...path, index, 'value']);
      continue;
    }
    switch (rule.kind) {
      case 'sample':
        samples.push({ metric_type: rule.metric, recorded_at: instantOf(start.ms), value, unit: rule.unit, stream_index: null });
        break;
      case 'biometric':
        biometrics.push({ metric_type: rule.metric, value, date: start.localDate, measured_at: instantOf(start.ms), source_path: [index, 'value'] });
        break;
      case 'recovery_other':
        signals.push({ signal_type: 'other', signal_type_raw: type, measured_at: instantOf(start.ms), local_date: start.localDate, value, unit: rule.unit, source_path: [index, 'value'] });
        break;
      case 'daily_total': {
        const key = `${String(record.startDate)}|${String(record.endDate)}|${String(record.value)}`;
        if (seen!.has(key)) {
          duplicates += 1;
          break;
        }
        seen!.add(key);
        sum += value;
        counted += 1;
        break;
      }
    }
  }
  if (duplicates > 0) warnings.add('inconsistent_values', `${duplicates} records repeat another record's interval and value exactly; counted once`, path);
  const record = appleRecord({
    resource: 'record',
    external_id: externalId,
    record_kind: rule?.kind === 'biometric' ? 'biometric' : rule?.kind === 'recovery_other' ? 'recovery' : 'other',
    activity_type_raw: type,
    start_time: instantOf(startMs),
    end_time: instantOf(endMs),
    utc_offset_minutes: firstDate.offsetMinutes,
    raw_payload: raw,
  });
  const dailyTotals: DailyTotalDraft[] = [];
  const outcome = checkedAppleDraft(
    APPLE_HEALTH_NORMALIZERS.record,
    record,
    { samples, biometrics, recovery_signals: signals, daily_totals: dailyTotals, warnings: warnings.list() },
    path,
  );
  const contribution: DailyTotalContribution | null =
    rule?.kind === 'daily_total' && counted > 0 && outcome.kind === 'draft'
      ? { metric: rule.metric, type, sourceName, localDate: firstDate.localDate, value: roundSignificant(sum), records: counted, externalId }
      : null;
  return { outcome, contribution };
}

function describe(rule: { readonly kind: string; readonly metric?: string }): string {
  return rule.kind === 'recovery_other' ? 'HRV SDNN (ms)' : (rule.metric ?? rule.kind);
}

/**
 * Normalizes the `Correlation` elements (blood pressure, food) of one type, source and local day into one raw record
 * (`resource: 'correlation'`). No canonical rows: the records inside a correlation also appear as top-level records
 * (HealthKit's own DTD says so), which are read there; reading them twice would count them twice.
 */
export function normalizeAppleHealthCorrelationGroup(correlations: readonly AppleHealthElementJson[], externalId: string, path: PayloadPath = []): RecordOutcome {
  const first = correlations[0];
  const type = attribute(first, 'type');
  const start = parseAppleHealthDate(first?.startDate);
  const raw = asJson(correlations);
  if (type === null || start === null) {
    return failureOutcome(externalId, raw, { code: 'schema_mismatch', message: 'a correlation group needs correlations with a type and a startDate', path });
  }
  let endMs = start.ms;
  for (const correlation of correlations) {
    const end = parseAppleHealthDate(correlation.endDate);
    if (end !== null && end.ms > endMs) endMs = end.ms;
  }
  const record = appleRecord({
    resource: 'correlation',
    external_id: externalId,
    record_kind: 'other',
    activity_type_raw: type,
    start_time: instantOf(start.ms),
    end_time: instantOf(endMs),
    utc_offset_minutes: start.offsetMinutes,
    raw_payload: raw,
  });
  return checkedAppleDraft(APPLE_HEALTH_NORMALIZERS.correlation, record, { warnings: [] }, path);
}
