import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Conditioning movements: ergometers (row, ski, air bike), jump rope, battle ropes, the running ladder (brisk walk,
 * walk-run intervals, easy, tempo and interval runs, sprints), shuttle runs and the bodyweight conditioning staples
 * (burpees, mountain climbers, jumping jacks, bear crawls).
 *
 * @example
 * ```ts
 * CONDITIONING_MOVEMENTS.find((movement) => movement.slug === 'ski_erg')?.equipment; // 'ski_erg'
 * ```
 */
export const CONDITIONING_MOVEMENTS: readonly MovementDefinition[] = [
  m('row_erg', 'Rowing ergometer', ['conditioning', 'rower', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['lats', 'primary', 0.7], ['middle_back', 'secondary', 0.6],
    ['hamstrings', 'secondary', 0.5], ['biceps', 'secondary', 0.4], ['lower_back', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.3],
    ['abdominals', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.2],
  ]),
  m('ski_erg', 'Ski erg', ['conditioning', 'ski_erg', 'compound'], [
    ['lats', 'primary', 0.9], ['triceps', 'primary', 0.6], ['abdominals', 'primary', 0.6], ['shoulders', 'secondary', 0.5],
    ['glutes', 'secondary', 0.4], ['hamstrings', 'secondary', 0.3], ['obliques', 'secondary', 0.3], ['chest', 'stabilizer', 0.3],
  ]),
  m('air_bike', 'Air bike', ['conditioning', 'air_bike', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.6], ['hamstrings', 'secondary', 0.4], ['shoulders', 'secondary', 0.4],
    ['chest', 'secondary', 0.3], ['lats', 'secondary', 0.3], ['triceps', 'secondary', 0.3], ['biceps', 'secondary', 0.3],
    ['calves', 'secondary', 0.3],
  ]),
  m('single_under', 'Single-under', ['conditioning', 'jump_rope', 'compound'], [
    ['calves', 'primary', 0.8], ['tibialis', 'secondary', 0.3], ['quadriceps', 'stabilizer', 0.3], ['shoulders', 'stabilizer', 0.3],
    ['forearms', 'stabilizer', 0.3],
  ]),
  m('double_under', 'Double-under', ['conditioning', 'jump_rope', 'compound'], [
    ['calves', 'primary', 1], ['quadriceps', 'secondary', 0.4], ['shoulders', 'secondary', 0.4], ['forearms', 'secondary', 0.4],
    ['hip_flexors', 'secondary', 0.3], ['tibialis', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('battle_rope_waves', 'Battle rope waves', ['conditioning', 'other', 'compound'], [
    ['shoulders', 'primary', 0.9], ['forearms', 'secondary', 0.6], ['abdominals', 'secondary', 0.5], ['biceps', 'secondary', 0.4],
    ['triceps', 'secondary', 0.3], ['quadriceps', 'stabilizer', 0.3], ['glutes', 'stabilizer', 0.3],
  ]),
  m('brisk_walk', 'Brisk walk', ['conditioning', 'bodyweight', 'compound'], [
    ['calves', 'primary', 0.4], ['quadriceps', 'secondary', 0.3], ['glutes', 'secondary', 0.3], ['hamstrings', 'secondary', 0.3],
    ['tibialis', 'secondary', 0.3], ['hip_flexors', 'stabilizer', 0.2],
  ]),
  m('walk_run_intervals', 'Walk-run intervals', ['conditioning', 'bodyweight', 'compound'], [
    ['calves', 'primary', 0.6], ['quadriceps', 'primary', 0.6], ['glutes', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['hip_flexors', 'secondary', 0.3], ['tibialis', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.2],
  ]),
  m('easy_run', 'Easy run', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.8], ['glutes', 'primary', 0.6], ['hamstrings', 'secondary', 0.6],
    ['hip_flexors', 'secondary', 0.4], ['tibialis', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('tempo_run', 'Tempo run', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['calves', 'primary', 0.9], ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.7],
    ['hip_flexors', 'secondary', 0.5], ['tibialis', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('interval_run', 'Interval run', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.9], ['hamstrings', 'primary', 0.9], ['calves', 'primary', 0.9], ['glutes', 'primary', 0.8],
    ['hip_flexors', 'secondary', 0.6], ['adductors', 'secondary', 0.4], ['tibialis', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('sprint', 'Sprint', ['conditioning', 'bodyweight', 'compound'], [
    ['hamstrings', 'primary', 1], ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.8],
    ['hip_flexors', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.4], ['shoulders', 'stabilizer', 0.2],
  ]),
  m('shuttle_run', 'Shuttle run', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.6],
    ['adductors', 'secondary', 0.5], ['abductors', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4],
  ]),
  m('burpee', 'Burpee', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.6], ['chest', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['triceps', 'secondary', 0.4],
    ['shoulders', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4], ['abdominals', 'secondary', 0.4], ['calves', 'secondary', 0.4],
  ]),
  m('burpee_broad_jump', 'Burpee broad jump', ['conditioning', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['calves', 'secondary', 0.6], ['hamstrings', 'secondary', 0.5],
    ['chest', 'secondary', 0.5], ['shoulders', 'secondary', 0.4], ['triceps', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('mountain_climber', 'Mountain climber', ['conditioning', 'bodyweight', 'compound'], [
    ['hip_flexors', 'primary', 0.8], ['abdominals', 'primary', 0.6], ['shoulders', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4],
    ['chest', 'stabilizer', 0.3], ['obliques', 'stabilizer', 0.3], ['triceps', 'stabilizer', 0.2],
  ]),
  m('jumping_jack', 'Jumping jack', ['conditioning', 'bodyweight', 'compound'], [
    ['calves', 'primary', 0.5], ['abductors', 'secondary', 0.4], ['adductors', 'secondary', 0.3], ['shoulders', 'secondary', 0.3],
    ['quadriceps', 'stabilizer', 0.2],
  ]),
  m('bear_crawl', 'Bear crawl', ['conditioning', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.7], ['abdominals', 'secondary', 0.6], ['quadriceps', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4],
    ['triceps', 'secondary', 0.4], ['chest', 'stabilizer', 0.3], ['obliques', 'stabilizer', 0.3],
  ]),
];
