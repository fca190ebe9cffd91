import { biometricDeviceClassOf, selectBiometricValues, type BiometricSourcePriority } from '@trainkit/biometrics';
import {
  BIOMETRIC_METRIC_RANGES,
  BIOMETRIC_METRIC_TYPES,
  MAX_INSTANT,
  MIN_INSTANT,
  type BiometricMetricType,
  type Instant,
  type LocalDate,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import type { BiometricEntry } from './biometric-entry.js';

/** Metrics that providers also report as recovery signals (WHOOP, Oura, Garmin dailies), read from both tables. */
const SIGNAL_METRICS = ['resting_hr_bpm', 'hrv_rmssd_ms'] as const satisfies readonly BiometricMetricType[];

/** Margin around a day range when reading signals by instant (a signal's local day is within a day of its instant). */
const SIGNAL_MARGIN_MS = 2 * 86_400_000;

/** Internal: a stored body value before selection. */
export type StoredBiometricValue = Omit<BiometricEntry, 'selected' | 'device_class'>;

/** Internal: what to read. `asOf` leaves out values measured at or after it (values without an instant: after its day). */
export interface BiometricRange {
  readonly metrics?: readonly BiometricMetricType[];
  readonly from?: LocalDate;
  readonly to?: LocalDate;
  readonly asOf?: { readonly instant: Instant; readonly date: LocalDate };
}

function clampInstant(ms: number): Instant {
  return new Date(Math.min(Math.max(ms, Date.parse(MIN_INSTANT)), Date.parse(MAX_INSTANT))).toISOString() as Instant;
}

function before(value: StoredBiometricValue, asOf: BiometricRange['asOf']): boolean {
  if (asOf === undefined) return true;
  return value.measured_at !== null ? Date.parse(value.measured_at) < Date.parse(asOf.instant) : value.date <= asOf.date;
}

/**
 * Internal: the stored body values of a user: `user_biometrics_history` rows of the metrics, and, for resting heart
 * rate and HRV, the `recovery_signals` of those types (values outside the metric's plausible range are left out).
 * Ordered by metric, day, instant (unknown first), id.
 */
export async function loadBiometricValues(repositories: TrainkitRepositories, userId: UserId, range: BiometricRange): Promise<StoredBiometricValue[]> {
  const metrics = range.metrics ?? BIOMETRIC_METRIC_TYPES;
  const to = range.asOf !== undefined && (range.to === undefined || range.asOf.date < range.to) ? range.asOf.date : range.to;
  const values: StoredBiometricValue[] = [];
  for (const metric of metrics) {
    for (const row of await repositories.biometrics.listByMetric(userId, metric, range.from, to)) {
      values.push({
        id: row.id,
        table: 'user_biometrics_history',
        metric_type: row.metric_type,
        date: row.date,
        measured_at: row.measured_at,
        value: row.value,
        source: row.source,
        provider: row.provider,
        external_record_id: row.external_record_id,
        ingestion_run_id: row.ingestion_run_id,
        normalizer_id: row.normalizer_id,
        normalizer_version: row.normalizer_version,
        notes: row.notes,
        created_at: row.created_at,
      });
    }
    if (!(SIGNAL_METRICS as readonly string[]).includes(metric)) continue;
    const fromInstant = range.from === undefined ? (MIN_INSTANT as Instant) : clampInstant(Date.parse(`${range.from}T00:00:00.000Z`) - SIGNAL_MARGIN_MS);
    const toInstant =
      range.asOf !== undefined
        ? range.asOf.instant
        : to === undefined
          ? (MAX_INSTANT as Instant)
          : clampInstant(Date.parse(`${to}T00:00:00.000Z`) + SIGNAL_MARGIN_MS + 86_400_000);
    if (Date.parse(fromInstant) >= Date.parse(toInstant)) continue;
    const range_ = BIOMETRIC_METRIC_RANGES[metric];
    for (const signal of await repositories.recoverySignals.listBetween(userId, fromInstant, toInstant, metric as (typeof SIGNAL_METRICS)[number])) {
      if (range.from !== undefined && signal.local_date < range.from) continue;
      if (to !== undefined && signal.local_date > to) continue;
      if (!Number.isFinite(signal.value) || signal.value < range_.min || signal.value > range_.max) continue;
      values.push({
        id: signal.id,
        table: 'recovery_signals',
        metric_type: metric,
        date: signal.local_date,
        measured_at: signal.measured_at,
        value: signal.value,
        source: signal.source,
        provider: signal.provider,
        external_record_id: signal.external_record_id,
        ingestion_run_id: signal.ingestion_run_id,
        normalizer_id: signal.normalizer_id,
        normalizer_version: signal.normalizer_version,
        notes: signal.notes,
        created_at: signal.created_at,
      });
    }
  }
  const kept = values.filter((value) => before(value, range.asOf));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return kept.sort(
    (a, b) =>
      text(a.metric_type, b.metric_type) ||
      text(a.date, b.date) ||
      (a.measured_at === b.measured_at ? 0 : a.measured_at === null ? -1 : b.measured_at === null ? 1 : text(a.measured_at, b.measured_at)) ||
      text(a.id, b.id),
  );
}

/** Internal: the values as entries, each with its device class and whether the source priority chose it for its day. */
export function toBiometricEntries(values: readonly StoredBiometricValue[], priority: BiometricSourcePriority): BiometricEntry[] {
  const chosen = new Set(selectBiometricValues(values, { priority }));
  return values.map((value) => ({ ...value, device_class: biometricDeviceClassOf(value, priority), selected: chosen.has(value) }));
}
