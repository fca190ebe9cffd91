import { EQUIPMENT, MOVEMENT_PATTERNS, NotFoundError, type MovementPattern, type MuscleRole } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import type { MuscleSlug } from '../muscles/muscle-slugs.js';
import { MUSCLES } from '../muscles/muscles.js';
import { BARBELL_MOVEMENTS } from './barbell-movements.js';
import { BODYWEIGHT_MOVEMENTS } from './bodyweight-movements.js';
import { CABLE_MOVEMENTS } from './cable-movements.js';
import { CARRY_AND_SLED_MOVEMENTS } from './carry-and-sled-movements.js';
import { CONDITIONING_MOVEMENTS } from './conditioning-movements.js';
import { CORE_MOVEMENTS } from './core-movements.js';
import { DUMBBELL_MOVEMENTS } from './dumbbell-movements.js';
import { getMovement } from './get-movement.js';
import { GYMNASTICS_MOVEMENTS } from './gymnastics-movements.js';
import { KETTLEBELL_MOVEMENTS } from './kettlebell-movements.js';
import { MACHINE_MOVEMENTS } from './machine-movements.js';
import { MovementDefinitionSchema, type MovementDefinition } from './movement-definition.js';
import { MOVEMENTS } from './movements.js';
import { movementsForMuscle } from './movements-for-muscle.js';
import { musclesForMovement } from './muscles-for-movement.js';
import { OLYMPIC_LIFT_MOVEMENTS } from './olympic-lift-movements.js';
import { requireMovement } from './require-movement.js';

const muscleSlugs = new Set<string>(MUSCLES.map((muscle) => muscle.slug));

function role(movement: MovementDefinition, muscle: MuscleSlug): MuscleRole | undefined {
  return movement.muscles.find((involvement) => involvement.muscle === muscle)?.role;
}

function primaries(movement: MovementDefinition): MuscleSlug[] {
  return movement.muscles.filter((involvement) => involvement.role === 'primary').map((involvement) => involvement.muscle);
}

/** Anatomical sanity: which muscles must lead (be primary in) each pattern, with the few justified exceptions. */
const PATTERN_PRIME_MOVERS: Partial<Record<MovementPattern, { any: MuscleSlug[]; except?: string[] }>> = {
  squat: { any: ['quadriceps'] },
  hinge: { any: ['glutes', 'hamstrings', 'lower_back'] },
  lunge: { any: ['quadriceps', 'glutes'] },
  horizontal_push: { any: ['chest', 'triceps', 'shoulders'] },
  vertical_push: { any: ['shoulders', 'triceps'] },
  horizontal_pull: { any: ['middle_back', 'lats'] },
  vertical_pull: { any: ['lats'], except: ['dead_hang'] },
  elbow_flexion: { any: ['biceps'] },
  elbow_extension: { any: ['triceps'] },
  knee_flexion: { any: ['hamstrings'] },
  knee_extension: { any: ['quadriceps'] },
  calf_raise: { any: ['calves'] },
  hip_abduction: { any: ['abductors'] },
  hip_adduction: { any: ['adductors'] },
  core_flexion: { any: ['abdominals', 'hip_flexors'] },
  core_anti_extension: { any: ['abdominals', 'obliques', 'lower_back'] },
  core_rotation: { any: ['obliques'] },
  shoulder_isolation: { any: ['shoulders'] },
  carry: { any: ['forearms', 'obliques', 'abdominals', 'shoulders', 'traps'] },
  olympic: { any: ['glutes', 'traps', 'shoulders', 'quadriceps'] },
  jump: { any: ['quadriceps', 'glutes', 'calves'] },
};

