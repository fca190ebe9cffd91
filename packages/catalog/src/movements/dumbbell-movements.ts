import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Dumbbell movements: presses, flyes, raises, rows, curls, triceps work, squats, lunges, hinges and dumbbell
 * conditioning (snatch, thruster, devil press).
 *
 * @example
 * ```ts
 * DUMBBELL_MOVEMENTS.filter((movement) => movement.pattern === 'elbow_flexion').length; // 4
 * ```
 */
export const DUMBBELL_MOVEMENTS: readonly MovementDefinition[] = [
  // Chest and shoulders
  m('dumbbell_bench_press', 'Dumbbell bench press', ['horizontal_push', 'dumbbell', 'compound'], [
    ['chest', 'primary', 1], ['triceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.6], ['forearms', 'stabilizer', 0.2],
  ]),
  m('incline_dumbbell_press', 'Incline dumbbell press', ['horizontal_push', 'dumbbell', 'compound'], [
    ['chest', 'primary', 0.9], ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.6],
  ]),
  m('dumbbell_fly', 'Dumbbell fly', ['horizontal_push', 'dumbbell', 'isolation'], [
    ['chest', 'primary', 1], ['shoulders', 'secondary', 0.5], ['biceps', 'stabilizer', 0.3],
  ]),
  m('dumbbell_shoulder_press', 'Dumbbell shoulder press', ['vertical_push', 'dumbbell', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.7], ['traps', 'secondary', 0.4], ['chest', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.3],
  ]),
  m('arnold_press', 'Arnold press', ['vertical_push', 'dumbbell', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'secondary', 0.6], ['chest', 'secondary', 0.3], ['traps', 'secondary', 0.3],
  ]),
  m('dumbbell_lateral_raise', 'Dumbbell lateral raise', ['shoulder_isolation', 'dumbbell', 'isolation'], [
    ['shoulders', 'primary', 1], ['traps', 'secondary', 0.5], ['forearms', 'stabilizer', 0.2],
  ]),
  m('dumbbell_front_raise', 'Dumbbell front raise', ['shoulder_isolation', 'dumbbell', 'isolation'], [
    ['shoulders', 'primary', 1], ['chest', 'secondary', 0.4], ['traps', 'stabilizer', 0.3],
  ]),
  m('dumbbell_rear_delt_fly', 'Dumbbell rear delt fly', ['shoulder_isolation', 'dumbbell', 'isolation'], [
    ['shoulders', 'primary', 0.9], ['middle_back', 'primary', 0.7], ['traps', 'secondary', 0.4],
  ]),
  // Back
  m('one_arm_dumbbell_row', 'One-arm dumbbell row', ['horizontal_pull', 'dumbbell', 'compound', 'unilateral'], [
    ['lats', 'primary', 1], ['middle_back', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.4],
    ['forearms', 'stabilizer', 0.5], ['obliques', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('chest_supported_dumbbell_row', 'Chest-supported dumbbell row', ['horizontal_pull', 'dumbbell', 'compound'], [
    ['middle_back', 'primary', 1], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
    ['traps', 'secondary', 0.4],
  ]),
  m('dumbbell_pullover', 'Dumbbell pullover', ['vertical_pull', 'dumbbell', 'isolation'], [
    ['lats', 'primary', 0.8], ['chest', 'primary', 0.7], ['triceps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
    ['shoulders', 'stabilizer', 0.3],
  ]),
  m('dumbbell_shrug', 'Dumbbell shrug', ['other', 'dumbbell', 'isolation'], [
    ['traps', 'primary', 1], ['forearms', 'secondary', 0.6],
  ]),
  // Arms
  m('dumbbell_curl', 'Dumbbell curl', ['elbow_flexion', 'dumbbell', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.5],
  ]),
  m('hammer_curl', 'Hammer curl', ['elbow_flexion', 'dumbbell', 'isolation'], [
    ['biceps', 'primary', 0.9], ['forearms', 'primary', 0.8],
  ]),
  m('incline_dumbbell_curl', 'Incline dumbbell curl', ['elbow_flexion', 'dumbbell', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.4],
  ]),
  m('concentration_curl', 'Concentration curl', ['elbow_flexion', 'dumbbell', 'isolation', 'unilateral'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.3],
  ]),
  m('dumbbell_overhead_triceps_extension', 'Dumbbell overhead triceps extension', ['elbow_extension', 'dumbbell', 'isolation'], [
    ['triceps', 'primary', 1], ['shoulders', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.2],
  ]),
  m('dumbbell_kickback', 'Dumbbell triceps kickback', ['elbow_extension', 'dumbbell', 'isolation'], [
    ['triceps', 'primary', 1], ['shoulders', 'stabilizer', 0.3], ['middle_back', 'stabilizer', 0.2],
  ]),
  m('dumbbell_wrist_curl', 'Dumbbell wrist curl', ['other', 'dumbbell', 'isolation'], [
    ['forearms', 'primary', 1],
  ]),
  // Legs
  m('goblet_squat', 'Goblet squat', ['squat', 'dumbbell', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5],
    ['middle_back', 'stabilizer', 0.3], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('dumbbell_bulgarian_split_squat', 'Dumbbell Bulgarian split squat', ['lunge', 'dumbbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.3],
    ['abductors', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
  ]),
  m('dumbbell_walking_lunge', 'Dumbbell walking lunge', ['lunge', 'dumbbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['abductors', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
  ]),
  m('dumbbell_reverse_lunge', 'Dumbbell reverse lunge', ['lunge', 'dumbbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['abductors', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.4],
  ]),
  m('dumbbell_step_up', 'Dumbbell step-up', ['lunge', 'dumbbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['hamstrings', 'secondary', 0.3], ['abductors', 'stabilizer', 0.4],
    ['calves', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
  ]),
  m('dumbbell_romanian_deadlift', 'Dumbbell Romanian deadlift', ['hinge', 'dumbbell', 'compound'], [
    ['hamstrings', 'primary', 1], ['glutes', 'primary', 0.8], ['lower_back', 'secondary', 0.5], ['adductors', 'secondary', 0.3],
    ['forearms', 'stabilizer', 0.5], ['traps', 'stabilizer', 0.3],
  ]),
  m('single_leg_romanian_deadlift', 'Single-leg Romanian deadlift', ['hinge', 'dumbbell', 'compound', 'unilateral'], [
    ['hamstrings', 'primary', 0.9], ['glutes', 'primary', 0.9], ['abductors', 'secondary', 0.5], ['lower_back', 'secondary', 0.4],
    ['adductors', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.3],
  ]),
  // Dumbbell conditioning
  m('dumbbell_snatch', 'Dumbbell snatch', ['olympic', 'dumbbell', 'compound', 'unilateral'], [
    ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['shoulders', 'primary', 0.7], ['quadriceps', 'secondary', 0.6],
    ['traps', 'secondary', 0.6], ['lower_back', 'secondary', 0.5], ['obliques', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
    ['triceps', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.3],
  ]),
  m('dumbbell_thruster', 'Dumbbell thruster', ['squat', 'dumbbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.6],
    ['adductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5],
  ]),
  m('devil_press', 'Devil press', ['conditioning', 'dumbbell', 'compound'], [
    ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['shoulders', 'primary', 0.7], ['quadriceps', 'secondary', 0.6],
    ['chest', 'secondary', 0.5], ['triceps', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['traps', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.5],
  ]),
];
