import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * The Olympic lifts and their power, hang, pull and jerk variations (barbell).
 *
 * @example
 * ```ts
 * OLYMPIC_LIFT_MOVEMENTS.map((movement) => movement.slug).includes('clean_and_jerk'); // true
 * ```
 */
export const OLYMPIC_LIFT_MOVEMENTS: readonly MovementDefinition[] = [
  m('snatch', 'Snatch', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.8], ['hamstrings', 'primary', 0.8], ['traps', 'primary', 0.7],
    ['shoulders', 'secondary', 0.7], ['lower_back', 'secondary', 0.7], ['middle_back', 'secondary', 0.5], ['calves', 'secondary', 0.4],
    ['adductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.6], ['triceps', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.4],
  ]),
  m('power_snatch', 'Power snatch', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.8], ['traps', 'primary', 0.8], ['quadriceps', 'secondary', 0.6],
    ['shoulders', 'secondary', 0.6], ['lower_back', 'secondary', 0.6], ['calves', 'secondary', 0.5], ['middle_back', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.5], ['triceps', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.4],
  ]),
  m('hang_power_snatch', 'Hang power snatch', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.8], ['traps', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['shoulders', 'secondary', 0.6],
    ['quadriceps', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['calves', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5],
    ['forearms', 'stabilizer', 0.4],
  ]),
  m('snatch_balance', 'Snatch balance', ['olympic', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['shoulders', 'primary', 0.7], ['glutes', 'secondary', 0.6], ['triceps', 'secondary', 0.5],
    ['traps', 'secondary', 0.5], ['adductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.6], ['middle_back', 'stabilizer', 0.5],
  ]),
  m('snatch_high_pull', 'Snatch high pull', ['olympic', 'barbell', 'compound'], [
    ['traps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['shoulders', 'secondary', 0.6],
    ['lower_back', 'secondary', 0.6], ['middle_back', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5], ['calves', 'secondary', 0.4],
    ['biceps', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.4],
  ]),
  m('clean', 'Clean', ['olympic', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.7], ['traps', 'primary', 0.7],
    ['lower_back', 'secondary', 0.7], ['adductors', 'secondary', 0.5], ['calves', 'secondary', 0.4], ['middle_back', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.5], ['forearms', 'stabilizer', 0.5], ['biceps', 'stabilizer', 0.3], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('power_clean', 'Power clean', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.8], ['traps', 'primary', 0.8], ['quadriceps', 'secondary', 0.7],
    ['lower_back', 'secondary', 0.6], ['calves', 'secondary', 0.5], ['middle_back', 'secondary', 0.4], ['forearms', 'stabilizer', 0.5],
    ['abdominals', 'stabilizer', 0.4], ['biceps', 'stabilizer', 0.3],
  ]),
  m('hang_power_clean', 'Hang power clean', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.8], ['traps', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['quadriceps', 'secondary', 0.5],
    ['lower_back', 'secondary', 0.5], ['calves', 'secondary', 0.4], ['forearms', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('clean_pull', 'Clean pull', ['olympic', 'barbell', 'compound'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.8], ['traps', 'primary', 0.8], ['lower_back', 'secondary', 0.7],
    ['quadriceps', 'secondary', 0.6], ['calves', 'secondary', 0.4], ['forearms', 'stabilizer', 0.6], ['lats', 'stabilizer', 0.4],
  ]),
  m('clean_and_jerk', 'Clean and jerk', ['olympic', 'barbell', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.7], ['traps', 'primary', 0.7],
    ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.6], ['lower_back', 'secondary', 0.7], ['adductors', 'secondary', 0.5],
    ['calves', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.6], ['middle_back', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.4],
  ]),
  m('push_jerk', 'Push jerk', ['olympic', 'barbell', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'primary', 0.7], ['quadriceps', 'secondary', 0.6], ['glutes', 'secondary', 0.5],
    ['calves', 'secondary', 0.4], ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.6],
  ]),
  m('split_jerk', 'Split jerk', ['olympic', 'barbell', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'primary', 0.7], ['quadriceps', 'primary', 0.7], ['glutes', 'secondary', 0.6],
    ['calves', 'secondary', 0.4], ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.6], ['hip_flexors', 'stabilizer', 0.3],
    ['middle_back', 'stabilizer', 0.3],
  ]),
];
