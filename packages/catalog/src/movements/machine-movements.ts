import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Machine movements: leg press and squat machines, leg extension and curls, calf raises, hip adduction and abduction,
 * chest, shoulder and row machines, back extensions, the glute-ham developer (GHD) and the reverse hyper.
 *
 * @example
 * ```ts
 * MACHINE_MOVEMENTS.find((movement) => movement.slug === 'leg_extension')?.mechanic; // 'isolation'
 * ```
 */
export const MACHINE_MOVEMENTS: readonly MovementDefinition[] = [
  m('leg_press', 'Leg press', ['squat', 'machine', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['hamstrings', 'stabilizer', 0.3],
    ['calves', 'stabilizer', 0.2],
  ]),
  m('hack_squat', 'Hack squat', ['squat', 'machine', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.6], ['adductors', 'secondary', 0.4], ['calves', 'stabilizer', 0.2],
  ]),
  m('smith_machine_squat', 'Smith machine squat', ['squat', 'machine', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.4], ['hamstrings', 'stabilizer', 0.3],
    ['lower_back', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('belt_squat', 'Belt squat', ['squat', 'machine', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['adductors', 'secondary', 0.6], ['hamstrings', 'stabilizer', 0.3],
  ]),
  m('leg_extension', 'Leg extension', ['knee_extension', 'machine', 'isolation'], [
    ['quadriceps', 'primary', 1],
  ]),
  m('lying_leg_curl', 'Lying leg curl', ['knee_flexion', 'machine', 'isolation'], [
    ['hamstrings', 'primary', 1], ['calves', 'secondary', 0.4],
  ]),
  m('seated_leg_curl', 'Seated leg curl', ['knee_flexion', 'machine', 'isolation'], [
    ['hamstrings', 'primary', 1], ['calves', 'secondary', 0.3],
  ]),
  m('standing_calf_raise', 'Standing calf raise', ['calf_raise', 'machine', 'isolation'], [
    ['calves', 'primary', 1], ['tibialis', 'stabilizer', 0.2],
  ]),
  m('seated_calf_raise', 'Seated calf raise', ['calf_raise', 'machine', 'isolation'], [
    ['calves', 'primary', 1],
  ]),
  m('hip_adduction_machine', 'Hip adduction machine', ['hip_adduction', 'machine', 'isolation'], [
    ['adductors', 'primary', 1],
  ]),
  m('hip_abduction_machine', 'Hip abduction machine', ['hip_abduction', 'machine', 'isolation'], [
    ['abductors', 'primary', 1], ['glutes', 'secondary', 0.5],
  ]),
  m('chest_press_machine', 'Machine chest press', ['horizontal_push', 'machine', 'compound'], [
    ['chest', 'primary', 1], ['triceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
  ]),
  m('pec_deck', 'Pec deck', ['horizontal_push', 'machine', 'isolation'], [
    ['chest', 'primary', 1], ['shoulders', 'secondary', 0.4],
  ]),
  m('reverse_pec_deck', 'Reverse pec deck', ['shoulder_isolation', 'machine', 'isolation'], [
    ['shoulders', 'primary', 0.9], ['middle_back', 'primary', 0.7], ['traps', 'secondary', 0.4],
  ]),
  m('machine_shoulder_press', 'Machine shoulder press', ['vertical_push', 'machine', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.7], ['traps', 'secondary', 0.3],
  ]),
  m('machine_row', 'Machine row', ['horizontal_pull', 'machine', 'compound'], [
    ['middle_back', 'primary', 0.9], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.4],
  ]),
  m('assisted_pull_up_machine', 'Assisted pull-up machine', ['vertical_pull', 'machine', 'compound'], [
    ['lats', 'primary', 0.9], ['biceps', 'secondary', 0.6], ['middle_back', 'secondary', 0.5], ['forearms', 'stabilizer', 0.4],
    ['shoulders', 'stabilizer', 0.3],
  ]),
  m('machine_preacher_curl', 'Machine preacher curl', ['elbow_flexion', 'machine', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.3],
  ]),
  m('glute_ham_raise', 'Glute-ham raise', ['knee_flexion', 'machine', 'compound'], [
    ['hamstrings', 'primary', 1], ['glutes', 'secondary', 0.6], ['calves', 'secondary', 0.4], ['lower_back', 'stabilizer', 0.4],
  ]),
  m('back_extension', 'Back extension', ['hinge', 'machine', 'compound'], [
    ['lower_back', 'primary', 0.8], ['glutes', 'primary', 0.8], ['hamstrings', 'secondary', 0.7],
  ]),
  m('reverse_hyperextension', 'Reverse hyperextension', ['hinge', 'machine', 'isolation'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'secondary', 0.6], ['lower_back', 'secondary', 0.6],
  ]),
  m('ghd_sit_up', 'GHD sit-up', ['core_flexion', 'machine', 'compound'], [
    ['hip_flexors', 'primary', 1], ['abdominals', 'primary', 0.9], ['obliques', 'secondary', 0.4], ['quadriceps', 'secondary', 0.4],
  ]),
];
