import type {
  ActivityDefinitionInsert,
  ActivityMuscleMapInsert,
  DisciplineInsert,
  MovementInsert,
  MovementMuscleMapInsert,
  MovementProgressionInsert,
  MuscleInsert,
} from '@trainkit/core';

/**
 * The catalog as plain table rows, ready for storage to upsert: each array holds rows of one table, with the column
 * names of `@trainkit/core`'s table schemas and deterministic ids (see {@link catalogId}).
 *
 * @example
 * ```ts
 * const seed: CatalogSeed = buildCatalogSeed();
 * seed.movements.length; // >= 150
 * ```
 */
export interface CatalogSeed {
  /** {@link CATALOG_VERSION} of the data the rows were built from. */
  readonly catalogVersion: string;
  /** `muscles` rows. */
  readonly muscles: readonly MuscleInsert[];
  /** `disciplines` rows. */
  readonly disciplines: readonly DisciplineInsert[];
  /** `movements` rows. */
  readonly movements: readonly MovementInsert[];
  /** `movement_muscle_map` rows. */
  readonly movementMuscleMap: readonly MovementMuscleMapInsert[];
  /** `activity_definitions` rows. */
  readonly activityDefinitions: readonly ActivityDefinitionInsert[];
  /** `activity_muscle_map` rows. */
  readonly activityMuscleMap: readonly ActivityMuscleMapInsert[];
  /** `movement_progressions` rows. */
  readonly movementProgressions: readonly MovementProgressionInsert[];
}
