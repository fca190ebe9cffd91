import { defineMovement as m } from './define-movement.js';
import type { MovementDefinition } from './movement-definition.js';

/**
 * Bodyweight strength movements on the floor and on a box: the push-up ladder, pike push-ups, squats and the pistol
 * ladder, lunges, jumps, bridges, Nordic curls, calf and tibialis raises, inverted rows and neck bridges. Core work is in
 * {@link CORE_MOVEMENTS}, bar, ring and handstand work in {@link GYMNASTICS_MOVEMENTS}.
 *
 * @example
 * ```ts
 * BODYWEIGHT_MOVEMENTS.find((movement) => movement.slug === 'pistol_squat')?.equipment; // 'bodyweight'
 * ```
 */
export const BODYWEIGHT_MOVEMENTS: readonly MovementDefinition[] = [
  // Push-up ladder
  m('wall_push_up', 'Wall push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['chest', 'primary', 0.5], ['triceps', 'secondary', 0.4], ['shoulders', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.2],
  ]),
  m('incline_push_up', 'Incline push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['chest', 'primary', 0.7], ['triceps', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('knee_push_up', 'Knee push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['chest', 'primary', 0.8], ['triceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('push_up', 'Push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['chest', 'primary', 1], ['triceps', 'primary', 0.7], ['shoulders', 'secondary', 0.6], ['abdominals', 'stabilizer', 0.5],
    ['glutes', 'stabilizer', 0.2], ['quadriceps', 'stabilizer', 0.2],
  ]),
  m('decline_push_up', 'Decline push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['chest', 'primary', 0.9], ['shoulders', 'primary', 0.8], ['triceps', 'secondary', 0.7], ['abdominals', 'stabilizer', 0.5],
  ]),
  m('diamond_push_up', 'Diamond push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['triceps', 'primary', 1], ['chest', 'primary', 0.8], ['shoulders', 'secondary', 0.6], ['abdominals', 'stabilizer', 0.5],
  ]),
  m('archer_push_up', 'Archer push-up', ['horizontal_push', 'bodyweight', 'compound', 'unilateral'], [
    ['chest', 'primary', 1], ['triceps', 'primary', 0.8], ['shoulders', 'secondary', 0.7], ['abdominals', 'stabilizer', 0.5],
    ['obliques', 'stabilizer', 0.4],
  ]),
  m('one_arm_push_up', 'One-arm push-up', ['horizontal_push', 'bodyweight', 'compound', 'unilateral'], [
    ['chest', 'primary', 1], ['triceps', 'primary', 0.9], ['shoulders', 'secondary', 0.8], ['obliques', 'stabilizer', 0.7],
    ['abdominals', 'stabilizer', 0.6], ['glutes', 'stabilizer', 0.3],
  ]),
  m('pseudo_planche_push_up', 'Pseudo planche push-up', ['horizontal_push', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.9], ['chest', 'primary', 0.9], ['triceps', 'secondary', 0.7], ['abdominals', 'stabilizer', 0.6],
    ['forearms', 'stabilizer', 0.4], ['biceps', 'stabilizer', 0.3],
  ]),
  m('pike_push_up', 'Pike push-up', ['vertical_push', 'bodyweight', 'compound'], [
    ['shoulders', 'primary', 0.8], ['triceps', 'primary', 0.6], ['chest', 'secondary', 0.3], ['traps', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.3],
  ]),
  m('elevated_pike_push_up', 'Elevated pike push-up', ['vertical_push', 'box', 'compound'], [
    ['shoulders', 'primary', 0.9], ['triceps', 'primary', 0.7], ['traps', 'secondary', 0.4], ['chest', 'secondary', 0.3],
    ['abdominals', 'stabilizer', 0.4],
  ]),
  // Squat and pistol ladder
  m('air_squat', 'Air squat', ['squat', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.6], ['glutes', 'primary', 0.5], ['adductors', 'secondary', 0.3], ['hamstrings', 'stabilizer', 0.2],
    ['abdominals', 'stabilizer', 0.2], ['calves', 'stabilizer', 0.2],
  ]),
  m('cossack_squat', 'Cossack squat', ['squat', 'bodyweight', 'compound', 'unilateral'], [
    ['adductors', 'primary', 0.8], ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.6], ['hamstrings', 'secondary', 0.3],
    ['abductors', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('assisted_pistol_squat', 'Assisted pistol squat', ['squat', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.6], ['abductors', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
    ['hip_flexors', 'stabilizer', 0.3],
  ]),
  m('box_pistol_squat', 'Box pistol squat', ['squat', 'box', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['abductors', 'stabilizer', 0.5], ['hip_flexors', 'stabilizer', 0.4],
    ['abdominals', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.3],
  ]),
  m('pistol_squat', 'Pistol squat', ['squat', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['hip_flexors', 'secondary', 0.5], ['abductors', 'stabilizer', 0.6],
    ['adductors', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.4], ['tibialis', 'stabilizer', 0.3],
  ]),
  m('shrimp_squat', 'Shrimp squat', ['squat', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['abductors', 'stabilizer', 0.5], ['calves', 'stabilizer', 0.3],
    ['abdominals', 'stabilizer', 0.3],
  ]),
  // Lunges and step-ups
  m('split_squat', 'Split squat', ['lunge', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.6], ['adductors', 'secondary', 0.3], ['abductors', 'stabilizer', 0.3],
  ]),
  m('bodyweight_walking_lunge', 'Walking lunge', ['lunge', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.3], ['hamstrings', 'secondary', 0.3],
    ['abductors', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.2],
  ]),
  m('bodyweight_bulgarian_split_squat', 'Bulgarian split squat', ['lunge', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.4], ['abductors', 'stabilizer', 0.4],
    ['hip_flexors', 'stabilizer', 0.2],
  ]),
  m('box_step_up', 'Box step-up', ['lunge', 'box', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.6], ['glutes', 'primary', 0.6], ['abductors', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.3],
  ]),
  // Jumps
  m('jump_squat', 'Jump squat', ['jump', 'bodyweight', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['calves', 'primary', 0.6], ['hamstrings', 'secondary', 0.4],
    ['adductors', 'stabilizer', 0.3],
  ]),
  m('jumping_lunge', 'Jumping lunge', ['jump', 'bodyweight', 'compound', 'unilateral'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
    ['hip_flexors', 'secondary', 0.3], ['abductors', 'stabilizer', 0.3],
  ]),
  m('box_jump', 'Box jump', ['jump', 'box', 'compound'], [
    ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.5],
    ['hip_flexors', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
  ]),
  m('broad_jump', 'Broad jump', ['jump', 'bodyweight', 'compound'], [
    ['glutes', 'primary', 0.9], ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.6],
    ['hip_flexors', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
  ]),
  // Hinges, bridges and hamstrings
  m('glute_bridge', 'Glute bridge', ['hinge', 'bodyweight', 'isolation'], [
    ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.4], ['lower_back', 'stabilizer', 0.2], ['abdominals', 'stabilizer', 0.2],
  ]),
  m('single_leg_glute_bridge', 'Single-leg glute bridge', ['hinge', 'bodyweight', 'isolation', 'unilateral'], [
    ['glutes', 'primary', 0.9], ['hamstrings', 'secondary', 0.5], ['abductors', 'stabilizer', 0.4], ['lower_back', 'stabilizer', 0.2],
  ]),
  m('nordic_hamstring_curl', 'Nordic hamstring curl', ['knee_flexion', 'bodyweight', 'isolation'], [
    ['hamstrings', 'primary', 1], ['glutes', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.3],
  ]),
  // Lower leg and neck
  m('single_leg_calf_raise', 'Single-leg calf raise', ['calf_raise', 'bodyweight', 'isolation', 'unilateral'], [
    ['calves', 'primary', 0.9], ['tibialis', 'stabilizer', 0.2],
  ]),
  m('tibialis_raise', 'Tibialis raise', ['other', 'bodyweight', 'isolation'], [
    ['tibialis', 'primary', 1],
  ]),
  m('neck_bridge', "Wrestler's bridge", ['other', 'bodyweight', 'compound'], [
    ['neck', 'primary', 1], ['traps', 'secondary', 0.5], ['glutes', 'secondary', 0.4], ['lower_back', 'secondary', 0.4],
  ]),
  // Pulling
  m('inverted_row', 'Inverted row', ['horizontal_pull', 'bodyweight', 'compound'], [
    ['middle_back', 'primary', 0.8], ['lats', 'primary', 0.7], ['biceps', 'secondary', 0.6], ['shoulders', 'secondary', 0.4],
    ['abdominals', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
  ]),
];
