import { ACTIVITY_DEFINITIONS } from '../activities/activity-definitions.js';
import { catalogId } from '../catalog-id.js';
import { CATALOG_VERSION } from '../catalog-version.js';
import { DISCIPLINES } from '../disciplines/disciplines.js';
import { MOVEMENTS } from '../movements/movements.js';
import { MUSCLES } from '../muscles/muscles.js';
import { MOVEMENT_PROGRESSIONS } from '../progressions/movement-progressions.js';
import type { CatalogSeed } from './catalog-seed.js';

/**
 * Builds the seed rows of every catalog table from the catalog data. Pure and deterministic: the same catalog version
 * always yields the same rows in the same order, with ids derived from slugs (`mus_quadriceps`, `mov_back_squat`,
 * `act_running`, `dis_crossfit`, `mpr_push_up__diamond_push_up`), so storage can upsert them on every start.
 *
 * Columns the catalog has no data for are `null` (`description` of movements and activity definitions). An activity's
 * `cnsImpact` is its `cns_impact` and is repeated on each of its `activity_muscle_map` rows; its MET's Compendium
 * code and edition are `met_compendium_code` / `met_compendium_edition` (null with the MET); `default_equipment_tags`
 * holds all its equipment tags (`bicycle`, `racket`, ... as well as `EQUIPMENT` values); each muscle row keeps its role.
 *
 * @example
 * ```ts
 * const seed = buildCatalogSeed();
 * seed.muscles.find((row) => row.id === 'mus_quadriceps'); // { id: 'mus_quadriceps', name: 'Quadriceps', region: 'lower_anterior' }
 * ```
 */
export function buildCatalogSeed(): CatalogSeed {
  return {
    catalogVersion: CATALOG_VERSION,
    muscles: MUSCLES.map((muscle) => ({ id: catalogId('muscle', muscle.slug), name: muscle.name, region: muscle.region })),
    disciplines: DISCIPLINES.map((discipline) => ({
      id: catalogId('discipline', discipline.slug),
      slug: discipline.slug,
      name: discipline.name,
      description: discipline.description,
    })),
    movements: MOVEMENTS.map((movement) => ({
      id: catalogId('movement', movement.slug),
      slug: movement.slug,
      name: movement.name,
      pattern: movement.pattern,
      equipment: movement.equipment,
      mechanic: movement.mechanic,
      is_unilateral: movement.unilateral,
      description: null,
    })),
    movementMuscleMap: MOVEMENTS.flatMap((movement) =>
      movement.muscles.map((involvement) => ({
        movement_id: catalogId('movement', movement.slug),
        muscle_id: catalogId('muscle', involvement.muscle),
        role: involvement.role,
        magnitude: involvement.magnitude,
      })),
    ),
    activityDefinitions: ACTIVITY_DEFINITIONS.map((activity) => ({
      id: catalogId('activityDefinition', activity.slug),
      slug: activity.slug,
      name: activity.name,
      category: activity.category,
      discipline_id: activity.discipline === null ? null : catalogId('discipline', activity.discipline),
      default_metric_type: activity.defaultMetricType,
      default_equipment_tags: [...activity.defaultEquipmentTags],
      met_value: activity.met === null ? null : activity.met.value,
      met_compendium_code: activity.met === null ? null : activity.met.compendiumCode,
      met_compendium_edition: activity.met === null ? null : activity.met.edition,
      cns_impact: activity.cnsImpact,
      description: null,
    })),
    activityMuscleMap: ACTIVITY_DEFINITIONS.flatMap((activity) =>
      activity.muscles.map((involvement) => ({
        activity_definition_id: catalogId('activityDefinition', activity.slug),
        muscle_id: catalogId('muscle', involvement.muscle),
        role: involvement.role,
        magnitude: involvement.magnitude,
        cns_impact: activity.cnsImpact,
      })),
    ),
    movementProgressions: MOVEMENT_PROGRESSIONS.map((edge) => ({
      id: catalogId('movementProgression', edge.source, edge.target),
      source_movement_id: catalogId('movement', edge.source),
      target_movement_id: catalogId('movement', edge.target),
      relationship_type: edge.relationshipType,
      difficulty_delta: edge.difficultyDelta,
      notes: edge.notes,
    })),
  };
}
