/**
 * Prefix of the deterministic id of each kind of catalog row: the id is the prefix followed by the row's slug
 * (`mus_quadriceps`, `mov_back_squat`, `act_running`, `dis_crossfit`). Movement progression edges join the two movement
 * slugs with a double underscore (`mpr_push_up__diamond_push_up`).
 *
 * @example
 * ```ts
 * CATALOG_ID_PREFIXES.movement; // 'mov_'
 * ```
 */
export const CATALOG_ID_PREFIXES = {
  muscle: 'mus_',
  discipline: 'dis_',
  movement: 'mov_',
  activityDefinition: 'act_',
  movementProgression: 'mpr_',
} as const;

/**
 * A kind of catalog row that has a deterministic id: a key of {@link CATALOG_ID_PREFIXES}.
 *
 * @example
 * ```ts
 * const kind: CatalogRowKind = 'activityDefinition';
 * ```
 */
export type CatalogRowKind = keyof typeof CATALOG_ID_PREFIXES;

/**
 * Builds the deterministic id of a catalog row from its slug. Ids never change for a slug, so storage can upsert the
 * seed on every start. For `movementProgression`, pass the source and target movement slugs.
 *
 * @example
 * ```ts
 * catalogId('muscle', 'quadriceps'); // 'mus_quadriceps'
 * catalogId('movementProgression', 'push_up', 'diamond_push_up'); // 'mpr_push_up__diamond_push_up'
 * ```
 */
export function catalogId(kind: CatalogRowKind, slug: string, targetSlug?: string): string {
  const prefix = CATALOG_ID_PREFIXES[kind];
  return targetSlug === undefined ? `${prefix}${slug}` : `${prefix}${slug}__${targetSlug}`;
}