describe('movements', () => {
  it('has at least 150 movements with unique slugs', () => {
    expect(MOVEMENTS.length).toBeGreaterThanOrEqual(150);
    const slugs = MOVEMENTS.map((movement) => movement.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
  });

  it('is exactly the union of the family files', () => {
    const families = [
      BARBELL_MOVEMENTS, OLYMPIC_LIFT_MOVEMENTS, DUMBBELL_MOVEMENTS, KETTLEBELL_MOVEMENTS, MACHINE_MOVEMENTS, CABLE_MOVEMENTS,
      BODYWEIGHT_MOVEMENTS, CORE_MOVEMENTS, GYMNASTICS_MOVEMENTS, CARRY_AND_SLED_MOVEMENTS, CONDITIONING_MOVEMENTS,
    ];
    expect(families.reduce((total, family) => total + family.length, 0)).toBe(MOVEMENTS.length);
    expect(new Set(families.flat())).toEqual(new Set(MOVEMENTS));
  });

  it('parses every movement: valid pattern, equipment and mechanic, a primary muscle, magnitudes in 0..1, no muscle twice', () => {
    for (const movement of MOVEMENTS) {
      const parsed = MovementDefinitionSchema.safeParse(movement);
      expect(parsed.success, `${movement.slug}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(MOVEMENT_PATTERNS).toContain(movement.pattern);
      expect(EQUIPMENT).toContain(movement.equipment);
      expect(primaries(movement).length, movement.slug).toBeGreaterThanOrEqual(1);
      for (const involvement of movement.muscles) {
        expect(muscleSlugs.has(involvement.muscle), `${movement.slug} -> ${involvement.muscle}`).toBe(true);
        expect(involvement.magnitude).toBeGreaterThan(0);
        expect(involvement.magnitude).toBeLessThanOrEqual(1);
      }
    }
  });

  it('uses the implement its family file is named after', () => {
    const expectEquipment = (family: readonly MovementDefinition[], allowed: string[]): void => {
      for (const movement of family) expect(allowed, movement.slug).toContain(movement.equipment);
    };
    expectEquipment(BARBELL_MOVEMENTS, ['barbell', 'trap_bar', 'ez_bar']);
    expectEquipment(OLYMPIC_LIFT_MOVEMENTS, ['barbell']);
    expectEquipment(DUMBBELL_MOVEMENTS, ['dumbbell']);
    expectEquipment(KETTLEBELL_MOVEMENTS, ['kettlebell']);
    expectEquipment(MACHINE_MOVEMENTS, ['machine']);
    expectEquipment(CABLE_MOVEMENTS, ['cable']);
  });

  it('leads each pattern with the muscles that pattern trains', () => {
    for (const movement of MOVEMENTS) {
      const rule = PATTERN_PRIME_MOVERS[movement.pattern];
      if (rule === undefined || rule.except?.includes(movement.slug)) continue;
      expect(primaries(movement).some((muscle) => rule.any.includes(muscle)), `${movement.slug} (${movement.pattern})`).toBe(true);
    }
  });

  it('gives isolation movements at most two primary muscles', () => {
    for (const movement of MOVEMENTS.filter((candidate) => candidate.mechanic === 'isolation')) {
      expect(primaries(movement).length, movement.slug).toBeLessThanOrEqual(2);
    }
  });

  it('makes every muscle group the primary mover of some movement', () => {
    const trained = new Set(MOVEMENTS.flatMap(primaries));
    expect(MUSCLES.map((muscle) => muscle.slug).filter((slug) => !trained.has(slug))).toEqual([]);
  });

  it('maps the back squat the way anatomy texts do', () => {
    const squat = requireMovement('back_squat');
    expect(squat.muscles).toContainEqual({ muscle: 'quadriceps', role: 'primary', magnitude: 1 });
    expect(squat.muscles).toContainEqual({ muscle: 'glutes', role: 'primary', magnitude: 0.8 });
    expect(role(squat, 'adductors')).toBe('secondary');
    expect(role(squat, 'hamstrings')).toBe('stabilizer');
    expect(role(squat, 'lower_back')).toBe('stabilizer');
    expect(role(requireMovement('romanian_deadlift'), 'hamstrings')).toBe('primary');
    expect(role(requireMovement('pull_up'), 'lats')).toBe('primary');
    expect(role(requireMovement('bench_press'), 'chest')).toBe('primary');
  });

  it('flags one-sided movements as unilateral', () => {
    expect(requireMovement('pistol_squat').unilateral).toBe(true);
    expect(requireMovement('one_arm_dumbbell_row').unilateral).toBe(true);
    expect(requireMovement('back_squat').unilateral).toBe(false);
  });

  it('looks movements up without throwing, except in requireMovement', () => {
    expect(getMovement('thruster')?.pattern).toBe('squat');
    expect(getMovement('unknown_lift')).toBeUndefined();
    expect(() => requireMovement('unknown_lift')).toThrowError(NotFoundError);
    expect(musclesForMovement('unknown_lift')).toEqual([]);
  });

  it('orders a movement muscles by role, then magnitude', () => {
    expect(musclesForMovement('back_squat', ['primary']).map((involvement) => involvement.muscle)).toEqual(['quadriceps', 'glutes']);
    const all = musclesForMovement('conventional_deadlift');
    expect(all.map((involvement) => involvement.role)).toEqual([...all.map((involvement) => involvement.role)].sort((left, right) =>
      ['primary', 'secondary', 'stabilizer'].indexOf(left) - ['primary', 'secondary', 'stabilizer'].indexOf(right)));
    expect(all[0]).toEqual({ muscle: 'glutes', role: 'primary', magnitude: 0.9 });
  });

  it('finds the movements that train a muscle, strongest first', () => {
    const hamstrings = movementsForMuscle('hamstrings', { roles: ['primary'], minMagnitude: 0.9 });
    expect(hamstrings.map((movement) => movement.slug).slice(0, 4)).toEqual([
      'romanian_deadlift', 'stiff_leg_deadlift', 'dumbbell_romanian_deadlift', 'lying_leg_curl',
    ]);
    for (const movement of hamstrings) {
      const involvement = movement.muscles.find((candidate) => candidate.muscle === 'hamstrings');
      expect(involvement?.role).toBe('primary');
      expect(involvement?.magnitude).toBeGreaterThanOrEqual(0.9);
    }
    expect(movementsForMuscle('wings')).toEqual([]);
    expect(movementsForMuscle('neck').map((movement) => movement.slug)).toContain('neck_bridge');
  });
});
