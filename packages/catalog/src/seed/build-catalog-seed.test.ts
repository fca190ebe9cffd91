import {
  ActivityDefinitionInsertSchema,
  ActivityMuscleMapInsertSchema,
  DisciplineInsertSchema,
  MovementInsertSchema,
  MovementMuscleMapInsertSchema,
  MovementProgressionInsertSchema,
  MuscleInsertSchema,
} from '@trainkit/core';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../activities/activity-definitions.js';
import { CATALOG_ID_PREFIXES, catalogId } from '../catalog-id.js';
import { CATALOG_VERSION } from '../catalog-version.js';
import { DISCIPLINES } from '../disciplines/disciplines.js';
import { MOVEMENTS } from '../movements/movements.js';
import { MUSCLES } from '../muscles/muscles.js';
import { MOVEMENT_PROGRESSIONS } from '../progressions/movement-progressions.js';
import { buildCatalogSeed } from './build-catalog-seed.js';

const seed = buildCatalogSeed();

function expectRowsParse(schema: z.ZodType, rows: readonly unknown[], table: string): void {
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    expect(parsed.success, `${table} ${JSON.stringify(row)}: ${parsed.error?.message ?? ''}`).toBe(true);
    // The insert schemas fill defaults; a complete seed row comes back unchanged.
    expect(parsed.data, table).toEqual(row);
  }
}

function ids(rows: readonly { id: string }[]): Set<string> {
  return new Set(rows.map((row) => row.id));
}

