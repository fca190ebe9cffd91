import { ACTIVITY_DEFINITIONS, CATALOG_VERSION } from '@trainkit/catalog';
import type { ActivityCategory } from '@trainkit/core';
import {
  DEFAULT_HEURISTICS_CONFIG,
  resolveHeuristicsConfig,
  type ActivityHeuristics,
  type HeuristicsConfig,
  type HeuristicsConfigOverride,
} from '@trainkit/fatigue';

/**
 * Hard-set equivalents per 100 LU that {@link catalogHeuristicsConfig} gives a catalog activity the engine's config
 * does not list, by category: the dose its activity muscle map spreads over the muscles when no sets are logged.
 * Heuristic [H], anchored on the engine's own activities (running 6, cycling 4, hiking 4, tennis 4, climbing 8):
 * cardio between running and cycling, sport and hobby like tennis and hiking, strength (a whole session without
 * logged sets) like running, mobility light, passive recovery none.
 *
 * @example
 * ```ts
 * CATALOG_HSE_PER_100_LU_BY_CATEGORY.cardio; // 5
 * ```
 */
export const CATALOG_HSE_PER_100_LU_BY_CATEGORY = {
  strength: 6,
  cardio: 5,
  mobility: 1,
  sport: 4,
  hobby: 4,
  recovery: 0,
  other: 2,
} as const satisfies Record<ActivityCategory, number>;

function heavyCompoundRatio(base: HeuristicsConfig): number {
  const lifting = base.activities.lifting;
  if (lifting?.heavy_compound_cns_factor === undefined || !(lifting.cns_factor > 0)) return 1;
  return lifting.heavy_compound_cns_factor / lifting.cns_factor;
}

/** What the catalog adds for one activity: only keys the base config does not set. */
function catalogActivityOverride(
  activity: (typeof ACTIVITY_DEFINITIONS)[number],
  configured: ActivityHeuristics | undefined,
  ratio: number,
): Partial<ActivityHeuristics> {
  const met = activity.met !== null && activity.met.value >= 0.5 ? activity.met.value : undefined;
  if (configured !== undefined) {
    // The engine's own entry wins; the catalog only fills what it leaves open.
    return {
      ...(configured.category === undefined ? { category: activity.category } : {}),
      ...(configured.met === undefined && met !== undefined ? { met } : {}),
    };
  }
  return {
    category: activity.category,
    systemic_weight: 1,
    cns_factor: activity.cnsImpact,
    ...(activity.category === 'strength' ? { heavy_compound_cns_factor: Math.min(10, activity.cnsImpact * ratio) } : {}),
    hse_per_100_lu: CATALOG_HSE_PER_100_LU_BY_CATEGORY[activity.category],
    ...(met !== undefined ? { met } : {}),
  };
}

/**
 * The heuristics config the facade uses by default: the engine's config (`base`, default
 * `DEFAULT_HEURISTICS_CONFIG`) with an `activities` entry for every catalog activity, so that every activity a user
 * can log has a category, a CNS factor, a MET value and a muscle dose, not the engine's unknown-activity fallback.
 *
 * Rules: the catalog never overrides what `base` sets, it only fills gaps. An activity `base` already lists keeps its
 * entry and only gains `category` and `met` when missing. Every other catalog activity gets its catalog `category`,
 * `cns_factor` = the catalog's `cnsImpact` (the same 0..1 scale: running 0.9, hiking 0.4, climbing 1.0 in both),
 * `systemic_weight` 1, the Compendium `met`, `hse_per_100_lu` from {@link CATALOG_HSE_PER_100_LU_BY_CATEGORY}, and,
 * for strength activities, a `heavy_compound_cns_factor` raised by the same ratio as the engine's `lifting` (1.2/1.0).
 * The result keeps `base.id` and tags the version with the catalog as build metadata
 * (`0.1.0+catalog.1.1.0`), so its sha256 and version in every report say which catalog shaped it.
 *
 * @param base - The engine config to extend (default `DEFAULT_HEURISTICS_CONFIG`).
 * @returns A validated, frozen, hashed config.
 * @throws {ConfigError} When `base` is not a valid config.
 *
 * @example
 * ```ts
 * const config = catalogHeuristicsConfig();
 * config.version; // '0.1.0+catalog.1.1.0'
 * config.activities.swimming?.cns_factor; // the catalog's cnsImpact for swimming
 * ```
 */
export function catalogHeuristicsConfig(base: HeuristicsConfig = DEFAULT_HEURISTICS_CONFIG): HeuristicsConfig {
  const ratio = heavyCompoundRatio(base);
  const activities: Record<string, Partial<ActivityHeuristics>> = {};
  for (const activity of ACTIVITY_DEFINITIONS) {
    const configured = Object.hasOwn(base.activities, activity.slug) ? base.activities[activity.slug] : undefined;
    const override = catalogActivityOverride(activity, configured, ratio);
    if (Object.keys(override).length > 0) activities[activity.slug] = override;
  }
  const version = `${base.version}${base.version.includes('+') ? '.' : '+'}catalog.${CATALOG_VERSION}`;
  return resolveHeuristicsConfig(base, { version, activities } as HeuristicsConfigOverride);
}
