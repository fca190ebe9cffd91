import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Kettlebell movements: swings, cleans, snatches, presses, the Turkish get-up, windmills, squats, rows and pulls.
 *
 * @example
 * ```ts
 * KETTLEBELL_MOVEMENTS.find((movement) => movement.slug === 'kettlebell_swing')?.pattern; // 'hinge'
 * ```
 */
export const KETTLEBELL_MOVEMENTS: readonly MovementDefinition[] = [
  m('kettlebell_swing', 'Kettlebell swing', ['hinge', 'kettlebell', 'compound'], [
    ['glutes', 'primary', 1], ['hamstrings', 'primary', 0.8], ['lower_back', 'secondary', 0.6], ['quadriceps', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.5], ['shoulders', 'stabilizer', 0.3], ['lats', 'stabilizer', 0.3],
  ]),
  m('american_kettlebell_swing', 'American kettlebell swing', ['hinge', 'kettlebell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.8], ['lower_back', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
    ['quadriceps', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.6], ['forearms', 'stabilizer', 0.5], ['lats', 'stabilizer', 0.3],
    ['traps', 'stabilizer', 0.3],
  ]),
  m('kettlebell_deadlift', 'Kettlebell deadlift', ['hinge', 'kettlebell', 'compound'], [
    ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['quadriceps', 'secondary', 0.5], ['lower_back', 'secondary', 0.5],
    ['forearms', 'stabilizer', 0.5], ['traps', 'stabilizer', 0.3],
  ]),
  m('kettlebell_clean', 'Kettlebell clean', ['olympic', 'kettlebell', 'compound', 'unilateral'], [
    ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['forearms', 'secondary', 0.5], ['lower_back', 'secondary', 0.5],
    ['traps', 'secondary', 0.4], ['quadriceps', 'secondary', 0.3], ['biceps', 'stabilizer', 0.4], ['shoulders', 'stabilizer', 0.4],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('kettlebell_snatch', 'Kettlebell snatch', ['olympic', 'kettlebell', 'compound', 'unilateral'], [
    ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['shoulders', 'primary', 0.7], ['lower_back', 'secondary', 0.5],
    ['traps', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5], ['obliques', 'stabilizer', 0.4],
    ['triceps', 'stabilizer', 0.3],
  ]),
  m('kettlebell_press', 'Kettlebell press', ['vertical_push', 'kettlebell', 'compound', 'unilateral'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.7], ['traps', 'secondary', 0.3], ['obliques', 'stabilizer', 0.4],
    ['abdominals', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.3],
  ]),
  m('turkish_get_up', 'Turkish get-up', ['other', 'kettlebell', 'compound', 'unilateral'], [
    ['shoulders', 'primary', 0.8], ['abdominals', 'primary', 0.7], ['obliques', 'primary', 0.6], ['glutes', 'secondary', 0.6],
    ['triceps', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4], ['traps', 'stabilizer', 0.4],
    ['middle_back', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
  ]),
  m('kettlebell_windmill', 'Kettlebell windmill', ['core_rotation', 'kettlebell', 'compound', 'unilateral'], [
    ['obliques', 'primary', 0.8], ['shoulders', 'secondary', 0.6], ['hamstrings', 'secondary', 0.5], ['glutes', 'secondary', 0.5],
    ['abductors', 'stabilizer', 0.4], ['lower_back', 'stabilizer', 0.4], ['triceps', 'stabilizer', 0.3],
  ]),
  m('double_kettlebell_front_squat', 'Double kettlebell front squat', ['squat', 'kettlebell', 'compound'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.6],
    ['middle_back', 'stabilizer', 0.5], ['lower_back', 'stabilizer', 0.4], ['shoulders', 'stabilizer', 0.3], ['biceps', 'stabilizer', 0.3],
  ]),
  m('kettlebell_gorilla_row', 'Kettlebell gorilla row', ['horizontal_pull', 'kettlebell', 'compound', 'unilateral'], [
    ['lats', 'primary', 0.9], ['middle_back', 'primary', 0.8], ['biceps', 'secondary', 0.5], ['forearms', 'secondary', 0.4],
    ['lower_back', 'stabilizer', 0.5], ['hamstrings', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.3],
  ]),
  m('kettlebell_sumo_high_pull', 'Kettlebell sumo deadlift high pull', ['olympic', 'kettlebell', 'compound'], [
    ['traps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.6], ['shoulders', 'secondary', 0.6],
    ['lower_back', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4], ['adductors', 'secondary', 0.4], ['biceps', 'stabilizer', 0.3],
  ]),
  m('kettlebell_halo', 'Kettlebell halo', ['shoulder_isolation', 'kettlebell', 'isolation'], [
    ['shoulders', 'primary', 0.8], ['traps', 'secondary', 0.4], ['obliques', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
    ['triceps', 'stabilizer', 0.3],
  ]),
];
