import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Floor core movements: planks, hollow holds, dead bugs, bird dogs, sit-ups, crunches, V-ups, twists, the superman and
 * the ab wheel. Hanging core work (knee raises, toes-to-bar, L-sits) is in {@link GYMNASTICS_MOVEMENTS}.
 *
 * @example
 * ```ts
 * CORE_MOVEMENTS.every((movement) => movement.muscles.length > 0); // true
 * ```
 */
export const CORE_MOVEMENTS: readonly MovementDefinition[] = [
  m('plank', 'Plank', ['core_anti_extension', 'bodyweight', 'isolation'], [
    ['abdominals', 'primary', 0.7], ['obliques', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.3],
    ['quadriceps', 'stabilizer', 0.2], ['hip_flexors', 'stabilizer', 0.2],
  ]),
  m('side_plank', 'Side plank', ['core_anti_extension', 'bodyweight', 'isolation', 'unilateral'], [
    ['obliques', 'primary', 0.8], ['abductors', 'secondary', 0.5], ['abdominals', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.4],
  ]),
  m('hollow_body_hold', 'Hollow body hold', ['core_anti_extension', 'bodyweight', 'isolation'], [
    ['abdominals', 'primary', 0.9], ['hip_flexors', 'secondary', 0.5], ['obliques', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.2],
  ]),
  m('dead_bug', 'Dead bug', ['core_anti_extension', 'bodyweight', 'isolation'], [
    ['abdominals', 'primary', 0.6], ['obliques', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4],
  ]),
  m('bird_dog', 'Bird dog', ['core_anti_extension', 'bodyweight', 'isolation', 'unilateral'], [
    ['lower_back', 'primary', 0.5], ['glutes', 'secondary', 0.5], ['abdominals', 'secondary', 0.4], ['obliques', 'stabilizer', 0.3],
    ['shoulders', 'stabilizer', 0.3],
  ]),
  m('ab_wheel_rollout', 'Ab wheel rollout', ['core_anti_extension', 'other', 'compound'], [
    ['abdominals', 'primary', 1], ['lats', 'secondary', 0.6], ['obliques', 'secondary', 0.5], ['shoulders', 'secondary', 0.4],
    ['hip_flexors', 'stabilizer', 0.3], ['triceps', 'stabilizer', 0.2],
  ]),
  m('crunch', 'Crunch', ['core_flexion', 'bodyweight', 'isolation'], [
    ['abdominals', 'primary', 0.9], ['obliques', 'secondary', 0.4],
  ]),
  m('sit_up', 'Sit-up', ['core_flexion', 'bodyweight', 'compound'], [
    ['abdominals', 'primary', 0.8], ['hip_flexors', 'primary', 0.7], ['obliques', 'secondary', 0.4],
  ]),
  m('v_up', 'V-up', ['core_flexion', 'bodyweight', 'compound'], [
    ['abdominals', 'primary', 1], ['hip_flexors', 'primary', 0.8], ['obliques', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.2],
  ]),
  m('russian_twist', 'Russian twist', ['core_rotation', 'bodyweight', 'isolation'], [
    ['obliques', 'primary', 0.9], ['abdominals', 'secondary', 0.6], ['hip_flexors', 'stabilizer', 0.4],
  ]),
  m('superman', 'Superman', ['hinge', 'bodyweight', 'isolation'], [
    ['lower_back', 'primary', 0.7], ['glutes', 'secondary', 0.5], ['hamstrings', 'stabilizer', 0.3], ['middle_back', 'stabilizer', 0.3],
  ]),
];
