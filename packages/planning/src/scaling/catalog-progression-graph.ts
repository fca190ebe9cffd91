import { buildCatalogSeed } from '@trainkit/catalog';
import { buildProgressionGraph } from './build-progression-graph.js';
import type { ProgressionGraph } from './progression-graph.js';

let cached: ProgressionGraph | undefined;

/**
 * The progression graph of the bundled catalog (`@trainkit/catalog`), with the ids storage gives its rows
 * (`mov_pull_up`): the same graph `seedCatalog` stores in `movement_progressions`. Built once and shared; read-only.
 * Use {@link buildProgressionGraph} on stored rows when the storage holds custom movements or edges.
 *
 * @example
 * ```ts
 * const graph = catalogProgressionGraph();
 * graph.movementsBySlug.get('pull_up')?.id; // 'mov_pull_up'
 * ```
 */
export function catalogProgressionGraph(): ProgressionGraph {
  if (cached === undefined) {
    const seed = buildCatalogSeed();
    cached = buildProgressionGraph(seed.movementProgressions, seed.movements.map((movement) => ({
      id: movement.id,
      slug: movement.slug,
      name: movement.name,
      pattern: movement.pattern,
      equipment: movement.equipment,
    })));
  }
  return cached;
}
