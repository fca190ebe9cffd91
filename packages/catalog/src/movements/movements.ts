import { BARBELL_MOVEMENTS } from './barbell-movements.js';
import { BODYWEIGHT_MOVEMENTS } from './bodyweight-movements.js';
import { CABLE_MOVEMENTS } from './cable-movements.js';
import { CARRY_AND_SLED_MOVEMENTS } from './carry-and-sled-movements.js';
import { CONDITIONING_MOVEMENTS } from './conditioning-movements.js';
import { CORE_MOVEMENTS } from './core-movements.js';
import { DUMBBELL_MOVEMENTS } from './dumbbell-movements.js';
import { GYMNASTICS_MOVEMENTS } from './gymnastics-movements.js';
import { KETTLEBELL_MOVEMENTS } from './kettlebell-movements.js';
import { MACHINE_MOVEMENTS } from './machine-movements.js';
import type { MovementDefinition } from './movement-definition.js';
import { OLYMPIC_LIFT_MOVEMENTS } from './olympic-lift-movements.js';

/**
 * Every movement of the catalog, family by family (barbell, Olympic lifts, dumbbell, kettlebell, machine, cable,
 * bodyweight, core, gymnastics, carries and sled, conditioning).
 *
 * @example
 * ```ts
 * MOVEMENTS.length >= 150; // true
 * MOVEMENTS.filter((movement) => movement.equipment === 'kettlebell').map((movement) => movement.slug);
 * ```
 */
export const MOVEMENTS: readonly MovementDefinition[] = [
  ...BARBELL_MOVEMENTS,
  ...OLYMPIC_LIFT_MOVEMENTS,
  ...DUMBBELL_MOVEMENTS,
  ...KETTLEBELL_MOVEMENTS,
  ...MACHINE_MOVEMENTS,
  ...CABLE_MOVEMENTS,
  ...BODYWEIGHT_MOVEMENTS,
  ...CORE_MOVEMENTS,
  ...GYMNASTICS_MOVEMENTS,
  ...CARRY_AND_SLED_MOVEMENTS,
  ...CONDITIONING_MOVEMENTS,
];