describe('buildCatalogSeed', () => {
  it('conforms every row to the core table schemas', () => {
    expectRowsParse(MuscleInsertSchema, seed.muscles, 'muscles');
    expectRowsParse(DisciplineInsertSchema, seed.disciplines, 'disciplines');
    expectRowsParse(MovementInsertSchema, seed.movements, 'movements');
    expectRowsParse(MovementMuscleMapInsertSchema, seed.movementMuscleMap, 'movement_muscle_map');
    expectRowsParse(ActivityDefinitionInsertSchema, seed.activityDefinitions, 'activity_definitions');
    expectRowsParse(ActivityMuscleMapInsertSchema, seed.activityMuscleMap, 'activity_muscle_map');
    expectRowsParse(MovementProgressionInsertSchema, seed.movementProgressions, 'movement_progressions');
  });

  it('has one row per catalog entry, with unique ids', () => {
    expect(seed.catalogVersion).toBe(CATALOG_VERSION);
    expect(ids(seed.muscles).size).toBe(MUSCLES.length);
    expect(ids(seed.disciplines).size).toBe(DISCIPLINES.length);
    expect(ids(seed.movements).size).toBe(MOVEMENTS.length);
    expect(ids(seed.activityDefinitions).size).toBe(ACTIVITY_DEFINITIONS.length);
    expect(ids(seed.movementProgressions).size).toBe(MOVEMENT_PROGRESSIONS.length);
    expect(seed.movementMuscleMap).toHaveLength(MOVEMENTS.reduce((total, movement) => total + movement.muscles.length, 0));
    expect(seed.activityMuscleMap).toHaveLength(ACTIVITY_DEFINITIONS.reduce((total, activity) => total + activity.muscles.length, 0));
  });

  it('derives ids from slugs with one prefix per table', () => {
    expect(seed.muscles.map((row) => row.id)).toContain('mus_quadriceps');
    expect(seed.movements.find((row) => row.slug === 'back_squat')?.id).toBe('mov_back_squat');
    expect(seed.activityDefinitions.find((row) => row.slug === 'running')?.id).toBe('act_running');
    expect(seed.disciplines.find((row) => row.slug === 'crossfit')?.id).toBe('dis_crossfit');
    expect(seed.movementProgressions.map((row) => row.id)).toContain('mpr_push_up__diamond_push_up');
    for (const row of seed.movements) expect(row.id).toBe(`${CATALOG_ID_PREFIXES.movement}${row.slug}`);
    for (const row of seed.activityDefinitions) expect(row.id).toBe(`${CATALOG_ID_PREFIXES.activityDefinition}${row.slug}`);
    expect(catalogId('movementProgression', 'a', 'b')).toBe('mpr_a__b');
  });

  it('points every foreign key at a seeded row', () => {
    const muscleIds = ids(seed.muscles);
    const movementIds = ids(seed.movements);
    const activityIds = ids(seed.activityDefinitions);
    const disciplineIds = ids(seed.disciplines);
    for (const row of seed.movementMuscleMap) {
      expect(movementIds.has(row.movement_id)).toBe(true);
      expect(muscleIds.has(row.muscle_id)).toBe(true);
    }
    for (const row of seed.activityMuscleMap) {
      expect(activityIds.has(row.activity_definition_id)).toBe(true);
      expect(muscleIds.has(row.muscle_id)).toBe(true);
    }
    for (const row of seed.activityDefinitions) if (row.discipline_id != null) expect(disciplineIds.has(row.discipline_id)).toBe(true);
    for (const row of seed.movementProgressions) {
      expect(movementIds.has(row.source_movement_id)).toBe(true);
      expect(movementIds.has(row.target_movement_id)).toBe(true);
    }
  });

  it('keeps map primary keys unique', () => {
    const movementKeys = seed.movementMuscleMap.map((row) => `${row.movement_id}|${row.muscle_id}`);
    expect(new Set(movementKeys).size).toBe(movementKeys.length);
    const activityKeys = seed.activityMuscleMap.map((row) => `${row.activity_definition_id}|${row.muscle_id}`);
    expect(new Set(activityKeys).size).toBe(activityKeys.length);
  });

  it('carries the catalog values into the columns', () => {
    expect(seed.movementMuscleMap).toContainEqual({ movement_id: 'mov_back_squat', muscle_id: 'mus_quadriceps', role: 'primary', magnitude: 1 });
    expect(seed.movements.find((row) => row.id === 'mov_pistol_squat')?.is_unilateral).toBe(true);
    const running = seed.activityDefinitions.find((row) => row.id === 'act_running');
    expect(running).toMatchObject({ category: 'cardio', discipline_id: 'dis_running', default_metric_type: 'distance', met_value: 8 });
    expect(seed.activityDefinitions.find((row) => row.id === 'act_crossfit')?.default_equipment_tags).toEqual(['barbell', 'pull_up_bar', 'rower', 'kettlebell']);
    for (const row of seed.activityMuscleMap.filter((candidate) => candidate.activity_definition_id === 'act_climbing')) expect(row.cns_impact).toBe(1);
  });

  it('keeps the detail of every activity: role per muscle, CNS impact, MET source and all equipment tags', () => {
    const running = seed.activityDefinitions.find((row) => row.id === 'act_running');
    expect(running).toMatchObject({ met_value: 8, met_compendium_code: '12150', met_compendium_edition: '2011', cns_impact: 0.9, default_equipment_tags: ['running_shoes'] });
    const sauna = seed.activityDefinitions.find((row) => row.id === 'act_sauna');
    expect(sauna).toMatchObject({ met_value: null, met_compendium_code: null, met_compendium_edition: null, cns_impact: 0 });
    expect(seed.activityMuscleMap.some((row) => row.activity_definition_id === 'act_sauna')).toBe(false);
    expect(seed.activityDefinitions.find((row) => row.id === 'act_bouldering')).toMatchObject({
      met_compendium_code: '15534',
      met_compendium_edition: '2024',
      default_equipment_tags: ['climbing_shoes', 'crash_pad'],
    });
    expect(seed.activityMuscleMap).toContainEqual({ activity_definition_id: 'act_running', muscle_id: 'mus_hamstrings', role: 'secondary', magnitude: 0.7, cns_impact: 0.9 });
    expect(seed.activityMuscleMap).toContainEqual({ activity_definition_id: 'act_running', muscle_id: 'mus_abdominals', role: 'stabilizer', magnitude: 0.3, cns_impact: 0.9 });
    for (const activity of ACTIVITY_DEFINITIONS) {
      const row = seed.activityDefinitions.find((candidate) => candidate.slug === activity.slug)!;
      expect(row.cns_impact, activity.slug).toBe(activity.cnsImpact);
      expect(row.default_equipment_tags, activity.slug).toEqual(activity.defaultEquipmentTags);
      expect(row.met_compendium_code ?? null, activity.slug).toBe(activity.met?.compendiumCode ?? null);
      expect(row.met_compendium_edition ?? null, activity.slug).toBe(activity.met?.edition ?? null);
      const muscleRows = seed.activityMuscleMap.filter((candidate) => candidate.activity_definition_id === row.id);
      expect(muscleRows.map((muscleRow) => muscleRow.role), activity.slug).toEqual(activity.muscles.map((involvement) => involvement.role));
    }
    expect(seed.activityMuscleMap.some((row) => row.role === 'secondary')).toBe(true);
    expect(seed.activityMuscleMap.some((row) => row.role === 'stabilizer')).toBe(true);
  });

  it('is deterministic and survives a JSON round trip', () => {
    expect(buildCatalogSeed()).toEqual(seed);
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
  });
});
