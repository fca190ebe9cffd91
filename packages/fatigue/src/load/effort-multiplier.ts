import { rirFromRpe } from '../lifting/rir-from-rpe.js';

/**
 * The effort of a set as the dose multiplier g(RIR) of `muscles.rir_multiplier`, with where it came from.
 *
 * @example
 * ```ts
 * const effort: SetEffort = { multiplier: 0.9, rir: 2, source: 'rir' };
 * ```
 */
export interface SetEffort {
  /** g(RIR). */
  readonly multiplier: number;
  /** The RIR used (given, or `10 − RPE`); `null` when unknown. */
  readonly rir: number | null;
  /** `rir` when given, `rpe` when derived from the set's RPE, `unknown` otherwise. */
  readonly source: 'rir' | 'rpe' | 'unknown';
}

/**
 * g(RIR), the effort multiplier of a set: RIR when given, else `10 − RPE`, else the table's `unknown` value.
 * Fractional RIR is interpolated linearly between the integer keys; RIR >= 5 uses `'5+'`.
 *
 * @example
 * ```ts
 * effortMultiplier({ rir: 2 }, DEFAULT_HEURISTICS_CONFIG.muscles.rir_multiplier).multiplier; // 0.9
 * effortMultiplier({ rpe: 9 }, DEFAULT_HEURISTICS_CONFIG.muscles.rir_multiplier).multiplier; // 1.0
 * ```
 */
export function effortMultiplier(
  set: { rir?: number | null; rpe?: number | null },
  table: Readonly<Record<'0' | '1' | '2' | '3' | '4' | '5+' | 'unknown', number>>,
): SetEffort {
  const rir = setRir(set);
  if (Number.isNaN(rir)) return { multiplier: table.unknown, rir: null, source: 'unknown' };
  return { multiplier: multiplierForRir(rir, table), rir, source: set.rir != null ? 'rir' : 'rpe' };
}

/** Internal: RIR of a set (given, else `10 − RPE`), NaN when unknown. */
export function setRir(set: { rir?: number | null; rpe?: number | null }): number {
  if (set.rir !== undefined && set.rir !== null) return Math.max(0, set.rir);
  if (set.rpe !== undefined && set.rpe !== null) return rirFromRpe(set.rpe);
  return Number.NaN;
}

/** Internal: g(RIR) from the table, interpolated; NaN RIR gives the `unknown` value. */
export function multiplierForRir(
  rir: number,
  table: Readonly<Record<'0' | '1' | '2' | '3' | '4' | '5+' | 'unknown', number>>,
): number {
  if (Number.isNaN(rir)) return table.unknown;
  if (rir >= 5) return table['5+'];
  const lower = Math.floor(rir);
  const lowerValue = lower === 0 ? table['0'] : lower === 1 ? table['1'] : lower === 2 ? table['2'] : lower === 3 ? table['3'] : table['4'];
  const upperValue = lower === 0 ? table['1'] : lower === 1 ? table['2'] : lower === 2 ? table['3'] : lower === 3 ? table['4'] : table['5+'];
  return rir === lower ? lowerValue : lowerValue + (upperValue - lowerValue) * (rir - lower);
}
