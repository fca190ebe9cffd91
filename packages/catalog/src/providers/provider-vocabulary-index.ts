import type { Provider } from '@trainkit/core';
import type { ActivitySlug } from '../activities/activity-slugs.js';
import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import { APPLE_WORKOUT_ACTIVITY_TYPES } from './apple-workout-activity-types.js';
import { GARMIN_ACTIVITY_MAP } from './garmin-activity-map.js';
import { OURA_ACTIVITY_MAP } from './oura-activity-map.js';
import { STRAVA_ACTIVITY_MAP } from './strava-activity-map.js';
import { WHOOP_SPORTS } from './whoop-sports.js';

/** A provider's vocabulary, indexed for lookup: normalized names and numeric ids to activity slugs. */
export interface ProviderVocabularyIndex {
  /** Normalized name (see `normalizeVocabularyKey`) to activity slug. */
  readonly names: ReadonlyMap<string, ActivitySlug>;
  /** Numeric id (WHOOP `sport_id`, Apple raw value) to activity slug. */
  readonly ids: ReadonlyMap<number, ActivitySlug>;
  /** Normalized names written twice with different activities (the catalog tests require none). */
  readonly conflicts: readonly string[];
}

/** The prefix Apple Health exports put before workout activity type names, normalized. */
export const APPLE_WORKOUT_TYPE_PREFIX = normalizeVocabularyKey('HKWorkoutActivityType');

/**
 * Indexes one vocabulary: names are normalized, the first writer of a key wins and later different values are
 * reported as conflicts.
 *
 * @example
 * ```ts
 * buildProviderVocabularyIndex([['Trail Run', 'trail_running']], []).names.get('trailrun'); // 'trail_running'
 * ```
 */
export function buildProviderVocabularyIndex(
  names: readonly (readonly [string, ActivitySlug])[],
  ids: readonly (readonly [number, ActivitySlug])[],
): ProviderVocabularyIndex {
  const nameIndex = new Map<string, ActivitySlug>();
  const conflicts: string[] = [];
  for (const [name, activity] of names) {
    const key = normalizeVocabularyKey(name);
    const existing = nameIndex.get(key);
    if (existing === undefined) nameIndex.set(key, activity);
    else if (existing !== activity) conflicts.push(key);
  }
  return { names: nameIndex, ids: new Map(ids), conflicts };
}

/** The indexed vocabularies of every provider. */
export const PROVIDER_VOCABULARY_INDEXES: Readonly<Record<Provider, ProviderVocabularyIndex>> = {
  strava: buildProviderVocabularyIndex(Object.entries(STRAVA_ACTIVITY_MAP), []),
  whoop: buildProviderVocabularyIndex(
    WHOOP_SPORTS.map((sport) => [sport.name, sport.activity] as const),
    WHOOP_SPORTS.map((sport) => [sport.id, sport.activity] as const),
  ),
  oura: buildProviderVocabularyIndex(Object.entries(OURA_ACTIVITY_MAP), []),
  garmin: buildProviderVocabularyIndex(Object.entries(GARMIN_ACTIVITY_MAP), []),
  apple_health: buildProviderVocabularyIndex(
    APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => [type.name, type.activity] as const),
    APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => [type.rawValue, type.activity] as const),
  ),
};
