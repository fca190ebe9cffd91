import { CATALOG_ID_PREFIXES, catalogId, getMovement } from '@trainkit/catalog';
import type { MovementId } from '@trainkit/core';

/**
 * A movement of the catalog as logging needs it.
 *
 * @example
 * ```ts
 * const squat: CatalogMovement = findCatalogMovement('back_squat')!;
 * squat.id; // 'mov_back_squat'
 * ```
 */
export interface CatalogMovement {
  /** The catalog slug, e.g. `back_squat`. */
  readonly slug: string;
  /** `movements.id`, e.g. `mov_back_squat`. */
  readonly id: MovementId;
  /** Display name, e.g. `Back squat`. */
  readonly name: string;
}

/**
 * Finds a catalog movement by slug (`back_squat`; case, spaces and dashes are forgiven: `Back-Squat`, `bench press`)
 * or by its row id (`mov_back_squat`). Pure: reads the catalog package, not the storage.
 *
 * @param key - A slug or a `movements` id of the catalog.
 * @returns The movement, or undefined when the catalog has none by that key.
 *
 * @example
 * ```ts
 * findCatalogMovement('bench press')?.id; // 'mov_bench_press'
 * findCatalogMovement('mov_pull_up')?.slug; // 'pull_up'
 * ```
 */
export function findCatalogMovement(key: string): CatalogMovement | undefined {
  const trimmed = key.trim();
  const prefix = CATALOG_ID_PREFIXES.movement;
  const definition =
    getMovement(trimmed.toLowerCase().replace(/[\s-]+/g, '_')) ??
    (trimmed.startsWith(prefix) ? getMovement(trimmed.slice(prefix.length)) : undefined);
  if (definition === undefined) return undefined;
  return { slug: definition.slug, id: catalogId('movement', definition.slug) as MovementId, name: definition.name };
}
