import { ACTIVITY_DEFINITIONS, MOVEMENTS } from '@trainkit/catalog';
import type { MuscleMaps } from '@trainkit/fatigue';

let cached: MuscleMaps | undefined;

/**
 * The fatigue engine's muscle maps, built from the catalog: every movement by slug (its mechanic, pattern and muscles
 * with role and magnitude, so the engine derives the systemic class), and every activity by slug (its muscles with
 * role and magnitude; an empty list for passive activities such as `sauna`). Muscles are catalog muscle slugs
 * (`quadriceps`, `middle_back`), the names the engine and its heuristics config use.
 *
 * The object is built once and reused, so the engine hashes it once (`muscle_maps_sha256` in every report).
 *
 * @returns The maps for `computeFatigue({ muscleMaps })`; the same frozen object on every call.
 *
 * @example
 * ```ts
 * const maps = catalogMuscleMaps();
 * maps.movements.back_squat?.muscles[0]; // { muscle: 'quadriceps', role: 'primary', magnitude: 1 }
 * maps.activities?.running?.muscles.length; // 7
 * ```
 */
export function catalogMuscleMaps(): MuscleMaps {
  cached ??= Object.freeze({
    movements: Object.fromEntries(
      MOVEMENTS.map((movement) => [
        movement.slug,
        {
          mechanic: movement.mechanic,
          pattern: movement.pattern,
          muscles: movement.muscles.map(({ muscle, role, magnitude }) => ({ muscle, role, magnitude })),
        },
      ]),
    ),
    activities: Object.fromEntries(
      ACTIVITY_DEFINITIONS.map((activity) => [
        activity.slug,
        { muscles: activity.muscles.map(({ muscle, role, magnitude }) => ({ muscle, role, magnitude })) },
      ]),
    ),
  });
  return cached;
}
