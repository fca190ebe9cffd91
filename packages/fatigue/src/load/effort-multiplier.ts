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
  let rir: number;
  let source: SetEffort['source'];
  if (set.rir !== undefined && set.rir !== null) {
    rir = Math.max(0, set.rir);
    source = 'rir';
  } else if (set.rpe !== undefined && set.rpe !== null) {
    rir = rirFromRpe(set.rpe);
    source = 'rpe';
  } else {
    return { multiplier: table.unknown, rir: null, source: 'unknown' };
  }
  const points = [table['0'], table['1'], table['2'], table['3'], table['4'], table['5+']];
  if (rir >= 5) return { multiplier: table['5+'], rir, source };
  const lower = Math.floor(rir);
  const lowerValue = points[lower]!;
  const upperValue = points[lower + 1]!;
  return { multiplier: lowerValue + (upperValue - lowerValue) * (rir - lower), rir, source };
}
