import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Gymnastics and calisthenics skills on the bar, rings, parallettes, rope and wall: the pull-up and muscle-up ladders,
 * dips, hanging core work, L-sits, the handstand and handstand push-up ladders, rope climbs, front lever and planche.
 *
 * @example
 * ```ts
 * GYMNASTICS_MOVEMENTS.find((movement) => movement.slug === 'ring_muscle_up')?.equipment; // 'rings'
 * ```
 */
export const GYMNASTICS_MOVEMENTS: readonly MovementDefinition[] = [
  // Pull-up ladder
  m('dead_hang', 'Dead hang', ['vertical_pull', 'pull_up_bar', 'isolation'], [
    ['forearms', 'primary', 0.8], ['lats', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('scapular_pull_up', 'Scapular pull-up', ['vertical_pull', 'pull_up_bar', 'isolation'], [
    ['lats', 'primary', 0.6], ['middle_back', 'primary', 0.6], ['traps', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
  ]),
  m('band_assisted_pull_up', 'Band-assisted pull-up', ['vertical_pull', 'band', 'compound'], [
    ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.5], ['middle_back', 'secondary', 0.5], ['forearms', 'stabilizer', 0.4],
    ['shoulders', 'stabilizer', 0.3],
  ]),
  m('negative_pull_up', 'Negative pull-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 0.9], ['biceps', 'secondary', 0.6], ['middle_back', 'secondary', 0.5], ['forearms', 'stabilizer', 0.5],
  ]),
  m('pull_up', 'Pull-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 1], ['biceps', 'secondary', 0.6], ['middle_back', 'secondary', 0.6], ['forearms', 'secondary', 0.5],
    ['shoulders', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3], ['traps', 'stabilizer', 0.3],
  ]),
  m('chin_up', 'Chin-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 0.9], ['biceps', 'primary', 0.8], ['middle_back', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
    ['abdominals', 'stabilizer', 0.3],
  ]),
  m('chest_to_bar_pull_up', 'Chest-to-bar pull-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 1], ['middle_back', 'primary', 0.8], ['biceps', 'secondary', 0.7], ['forearms', 'secondary', 0.5],
    ['shoulders', 'secondary', 0.4], ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('kipping_pull_up', 'Kipping pull-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
    ['middle_back', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4], ['abdominals', 'secondary', 0.4],
  ]),
  m('weighted_pull_up', 'Weighted pull-up', ['vertical_pull', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 1], ['biceps', 'primary', 0.7], ['middle_back', 'secondary', 0.7], ['forearms', 'secondary', 0.6],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('archer_pull_up', 'Archer pull-up', ['vertical_pull', 'pull_up_bar', 'compound', 'unilateral'], [
    ['lats', 'primary', 1], ['biceps', 'primary', 0.7], ['middle_back', 'secondary', 0.6], ['forearms', 'secondary', 0.6],
    ['shoulders', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('one_arm_pull_up', 'One-arm pull-up', ['vertical_pull', 'pull_up_bar', 'compound', 'unilateral'], [
    ['lats', 'primary', 1], ['biceps', 'primary', 0.9], ['forearms', 'primary', 0.8], ['middle_back', 'secondary', 0.7],
    ['obliques', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4],
  ]),
  // Rows, dips and muscle-ups
  m('ring_row', 'Ring row', ['horizontal_pull', 'rings', 'compound'], [
    ['middle_back', 'primary', 0.7], ['lats', 'primary', 0.6], ['biceps', 'secondary', 0.5], ['shoulders', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
  ]),
  m('bench_dip', 'Bench dip', ['vertical_push', 'box', 'compound'], [
    ['triceps', 'primary', 0.8], ['shoulders', 'secondary', 0.5], ['chest', 'secondary', 0.4],
  ]),
  m('parallel_bar_dip', 'Parallel bar dip', ['vertical_push', 'other', 'compound'], [
    ['triceps', 'primary', 0.9], ['chest', 'primary', 0.8], ['shoulders', 'secondary', 0.6], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('straight_bar_dip', 'Straight bar dip', ['vertical_push', 'pull_up_bar', 'compound'], [
    ['triceps', 'primary', 0.9], ['chest', 'primary', 0.7], ['shoulders', 'secondary', 0.6], ['forearms', 'stabilizer', 0.4],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('ring_support_hold', 'Ring support hold', ['gymnastics_skill', 'rings', 'compound'], [
    ['triceps', 'primary', 0.6], ['shoulders', 'secondary', 0.6], ['chest', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.4],
    ['biceps', 'stabilizer', 0.3],
  ]),
  m('ring_dip', 'Ring dip', ['vertical_push', 'rings', 'compound'], [
    ['triceps', 'primary', 0.9], ['chest', 'primary', 0.9], ['shoulders', 'secondary', 0.7], ['abdominals', 'stabilizer', 0.4],
    ['biceps', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
  ]),
  m('banded_muscle_up', 'Band-assisted muscle-up', ['gymnastics_skill', 'band', 'compound'], [
    ['lats', 'primary', 0.8], ['triceps', 'secondary', 0.6], ['chest', 'secondary', 0.5], ['shoulders', 'secondary', 0.5],
    ['biceps', 'secondary', 0.4], ['forearms', 'stabilizer', 0.4],
  ]),
  m('bar_muscle_up', 'Bar muscle-up', ['gymnastics_skill', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 1], ['triceps', 'primary', 0.7], ['chest', 'secondary', 0.6], ['shoulders', 'secondary', 0.6],
    ['biceps', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['abdominals', 'secondary', 0.4], ['hip_flexors', 'stabilizer', 0.4],
  ]),
  m('ring_muscle_up_transition', 'Ring muscle-up transition drill', ['gymnastics_skill', 'rings', 'compound'], [
    ['triceps', 'primary', 0.6], ['chest', 'secondary', 0.5], ['lats', 'secondary', 0.5], ['shoulders', 'secondary', 0.5],
    ['forearms', 'stabilizer', 0.4], ['biceps', 'stabilizer', 0.3],
  ]),
  m('ring_muscle_up', 'Ring muscle-up', ['gymnastics_skill', 'rings', 'compound'], [
    ['lats', 'primary', 0.9], ['triceps', 'primary', 0.8], ['chest', 'secondary', 0.7], ['shoulders', 'secondary', 0.7],
    ['biceps', 'secondary', 0.6], ['forearms', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.4], ['hip_flexors', 'stabilizer', 0.3],
  ]),
  // Hanging and support core
  m('hanging_knee_raise', 'Hanging knee raise', ['core_flexion', 'pull_up_bar', 'compound'], [
    ['hip_flexors', 'primary', 0.7], ['abdominals', 'primary', 0.6], ['forearms', 'secondary', 0.4], ['lats', 'stabilizer', 0.3],
    ['obliques', 'stabilizer', 0.3],
  ]),
  m('hanging_leg_raise', 'Hanging leg raise', ['core_flexion', 'pull_up_bar', 'compound'], [
    ['hip_flexors', 'primary', 0.9], ['abdominals', 'primary', 0.9], ['forearms', 'secondary', 0.5], ['obliques', 'secondary', 0.4],
    ['lats', 'stabilizer', 0.3],
  ]),
  m('toes_to_bar', 'Toes-to-bar', ['core_flexion', 'pull_up_bar', 'compound'], [
    ['abdominals', 'primary', 0.9], ['hip_flexors', 'primary', 0.9], ['lats', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
    ['obliques', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.3],
  ]),
  m('tuck_l_sit', 'Tuck L-sit', ['gymnastics_skill', 'parallettes', 'compound'], [
    ['hip_flexors', 'primary', 0.6], ['abdominals', 'primary', 0.6], ['triceps', 'secondary', 0.5], ['shoulders', 'stabilizer', 0.4],
  ]),
  m('l_sit', 'L-sit', ['gymnastics_skill', 'parallettes', 'compound'], [
    ['hip_flexors', 'primary', 0.9], ['abdominals', 'primary', 0.8], ['triceps', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4],
    ['shoulders', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.3],
  ]),
  // Handstands
  m('crow_pose', 'Crow pose', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.5], ['triceps', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['forearms', 'secondary', 0.4],
    ['hip_flexors', 'stabilizer', 0.4], ['chest', 'stabilizer', 0.3],
  ]),
  m('wall_walk', 'Wall walk', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['traps', 'secondary', 0.4],
    ['chest', 'stabilizer', 0.3],
  ]),
  m('chest_to_wall_handstand_hold', 'Chest-to-wall handstand hold', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.5], ['traps', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5],
    ['forearms', 'stabilizer', 0.3],
  ]),
  m('freestanding_handstand', 'Freestanding handstand', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.4], ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5],
    ['forearms', 'stabilizer', 0.5],
  ]),
  m('handstand_walk', 'Handstand walk', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.5], ['traps', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5],
    ['forearms', 'stabilizer', 0.5], ['obliques', 'stabilizer', 0.3],
  ]),
  m('kipping_handstand_push_up', 'Kipping handstand push-up', ['vertical_push', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'primary', 0.7], ['glutes', 'secondary', 0.4], ['abdominals', 'secondary', 0.4],
    ['traps', 'secondary', 0.4],
  ]),
  m('strict_handstand_push_up', 'Strict handstand push-up', ['vertical_push', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.8], ['traps', 'secondary', 0.5], ['chest', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  m('deficit_handstand_push_up', 'Deficit handstand push-up', ['vertical_push', 'plate', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.9], ['traps', 'secondary', 0.6], ['abdominals', 'stabilizer', 0.4],
  ]),
  m('freestanding_handstand_push_up', 'Freestanding handstand push-up', ['vertical_push', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 1], ['triceps', 'primary', 0.9], ['traps', 'secondary', 0.6], ['abdominals', 'stabilizer', 0.6],
    ['forearms', 'stabilizer', 0.5],
  ]),
  // Rope, levers and planche
  m('rope_climb', 'Rope climb', ['vertical_pull', 'other', 'compound'], [
    ['lats', 'primary', 0.9], ['forearms', 'primary', 0.9], ['biceps', 'primary', 0.8], ['middle_back', 'secondary', 0.5],
    ['abdominals', 'stabilizer', 0.4], ['quadriceps', 'stabilizer', 0.3], ['adductors', 'stabilizer', 0.3],
  ]),
  m('legless_rope_climb', 'Legless rope climb', ['vertical_pull', 'other', 'compound'], [
    ['lats', 'primary', 1], ['forearms', 'primary', 1], ['biceps', 'primary', 0.9], ['middle_back', 'secondary', 0.6],
    ['abdominals', 'secondary', 0.5], ['hip_flexors', 'stabilizer', 0.4],
  ]),
  m('tuck_front_lever', 'Tuck front lever', ['gymnastics_skill', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 0.9], ['abdominals', 'secondary', 0.6], ['middle_back', 'secondary', 0.5], ['forearms', 'stabilizer', 0.4],
    ['shoulders', 'stabilizer', 0.4], ['triceps', 'stabilizer', 0.3],
  ]),
  m('front_lever', 'Front lever', ['gymnastics_skill', 'pull_up_bar', 'compound'], [
    ['lats', 'primary', 1], ['abdominals', 'primary', 0.7], ['middle_back', 'secondary', 0.6], ['shoulders', 'secondary', 0.4],
    ['forearms', 'secondary', 0.5], ['hip_flexors', 'stabilizer', 0.3], ['glutes', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  m('planche_lean', 'Planche lean', ['gymnastics_skill', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.8], ['chest', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5],
    ['biceps', 'stabilizer', 0.4], ['triceps', 'stabilizer', 0.3],
  ]),
  m('tuck_planche', 'Tuck planche', ['gymnastics_skill', 'parallettes', 'compound'], [
    ['shoulders', 'primary', 1], ['chest', 'secondary', 0.6], ['triceps', 'secondary', 0.5], ['abdominals', 'secondary', 0.5],
    ['forearms', 'secondary', 0.5], ['biceps', 'stabilizer', 0.4], ['hip_flexors', 'stabilizer', 0.3], ['traps', 'stabilizer', 0.3],
  ]),
];
