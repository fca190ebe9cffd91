import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Loaded carries, sled work, strongman implements and medicine-ball throws (farmers carry, yoke, sled push and pull,
 * tire flip, sandbag, wall ball, slams).
 *
 * @example
 * ```ts
 * CARRY_AND_SLED_MOVEMENTS.filter((movement) => movement.pattern === 'carry').length; // 6
 * ```
 */
export const CARRY_AND_SLED_MOVEMENTS: readonly MovementDefinition[] = [
  m('farmers_carry', "Farmer's carry", ['carry', 'dumbbell', 'compound'], [
    ['forearms', 'primary', 1], ['traps', 'primary', 0.8], ['abdominals', 'secondary', 0.5], ['obliques', 'secondary', 0.5],
    ['lower_back', 'secondary', 0.5], ['glutes', 'secondary', 0.4], ['quadriceps', 'secondary', 0.4], ['calves', 'secondary', 0.4],
    ['middle_back', 'stabilizer', 0.4],
  ]),
  m('suitcase_carry', 'Suitcase carry', ['carry', 'kettlebell', 'compound', 'unilateral'], [
    ['obliques', 'primary', 0.9], ['forearms', 'primary', 0.9], ['traps', 'secondary', 0.6], ['abdominals', 'secondary', 0.5],
    ['abductors', 'secondary', 0.5], ['lower_back', 'secondary', 0.4], ['glutes', 'stabilizer', 0.3],
  ]),
  m('front_rack_carry', 'Front rack carry', ['carry', 'kettlebell', 'compound'], [
    ['abdominals', 'primary', 0.7], ['middle_back', 'secondary', 0.6], ['obliques', 'secondary', 0.5], ['shoulders', 'secondary', 0.5],
    ['forearms', 'secondary', 0.5], ['biceps', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.4],
  ]),
  m('overhead_carry', 'Overhead carry', ['carry', 'kettlebell', 'compound'], [
    ['shoulders', 'primary', 0.8], ['traps', 'secondary', 0.6], ['abdominals', 'secondary', 0.6], ['triceps', 'secondary', 0.5],
    ['obliques', 'secondary', 0.5], ['forearms', 'stabilizer', 0.4],
  ]),
  m('sandbag_carry', 'Sandbag bear-hug carry', ['carry', 'sandbag', 'compound'], [
    ['abdominals', 'primary', 0.6], ['biceps', 'secondary', 0.6], ['middle_back', 'secondary', 0.6], ['lower_back', 'secondary', 0.6],
    ['forearms', 'secondary', 0.6], ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4], ['traps', 'secondary', 0.4],
    ['shoulders', 'stabilizer', 0.3],
  ]),
  m('yoke_carry', 'Yoke carry', ['carry', 'other', 'compound'], [
    ['traps', 'primary', 0.8], ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.6], ['lower_back', 'secondary', 0.7],
    ['abdominals', 'secondary', 0.6], ['calves', 'secondary', 0.5], ['obliques', 'stabilizer', 0.4], ['middle_back', 'stabilizer', 0.4],
  ]),
  m('sled_push', 'Sled push', ['conditioning', 'sled', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.4],
    ['shoulders', 'secondary', 0.4], ['triceps', 'secondary', 0.4], ['chest', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.5],
  ]),
  m('sled_drag_backward', 'Backward sled drag', ['conditioning', 'sled', 'compound'], [
    ['quadriceps', 'primary', 1], ['calves', 'secondary', 0.5], ['glutes', 'secondary', 0.4], ['forearms', 'secondary', 0.4],
    ['tibialis', 'secondary', 0.3], ['middle_back', 'stabilizer', 0.3],
  ]),
  m('sled_rope_pull', 'Sled rope pull', ['horizontal_pull', 'sled', 'compound'], [
    ['forearms', 'primary', 0.8], ['lats', 'primary', 0.8], ['biceps', 'primary', 0.7], ['middle_back', 'secondary', 0.7],
    ['lower_back', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4], ['quadriceps', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('tire_flip', 'Tire flip', ['hinge', 'other', 'compound'], [
    ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.7], ['lower_back', 'secondary', 0.7], ['hamstrings', 'secondary', 0.6],
    ['shoulders', 'secondary', 0.5], ['triceps', 'secondary', 0.5], ['traps', 'secondary', 0.5], ['chest', 'secondary', 0.4],
    ['forearms', 'secondary', 0.4], ['biceps', 'stabilizer', 0.4],
  ]),
  m('sandbag_lunge', 'Sandbag lunge', ['lunge', 'sandbag', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5], ['middle_back', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
  ]),
  m('sandbag_over_shoulder', 'Sandbag over shoulder', ['hinge', 'sandbag', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.7], ['lower_back', 'primary', 0.7], ['quadriceps', 'secondary', 0.5],
    ['biceps', 'secondary', 0.5], ['middle_back', 'secondary', 0.5], ['traps', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
    ['abdominals', 'stabilizer', 0.5],
  ]),
  m('wall_ball', 'Wall ball shot', ['squat', 'medicine_ball', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.5],
    ['adductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
  ]),
  m('medicine_ball_slam', 'Medicine ball slam', ['core_flexion', 'medicine_ball', 'compound'], [
    ['lats', 'primary', 0.7], ['abdominals', 'primary', 0.7], ['shoulders', 'secondary', 0.5], ['triceps', 'secondary', 0.4],
    ['glutes', 'secondary', 0.4], ['hip_flexors', 'stabilizer', 0.3], ['quadriceps', 'stabilizer', 0.3],
  ]),
  m('medicine_ball_rotational_throw', 'Medicine ball rotational throw', ['core_rotation', 'medicine_ball', 'compound'], [
    ['obliques', 'primary', 0.9], ['abdominals', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['glutes', 'secondary', 0.5],
    ['chest', 'secondary', 0.3],
  ]),
];
