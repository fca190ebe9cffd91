import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Barbell movements (plus the trap bar, EZ bar and landmine): squats, deadlifts and other hinges, presses, rows,
 * curls and lunges. Olympic lifts are in {@link OLYMPIC_LIFT_MOVEMENTS}.
 *
 * @example
 * ```ts
 * BARBELL_MOVEMENTS.find((movement) => movement.slug === 'back_squat')?.pattern; // 'squat'
 * ```
 */
export const BARBELL_MOVEMENTS: readonly MovementDefinition[] = [
  // Squats
  m('back_squat', 'Back squat', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['adductors', 'secondary', 0.6],
    ['hamstrings', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.2],
  ]),
  m('front_squat', 'Front squat', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5],
    ['middle_back', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.5], ['lower_back', 'stabilizer', 0.4], ['hamstrings', 'stabilizer', 0.2],
  ]),
  m('overhead_squat', 'Overhead squat', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['shoulders', 'secondary', 0.6], ['adductors', 'secondary', 0.5],
    ['traps', 'stabilizer', 0.5], ['middle_back', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.6], ['lower_back', 'stabilizer', 0.5],
    ['triceps', 'stabilizer', 0.3],
  ]),
  m('box_squat', 'Box squat', ['squat', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.8], ['adductors', 'secondary', 0.6], ['hamstrings', 'secondary', 0.4],
    ['lower_back', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('pause_squat', 'Pause squat', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['adductors', 'secondary', 0.6],
    ['hamstrings', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.6], ['abdominals', 'stabilizer', 0.5], ['calves', 'stabilizer', 0.2],
  ]),
  m('zercher_squat', 'Zercher squat', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['biceps', 'stabilizer', 0.5],
    ['abdominals', 'stabilizer', 0.6], ['middle_back', 'stabilizer', 0.5], ['lower_back', 'stabilizer', 0.5],
  ]),
  // Deadlifts and hinges
  m('conventional_deadlift', 'Deadlift', ['hinge', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.8], ['lower_back', 'primary', 0.8], ['quadriceps', 'secondary', 0.5],
    ['adductors', 'secondary', 0.5], ['traps', 'stabilizer', 0.5], ['lats', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.6],
    ['middle_back', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('sumo_deadlift', 'Sumo deadlift', ['hinge', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['adductors', 'primary', 0.8], ['quadriceps', 'primary', 0.7], ['hamstrings', 'secondary', 0.6],
    ['lower_back', 'secondary', 0.6], ['traps', 'stabilizer', 0.4], ['lats', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.6],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('romanian_deadlift', 'Romanian deadlift', ['hinge', 'barbell', 'compound'], [
    ['hamstrings', 'primary', 1], ['glutes', 'primary', 0.8], ['lower_back', 'secondary', 0.6], ['adductors', 'secondary', 0.4],
    ['forearms', 'stabilizer', 0.5], ['lats', 'stabilizer', 0.3], ['traps', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('stiff_leg_deadlift', 'Stiff-leg deadlift', ['hinge', 'barbell', 'compound'], [
    ['hamstrings', 'primary', 1], ['glutes', 'primary', 0.7], ['lower_back', 'secondary', 0.7], ['adductors', 'secondary', 0.3],
    ['forearms', 'stabilizer', 0.5], ['traps', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('deficit_deadlift', 'Deficit deadlift', ['hinge', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.9], ['lower_back', 'primary', 0.8], ['quadriceps', 'secondary', 0.6],
    ['adductors', 'secondary', 0.5], ['traps', 'stabilizer', 0.5], ['lats', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.7],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('rack_pull', 'Rack pull', ['hinge', 'barbell', 'compound'], [
    ['lower_back', 'primary', 0.8], ['glutes', 'primary', 0.8], ['traps', 'secondary', 0.6], ['hamstrings', 'secondary', 0.5],
    ['lats', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.7], ['middle_back', 'stabilizer', 0.5],
  ]),
  m('trap_bar_deadlift', 'Trap bar deadlift', ['hinge', 'trap_bar', 'compound'], [
    ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.8], ['hamstrings', 'secondary', 0.6], ['lower_back', 'secondary', 0.5],
    ['adductors', 'secondary', 0.4], ['traps', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.6], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('good_morning', 'Good morning', ['hinge', 'barbell', 'compound'], [
    ['hamstrings', 'primary', 0.9], ['lower_back', 'primary', 0.8], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.4], ['middle_back', 'stabilizer', 0.4],
  ]),
  m('barbell_hip_thrust', 'Barbell hip thrust', ['hinge', 'barbell', 'isolation'], [
    ['glutes', 'primary', 1], ['hamstrings', 'secondary', 0.5], ['adductors', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.3],
    ['abdominals', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('barbell_glute_bridge', 'Barbell glute bridge', ['hinge', 'barbell', 'isolation'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'secondary', 0.4], ['adductors', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  // Presses
  m('bench_press', 'Bench press', ['horizontal_push', 'barbell', 'compound'], [
    ['chest', 'primary', 1], ['triceps', 'primary', 0.7], ['shoulders', 'secondary', 0.6], ['lats', 'stabilizer', 0.3],
    ['middle_back', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.2],
  ]),
  m('close_grip_bench_press', 'Close-grip bench press', ['horizontal_push', 'barbell', 'compound'], [
    ['triceps', 'primary', 1], ['chest', 'primary', 0.7], ['shoulders', 'secondary', 0.5], ['lats', 'stabilizer', 0.2],
  ]),
  m('incline_bench_press', 'Incline bench press', ['horizontal_push', 'barbell', 'compound'], [
    ['chest', 'primary', 0.9], ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.6], ['middle_back', 'stabilizer', 0.2],
  ]),
  m('decline_bench_press', 'Decline bench press', ['horizontal_push', 'barbell', 'compound'], [
    ['chest', 'primary', 1], ['triceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.3], ['lats', 'stabilizer', 0.3],
  ]),
  m('floor_press', 'Floor press', ['horizontal_push', 'barbell', 'compound'], [
    ['triceps', 'primary', 0.9], ['chest', 'primary', 0.8], ['shoulders', 'secondary', 0.5], ['middle_back', 'stabilizer', 0.2],
  ]),
  m('overhead_press', 'Overhead press', ['vertical_push', 'barbell', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.7], ['traps', 'secondary', 0.5], ['chest', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.5], ['lower_back', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.3], ['middle_back', 'stabilizer', 0.3],
  ]),
  m('push_press', 'Push press', ['vertical_push', 'barbell', 'compound'], [
    ['shoulders', 'primary', 0.9], ['triceps', 'primary', 0.7], ['quadriceps', 'secondary', 0.5], ['glutes', 'secondary', 0.4],
    ['traps', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5], ['calves', 'stabilizer', 0.3],
  ]),
  m('landmine_press', 'Landmine press', ['vertical_push', 'barbell', 'compound', 'unilateral'], [
    ['shoulders', 'primary', 0.8], ['chest', 'secondary', 0.6], ['triceps', 'secondary', 0.6], ['obliques', 'stabilizer', 0.4],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  // Rows and pulls
  m('barbell_row', 'Bent-over barbell row', ['horizontal_pull', 'barbell', 'compound'], [
    ['middle_back', 'primary', 0.9], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
    ['traps', 'secondary', 0.5], ['lower_back', 'stabilizer', 0.6], ['hamstrings', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.5],
    ['glutes', 'stabilizer', 0.3],
  ]),
  m('pendlay_row', 'Pendlay row', ['horizontal_pull', 'barbell', 'compound'], [
    ['middle_back', 'primary', 1], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
    ['traps', 'secondary', 0.5], ['lower_back', 'stabilizer', 0.6], ['hamstrings', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.5],
  ]),
  m('t_bar_row', 'T-bar row', ['horizontal_pull', 'barbell', 'compound'], [
    ['middle_back', 'primary', 0.9], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['traps', 'secondary', 0.5],
    ['lower_back', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.5], ['hamstrings', 'stabilizer', 0.3],
  ]),
  m('seal_row', 'Seal row', ['horizontal_pull', 'barbell', 'compound'], [
    ['middle_back', 'primary', 1], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
    ['traps', 'secondary', 0.4], ['forearms', 'stabilizer', 0.4],
  ]),
  m('barbell_shrug', 'Barbell shrug', ['other', 'barbell', 'isolation'], [
    ['traps', 'primary', 1], ['forearms', 'secondary', 0.6], ['middle_back', 'stabilizer', 0.3], ['neck', 'stabilizer', 0.2],
  ]),
  // Arms
  m('barbell_curl', 'Barbell curl', ['elbow_flexion', 'barbell', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.5], ['shoulders', 'stabilizer', 0.2],
  ]),
  m('ez_bar_curl', 'EZ-bar curl', ['elbow_flexion', 'ez_bar', 'isolation'], [
    ['biceps', 'primary', 1], ['forearms', 'secondary', 0.6],
  ]),
  m('ez_bar_skull_crusher', 'EZ-bar skull crusher', ['elbow_extension', 'ez_bar', 'isolation'], [
    ['triceps', 'primary', 1], ['forearms', 'stabilizer', 0.2], ['lats', 'stabilizer', 0.2],
  ]),
  // Single-leg
  m('barbell_reverse_lunge', 'Barbell reverse lunge', ['lunge', 'barbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['abductors', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('barbell_walking_lunge', 'Barbell walking lunge', ['lunge', 'barbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['abductors', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('barbell_bulgarian_split_squat', 'Barbell Bulgarian split squat', ['lunge', 'barbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.3],
    ['abductors', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4], ['hip_flexors', 'stabilizer', 0.3],
  ]),
  m('barbell_step_up', 'Barbell step-up', ['lunge', 'barbell', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['hamstrings', 'secondary', 0.3], ['abductors', 'stabilizer', 0.4],
    ['calves', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  // Full body and rotation
  m('thruster', 'Thruster', ['squat', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.6],
    ['adductors', 'secondary', 0.4], ['traps', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.5], ['middle_back', 'stabilizer', 0.4],
  ]),
  m('landmine_rotation', 'Landmine rotation', ['core_rotation', 'barbell', 'compound'], [
    ['obliques', 'primary', 1], ['abdominals', 'secondary', 0.6], ['shoulders', 'secondary', 0.5], ['glutes', 'stabilizer', 0.4],
    ['lower_back', 'stabilizer', 0.3],
  ]),
];
