import type { BiometricObservation } from '../observation/biometric-observation-schema.js';
import { biometricSourceRank } from '../priority/biometric-source-rank.js';
import { BIOMETRIC_SOURCE_PRIORITY } from '../priority/biometric-source-priority.js';
import type { BiometricSourcePriority } from '../priority/biometric-source-priority-schema.js';

/**
 * Options of {@link selectBiometricValues}.
 *
 * @example
 * ```ts
 * const options: SelectBiometricValuesOptions = { priority: BIOMETRIC_SOURCE_PRIORITY };
 * ```
 */
export interface SelectBiometricValuesOptions {
  /** Which source wins; `BIOMETRIC_SOURCE_PRIORITY` when omitted. */
  readonly priority?: BiometricSourcePriority;
}

/** Order of code units, independent of the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The epoch milliseconds of a measurement instant, `-Infinity` when unknown (an unknown time never wins a tie). */
function measuredMs(observation: BiometricObservation): number {
  if (observation.measured_at == null) return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(observation.measured_at);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * One value per metric and local day: of the rows sharing a `metric_type` and a `date`, the one whose source ranks
 * best (`biometricSourceRank`: a manual entry first by default, then the device classes of the metric's order),
 * ties broken by the latest `measured_at` (a row without one loses), then by the smallest `id`. The chosen rows are
 * returned as given (every field kept: a provider value keeps its `external_record_id`, `ingestion_run_id`, ...),
 * ordered by metric then day. Pure: the same rows in any order give the same result.
 *
 * @example
 * ```ts
 * const rows = [
 *   { id: 'b1', metric_type: 'weight_kg', date: '2024-06-12', value: 72.9, source: 'provider', provider: 'apple_health', external_record_id: 'rec_9' },
 *   { id: 'b2', metric_type: 'weight_kg', date: '2024-06-12', value: 72.4, source: 'manual' },
 * ] as const;
 * selectBiometricValues(rows).map((row) => row.id); // ['b2']
 * ```
 */
export function selectBiometricValues<Row extends BiometricObservation>(rows: readonly Row[], options: SelectBiometricValuesOptions = {}): Row[] {
  const priority = options.priority ?? BIOMETRIC_SOURCE_PRIORITY;
  const best = new Map<string, { row: Row; rank: number; measured: number }>();
  for (const row of rows) {
    const key = `${row.metric_type}|${row.date}`;
    const candidate = { row, rank: biometricSourceRank(row, priority), measured: measuredMs(row) };
    const current = best.get(key);
    if (
      current === undefined ||
      candidate.rank < current.rank ||
      (candidate.rank === current.rank &&
        (candidate.measured > current.measured || (candidate.measured === current.measured && compareText(row.id, current.row.id) < 0)))
    ) {
      best.set(key, candidate);
    }
  }
  return [...best.values()]
    .map((entry) => entry.row)
    .sort((a, b) => compareText(a.metric_type, b.metric_type) || compareText(a.date, b.date));
}
