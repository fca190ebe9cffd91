import { z } from 'zod';

/**
 * Whether a fatigue state row is for one muscle or for the whole body (systemic / central fatigue).
 *
 * @example
 * ```ts
 * FATIGUE_SCOPES.includes('muscle'); // true
 * ```
 */
export const FATIGUE_SCOPES = ['muscle', 'systemic'] as const;
/**
 * One of {@link FATIGUE_SCOPES}.
 *
 * @example
 * ```ts
 * const value: FatigueScope = 'systemic';
 * ```
 */
export type FatigueScope = (typeof FATIGUE_SCOPES)[number];
/**
 * Schema of {@link FATIGUE_SCOPES}.
 *
 * @example
 * ```ts
 * FatigueScopeSchema.parse('muscle');
 * ```
 */
export const FatigueScopeSchema = z.enum(FATIGUE_SCOPES);

/**
 * The `scope_key` of the systemic (whole-body) fatigue row; per-muscle rows use the muscle id.
 *
 * @example
 * ```ts
 * fatigueScopeKey('systemic', null) === SYSTEMIC_FATIGUE_SCOPE_KEY; // true
 * ```
 */
export const SYSTEMIC_FATIGUE_SCOPE_KEY = 'systemic' as const;

/**
 * The `scope_key` column value for a fatigue state row: the muscle id for muscle rows, {@link SYSTEMIC_FATIGUE_SCOPE_KEY}
 * for the systemic row. Throws a `RangeError` when a muscle row has no muscle id.
 *
 * @example
 * ```ts
 * fatigueScopeKey('muscle', 'quadriceps'); // 'quadriceps'
 * ```
 */
export function fatigueScopeKey(scope: FatigueScope, muscleId: string | null): string {
  if (scope === FatigueScopeSchema.enum.systemic) return SYSTEMIC_FATIGUE_SCOPE_KEY;
  if (!muscleId) throw new RangeError('a muscle fatigue row needs a muscle_id');
  return muscleId;
}
