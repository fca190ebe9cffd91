/**
 * `@trainkit/catalog`: versioned reference data and pure lookups — muscle groups, movements with their muscle maps,
 * the movement progression graph, activity definitions with MET values and muscle maps, disciplines, provider sport
 * vocabularies (Strava, WHOOP, Oura, Garmin, FIT sports, Apple Health) mapped to activity definitions, FIT strength
 * exercises mapped to movements, and the seed rows storage upserts.
 *
 * @packageDocumentation
 */
export * from './catalog-version.js';
export * from './catalog-id.js';
export * from './normalize-vocabulary-key.js';

export * from './muscles/muscle-slugs.js';
export * from './muscles/muscle-definition.js';
export * from './muscles/muscles.js';
export * from './muscles/muscle-aliases.js';
export * from './muscles/muscle-involvement.js';
export * from './muscles/sort-involvements.js';
export * from './muscles/get-muscle.js';
export * from './muscles/require-muscle.js';
export * from './muscles/find-muscle.js';

export * from './disciplines/discipline-slugs.js';
export * from './disciplines/discipline-definition.js';
export * from './disciplines/disciplines.js';
export * from './disciplines/get-discipline.js';
export * from './disciplines/require-discipline.js';

export * from './movements/movement-definition.js';
export * from './movements/barbell-movements.js';
export * from './movements/olympic-lift-movements.js';
export * from './movements/dumbbell-movements.js';
export * from './movements/kettlebell-movements.js';
export * from './movements/machine-movements.js';
export * from './movements/cable-movements.js';
export * from './movements/bodyweight-movements.js';
export * from './movements/core-movements.js';
export * from './movements/gymnastics-movements.js';
export * from './movements/carry-and-sled-movements.js';
export * from './movements/conditioning-movements.js';
export * from './movements/movements.js';
export * from './movements/get-movement.js';
export * from './movements/require-movement.js';
export * from './movements/muscles-for-movement.js';
export * from './movements/movements-for-muscle.js';

export * from './progressions/movement-progression-definition.js';
export * from './progressions/movement-progression-ladders.js';
export * from './progressions/movement-progressions.js';
export * from './progressions/movement-progressions-from.js';

export * from './activities/activity-slugs.js';
export * from './activities/activity-met.js';
export * from './activities/activity-definition.js';
export * from './activities/endurance-activities.js';
export * from './activities/gym-activities.js';
export * from './activities/mind-body-and-recovery-activities.js';
export * from './activities/outdoor-activities.js';
export * from './activities/winter-and-board-activities.js';
export * from './activities/water-activities.js';
export * from './activities/racket-sport-activities.js';
export * from './activities/team-sport-activities.js';
export * from './activities/combat-sport-activities.js';
export * from './activities/leisure-activities.js';
export * from './activities/other-activity.js';
export * from './activities/activity-definitions.js';
export * from './activities/get-activity-definition.js';
export * from './activities/require-activity-definition.js';
export * from './activities/muscles-for-activity.js';
export * from './activities/activities-for-discipline.js';

export * from './providers/strava-sport-types.js';
export * from './providers/strava-activity-map.js';
export * from './providers/whoop-sports.js';
export * from './providers/oura-activity-map.js';
export * from './providers/garmin-activity-map.js';
export * from './providers/fit-sport-map.js';
export * from './providers/fit-exercise-category-map.js';
export * from './providers/apple-workout-activity-types.js';
export * from './providers/map-provider-activity-type.js';

export * from './seed/catalog-seed.js';
export * from './seed/build-catalog-seed.js';
