import { catalogId, getMovement } from '@trainkit/catalog';
import { ValidationError } from '@trainkit/core';

/**
 * A movement of the catalog as the CLI needs it.
 *
 * @example
 * ```ts
 * const squat: ResolvedMovement = resolveMovement('back_squat', '--movement');
 * squat.id; // 'mov_back_squat'
 * ```
 */
export interface ResolvedMovement {
  /** The catalog slug, e.g. `back_squat`. */
  readonly slug: string;
  /** `movements.id`, e.g. `mov_back_squat`. */
  readonly id: string;
  /** Display name, e.g. `Back squat`. */
  readonly name: string;
}

/**
 * Looks up a movement by slug (`back_squat`; dashes, spaces and case are forgiven: `Back-Squat`).
 *
 * @param slug - The value as typed.
 * @param option - The option it came from, named in the error.
 * @throws {ValidationError} When the catalog has no such movement.
 *
 * @example
 * ```ts
 * resolveMovement('bench press', '--movement').id; // 'mov_bench_press'
 * ```
 */
export function resolveMovement(slug: string, option: string): ResolvedMovement {
  const key = slug.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const definition = getMovement(key);
  if (!definition) {
    throw new ValidationError('command line', [
      { path: option, rule: 'not_found', message: `no movement '${slug}' in the catalog (e.g. back_squat, bench_press, pull_up)` },
    ]);
  }
  return { slug: definition.slug, id: catalogId('movement', definition.slug), name: definition.name };
}
