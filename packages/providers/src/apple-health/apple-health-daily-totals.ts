import { DAILY_TOTAL_RANGES, DailyTotalMetricSchema, type JsonValue } from '@trainkit/core';
import { isJsonObject } from '../internal/read-payload.js';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { DailyTotalDraft } from '../provider-record-draft.js';
import { appleRecord, checkedAppleDraft, failureOutcome } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { roundSignificant } from './apple-health-units.js';
import type { DailyTotalContribution } from './normalize-apple-health-record-group.js';
import { parseAppleHealthDay } from './parse-apple-health-date.js';

const UNITS: Readonly<Record<string, string>> = { steps: 'count', active_energy_kcal: 'kcal', basal_energy_kcal: 'kcal', distance_m: 'm' };

interface SourceSum {
  readonly sourceName: string;
  value: number;
  records: number;
  readonly recordExternalIds: string[];
}

interface DayEntry {
  readonly metric: DailyTotalContribution['metric'];
  readonly type: string;
  readonly localDate: string;
  readonly sources: Map<string, SourceSum>;
}

/**
 * Collects, per daily-total metric and local day, each source's sum (from the record groups, as they are read), then
 * makes one `daily_total` raw record per metric and day. Memory grows with days × sources × metrics, never with the
 * number of records.
 *
 * **The rule (never double-count overlapping sources).** A phone and a watch both count the steps of the same walk,
 * and HealthKit keeps both; adding them would double the day. For each metric and local day, the total is the sum of
 * exactly **one** source: the source with the largest sum that day (ties: the source name that sorts first). So the
 * total never exceeds the largest single source, and two sources are never added over the same time. (A day on which
 * the watch was off for a while counts only the watch; filling such gaps from the phone would need per-interval
 * arbitration, which would let a day exceed every single source.)
 *
 * Active energy of a day with an `ActivitySummary` that states it comes from that summary (Apple's own deduplicated
 * Move ring figure) instead: the record-based total of that day is listed as skipped.
 */
export class DailyTotalsAccumulator {
  private readonly days = new Map<string, DayEntry>();
  private readonly fromSummaries = new Set<string>();

  /** Adds one record group's sum. */
  add(contribution: DailyTotalContribution): void {
    const key = `${contribution.metric}|${contribution.localDate}`;
    let day = this.days.get(key);
    if (day === undefined) {
      day = { metric: contribution.metric, type: contribution.type, localDate: contribution.localDate, sources: new Map() };
      this.days.set(key, day);
    }
    const source = day.sources.get(contribution.sourceName);
    if (source === undefined) {
      day.sources.set(contribution.sourceName, { sourceName: contribution.sourceName, value: contribution.value, records: contribution.records, recordExternalIds: [contribution.externalId] });
    } else {
      source.value = roundSignificant(source.value + contribution.value);
      source.records += contribution.records;
      source.recordExternalIds.push(contribution.externalId);
    }
  }

  /** Marks a day whose active energy comes from its `ActivitySummary`. */
  activeEnergyFromSummary(localDate: string): void {
    this.fromSummaries.add(localDate);
  }

  /**
   * The `daily_total` outcomes, by metric then day, one at a time (a skipped outcome for a day whose active energy a
   * summary states): a multi-year export has thousands, and each day is let go once its outcome is made.
   */
  *finish(): Generator<RecordOutcome, void, undefined> {
    const keys = [...this.days.keys()].sort();
    for (const key of keys) {
      const day = this.days.get(key)!;
      this.days.delete(key);
      const externalId = `daily_total:${day.metric}:${day.localDate}`;
      if (day.metric === 'active_energy_kcal' && this.fromSummaries.has(day.localDate)) {
        yield {
          kind: 'skipped',
          skipped: { external_id: externalId, reason: 'active energy comes from the day’s ActivitySummary (Apple’s Move ring figure), not from the records', path: [] },
        };
        continue;
      }
      const sources = [...day.sources.values()].sort((a, b) => (a.sourceName < b.sourceName ? -1 : a.sourceName > b.sourceName ? 1 : 0));
      const payload: JsonValue = {
        metric: day.metric,
        type: day.type,
        local_date: day.localDate,
        unit: UNITS[day.metric] ?? '',
        sources: sources.map((source) => ({ sourceName: source.sourceName, value: source.value, records: source.records, record_external_ids: source.recordExternalIds })),
      };
      yield normalizeAppleHealthDailyTotal(payload, externalId);
    }
  }
}

/**
 * Normalizes a `daily_total` raw record (made by {@link DailyTotalsAccumulator}: a metric, a local day and each
 * source's sum with the record groups it came from) into one daily-total draft: the largest source's sum, named in
 * `source_name` (ties: the name that sorts first). Its `parent_external_id` is the chosen source's first record group.
 */
export function normalizeAppleHealthDailyTotal(payload: unknown, externalId: string, path: PayloadPath = []): RecordOutcome {
  const raw = isJsonObject(payload) ? (payload as JsonValue) : null;
  const metric = DailyTotalMetricSchema.safeParse(isJsonObject(payload) ? payload.metric : undefined);
  const localDate = parseAppleHealthDay(isJsonObject(payload) ? payload.local_date : undefined);
  const sources = isJsonObject(payload) && Array.isArray(payload.sources) ? payload.sources : null;
  if (!metric.success || localDate === null || sources === null) {
    return failureOutcome(externalId, raw, { code: 'schema_mismatch', message: 'a daily total needs a metric, a local_date and a list of sources', path });
  }
  let chosen: { index: number; name: string; value: number; parent: string | null } | null = null;
  for (const [index, source] of sources.entries()) {
    if (!isJsonObject(source) || typeof source.sourceName !== 'string' || source.sourceName.length === 0) continue;
    if (typeof source.value !== 'number' || !Number.isFinite(source.value) || source.value < 0) continue;
    const better = chosen === null || source.value > chosen.value || (source.value === chosen.value && source.sourceName < chosen.name);
    if (!better) continue;
    const ids = Array.isArray(source.record_external_ids) ? source.record_external_ids : [];
    const parent = typeof ids[0] === 'string' && ids[0].length > 0 ? ids[0] : null;
    chosen = { index, name: source.sourceName, value: source.value, parent };
  }
  if (chosen === null) {
    return failureOutcome(externalId, raw, { code: 'schema_mismatch', message: 'a daily total needs at least one source with a sourceName and a finite value', path: [...path, 'sources'] });
  }
  const range = DAILY_TOTAL_RANGES[metric.data];
  const warnings = [];
  const totals: DailyTotalDraft[] = [];
  if (chosen.value < range.min || chosen.value > range.max) {
    warnings.push({ code: 'out_of_bounds' as const, message: `${metric.data} ${chosen.value} is outside ${range.min}..${range.max}; dropped`, path: [...path, 'sources', chosen.index, 'value'] });
  } else {
    totals.push({ metric_type: metric.data, local_date: localDate, value: chosen.value, source_name: chosen.name, source_path: ['sources', chosen.index, 'value'] });
  }
  const record = appleRecord({
    resource: 'daily_total',
    external_id: externalId,
    parent_external_id: chosen.parent,
    record_kind: 'daily_summary',
    activity_type_raw: isJsonObject(payload) && typeof payload.type === 'string' && payload.type.length > 0 ? payload.type : null,
    raw_payload: raw!,
  });
  return checkedAppleDraft(APPLE_HEALTH_NORMALIZERS.daily_total, record, { daily_totals: totals, warnings }, path);
}
