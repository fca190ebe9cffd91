/**
 * Makes new unique ids. Injected wherever ids are created so pure code stays deterministic: tests pass
 * {@link createSequentialIdFactory}, applications pass {@link createRandomIdFactory}.
 *
 * @example
 * ```ts
 * function newActivityId(ids: IdFactory): ActivityInstanceId {
 *   return ActivityInstanceIdSchema.parse(ids());
 * }
 * ```
 */
export type IdFactory = () => string;

/**
 * A deterministic {@link IdFactory} producing `${prefix}_000001`, `${prefix}_000002`, ... (sortable). For tests,
 * fixtures and reproducible runs.
 *
 * @example
 * ```ts
 * const ids = createSequentialIdFactory('act');
 * ids(); // 'act_000001'
 * ids(); // 'act_000002'
 * ```
 */
export function createSequentialIdFactory(prefix = 'id', start = 1): IdFactory {
  let next = start;
  return () => `${prefix}_${String(next++).padStart(6, '0')}`;
}
