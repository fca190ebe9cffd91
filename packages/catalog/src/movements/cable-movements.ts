import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Cable movements: pulldowns, rows, flyes, triceps and biceps work, face pulls, raises, pull-throughs, chops,
 * anti-rotation presses and crunches.
 *
 * @example
 * ```ts
 * CABLE_MOVEMENTS.find((movement) => movement.slug === 'lat_pulldown')?.pattern; // 'vertical_pull'
 * ```
 */
export const CABLE_MOVEMENTS: readonly MovementDefinition[] = [
  m('lat_pulldown', 'Lat pulldown', ['vertical_pull', 'cable', 'compound'], [
    ['lats', 'primary', 1], ['biceps', 'secondary', 0.6], ['middle_back', 'secondary', 0.5], ['forearms', 'stabilizer', 0.4],
    ['shoulders', 'stabilizer', 0.3], ['traps', 'stabilizer', 0.2],
  ]),
  m('straight_arm_pulldown', 'Straight-arm pulldown', ['vertical_pull', 'cable', 'isolation'], [
    ['lats', 'primary', 1], ['triceps', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('seated_cable_row', 'Seated cable row', ['horizontal_pull', 'cable', 'compound'], [
    ['middle_back', 'primary', 0.9], ['lats', 'primary', 0.9], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.4],
    ['traps', 'secondary', 0.3], ['forearms', 'stabilizer', 0.4], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('face_pull', 'Face pull', ['horizontal_pull', 'cable', 'compound'], [
    ['shoulders', 'primary', 0.9], ['middle_back', 'primary', 0.7], ['traps', 'secondary', 0.5], ['biceps', 'stabilizer', 0.3],
  ]),
  m('cable_fly', 'Cable fly', ['horizontal_push', 'cable', 'isolation'], [
    ['chest', 'primary', 1], ['shoulders', 'secondary', 0.4], ['biceps', 'stabilizer', 0.2],
  ]),
  m('cable_lateral_raise', 'Cable lateral raise', ['shoulder_isolation', 'cable', 'isolation'], [
    ['shoulders', 'primary', 1], ['traps', 'secondary', 0.3],
  ]),
  m('cable_triceps_pushdown', 'Cable triceps pushdown', ['elbow_extension', 'cable', 'isolation'], [
    ['triceps', 'primary', 1], ['forearms', 'stabilizer', 0.2],
  ]),
  m('cable_overhead_triceps_extension', 'Cable overhead triceps extension', ['elbow_extension', 'cable', 'isolation'], [
    ['triceps', 'primary', 1], ['shoulders', 'stabilizer', 0.2], ['abdominals', 'stabilizer', 0.2],
  ]),
  m('cable_curl', 'Cable curl', ['elbow_flexion', 'cable', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.4],
  ]),
  m('cable_pull_through', 'Cable pull-through', ['hinge', 'cable', 'compound'], [
    ['glutes', 'primary', 1], ['hamstrings', 'primary', 0.7], ['lower_back', 'secondary', 0.4], ['forearms', 'stabilizer', 0.3],
    ['abdominals', 'stabilizer', 0.3],
  ]),
  m('cable_glute_kickback', 'Cable glute kickback', ['hinge', 'cable', 'isolation', 'unilateral'], [
    ['glutes', 'primary', 1], ['hamstrings', 'secondary', 0.4], ['abductors', 'stabilizer', 0.3],
  ]),
  m('cable_woodchop', 'Cable woodchop', ['core_rotation', 'cable', 'compound'], [
    ['obliques', 'primary', 1], ['abdominals', 'secondary', 0.5], ['shoulders', 'secondary', 0.4], ['glutes', 'stabilizer', 0.3],
    ['lats', 'stabilizer', 0.3],
  ]),
  m('pallof_press', 'Pallof press', ['core_rotation', 'cable', 'isolation'], [
    ['obliques', 'primary', 0.9], ['abdominals', 'primary', 0.7], ['glutes', 'stabilizer', 0.4], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('cable_crunch', 'Cable crunch', ['core_flexion', 'cable', 'isolation'], [
    ['abdominals', 'primary', 1], ['obliques', 'secondary', 0.5], ['hip_flexors', 'stabilizer', 0.2],
  ]),
];
