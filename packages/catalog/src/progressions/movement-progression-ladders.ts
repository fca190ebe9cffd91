/**
 * A skill ladder: movements from easiest to hardest. Each consecutive pair becomes a progression edge (and its inverse
 * regression) whose difficulty delta is the step's entry in `steps` (1 when `steps` is omitted).
 */
export interface MovementProgressionLadder {
  /** Name of the ladder, stored as the edges' `notes`. */
  readonly name: string;
  /** Movement slugs, easiest first. */
  readonly movements: readonly string[];
  /** Difficulty delta of each step (`movements.length - 1` entries); all 1 when omitted. */
  readonly steps?: readonly number[];
}

/** A pair of sibling movements; the reverse edge is added with the negated delta. */
export interface MovementVariationPair {
  /** First movement slug. */
  readonly from: string;
  /** Second movement slug. */
  readonly to: string;
  /** Difficulty of `to` minus difficulty of `from`, within -1..1. */
  readonly difficultyDelta: number;
  /** Why they are siblings. */
  readonly notes: string;
}

/**
 * The skill ladders of the movement graph: push-up, pull-up, muscle-up, dip, squat and pistol, lunge and step-up,
 * handstand and handstand push-up, hanging core, L-sit, front lever, planche, hinge, Olympic lift (with their
 * kettlebell and dumbbell regressions), running and conditioning ladders.
 *
 * @example
 * ```ts
 * MOVEMENT_PROGRESSION_LADDERS.find((ladder) => ladder.name === 'push-up ladder')?.movements[0]; // 'wall_push_up'
 * ```
 */
export const MOVEMENT_PROGRESSION_LADDERS: readonly MovementProgressionLadder[] = [
  { name: 'push-up ladder', movements: ['wall_push_up', 'incline_push_up', 'knee_push_up', 'push_up', 'diamond_push_up', 'archer_push_up', 'one_arm_push_up'], steps: [1, 1, 1, 1, 1, 2] },
  { name: 'decline push-up ladder', movements: ['push_up', 'decline_push_up', 'pseudo_planche_push_up'] },
  { name: 'planche ladder', movements: ['push_up', 'planche_lean', 'tuck_planche'], steps: [1, 2] },
  { name: 'pike push-up ladder', movements: ['push_up', 'pike_push_up'] },
  { name: 'pull-up ladder', movements: ['dead_hang', 'scapular_pull_up', 'band_assisted_pull_up', 'negative_pull_up', 'pull_up', 'chest_to_bar_pull_up', 'archer_pull_up', 'one_arm_pull_up'], steps: [1, 1, 1, 1, 1, 1, 2] },
  { name: 'weighted pull-up', movements: ['pull_up', 'weighted_pull_up'] },
  { name: 'row to pull-up', movements: ['ring_row', 'band_assisted_pull_up'] },
  { name: 'machine to pull-up', movements: ['lat_pulldown', 'assisted_pull_up_machine', 'pull_up'], steps: [1, 2] },
  { name: 'bar muscle-up ladder', movements: ['chest_to_bar_pull_up', 'banded_muscle_up', 'bar_muscle_up'] },
  { name: 'dip to bar muscle-up', movements: ['straight_bar_dip', 'bar_muscle_up'], steps: [2] },
  { name: 'ring muscle-up ladder', movements: ['ring_support_hold', 'ring_dip', 'ring_muscle_up_transition', 'ring_muscle_up'] },
  { name: 'bar to ring muscle-up', movements: ['bar_muscle_up', 'ring_muscle_up'] },
  { name: 'dip ladder', movements: ['bench_dip', 'parallel_bar_dip', 'straight_bar_dip'] },
  { name: 'ring dip', movements: ['parallel_bar_dip', 'ring_dip'] },
  { name: 'squat ladder', movements: ['air_squat', 'goblet_squat', 'back_squat'], steps: [1, 2] },
  { name: 'front to overhead squat', movements: ['front_squat', 'overhead_squat'] },
  { name: 'goblet to front squat', movements: ['goblet_squat', 'front_squat'], steps: [2] },
  { name: 'machine to barbell squat', movements: ['leg_press', 'smith_machine_squat', 'back_squat'] },
  { name: 'squat to jump', movements: ['air_squat', 'jump_squat'] },
  { name: 'pistol ladder', movements: ['air_squat', 'split_squat', 'bodyweight_bulgarian_split_squat', 'assisted_pistol_squat', 'box_pistol_squat', 'pistol_squat'] },
  { name: 'split squat loading', movements: ['bodyweight_bulgarian_split_squat', 'dumbbell_bulgarian_split_squat', 'barbell_bulgarian_split_squat'] },
  { name: 'walking lunge ladder', movements: ['split_squat', 'bodyweight_walking_lunge', 'dumbbell_walking_lunge'] },
  { name: 'reverse lunge loading', movements: ['split_squat', 'dumbbell_reverse_lunge', 'barbell_reverse_lunge'] },
  { name: 'step-up loading', movements: ['box_step_up', 'dumbbell_step_up', 'barbell_step_up'] },
  { name: 'plyometric lunge', movements: ['bodyweight_walking_lunge', 'jumping_lunge'] },
  { name: 'handstand ladder', movements: ['crow_pose', 'wall_walk', 'chest_to_wall_handstand_hold', 'freestanding_handstand', 'handstand_walk'], steps: [1, 1, 2, 1] },
  { name: 'handstand push-up ladder', movements: ['pike_push_up', 'elevated_pike_push_up', 'strict_handstand_push_up', 'deficit_handstand_push_up', 'freestanding_handstand_push_up'], steps: [1, 2, 1, 2] },
  { name: 'kipping handstand push-up', movements: ['elevated_pike_push_up', 'kipping_handstand_push_up', 'strict_handstand_push_up'] },
  { name: 'hanging core ladder', movements: ['hanging_knee_raise', 'hanging_leg_raise', 'toes_to_bar'] },
  { name: 'L-sit ladder', movements: ['tuck_l_sit', 'l_sit'], steps: [2] },
  { name: 'front lever ladder', movements: ['tuck_front_lever', 'front_lever'], steps: [3] },
  { name: 'hollow ladder', movements: ['dead_bug', 'hollow_body_hold'] },
  { name: 'trunk flexion ladder', movements: ['crunch', 'sit_up', 'v_up'] },
  { name: 'anti-extension ladder', movements: ['plank', 'ab_wheel_rollout'], steps: [2] },
  { name: 'single-leg bridge', movements: ['glute_bridge', 'single_leg_glute_bridge'] },
  { name: 'loaded bridge ladder', movements: ['glute_bridge', 'barbell_glute_bridge', 'barbell_hip_thrust'] },
  { name: 'hamstring curl ladder', movements: ['lying_leg_curl', 'glute_ham_raise', 'nordic_hamstring_curl'] },
  { name: 'deadlift ladder', movements: ['kettlebell_deadlift', 'trap_bar_deadlift', 'conventional_deadlift', 'deficit_deadlift'] },
  { name: 'rack pull to deadlift', movements: ['rack_pull', 'conventional_deadlift'] },
  { name: 'hinge pattern ladder', movements: ['glute_bridge', 'kettlebell_deadlift', 'kettlebell_swing'] },
  { name: 'romanian deadlift ladder', movements: ['kettlebell_deadlift', 'dumbbell_romanian_deadlift', 'single_leg_romanian_deadlift'] },
  { name: 'good morning ladder', movements: ['back_extension', 'good_morning'] },
  { name: 'swing ladder', movements: ['kettlebell_swing', 'american_kettlebell_swing'] },
  { name: 'clean ladder', movements: ['hang_power_clean', 'power_clean', 'clean', 'clean_and_jerk'] },
  { name: 'clean pull to power clean', movements: ['clean_pull', 'power_clean'] },
  { name: 'kettlebell clean to barbell', movements: ['kettlebell_swing', 'kettlebell_clean', 'hang_power_clean'] },
  { name: 'snatch ladder', movements: ['hang_power_snatch', 'power_snatch', 'snatch'] },
  { name: 'snatch pull to hang power snatch', movements: ['snatch_high_pull', 'hang_power_snatch'] },
  { name: 'single-arm snatch to barbell', movements: ['dumbbell_snatch', 'hang_power_snatch'] },
  { name: 'kettlebell snatch ladder', movements: ['kettlebell_swing', 'kettlebell_sumo_high_pull', 'kettlebell_snatch'] },
  { name: 'overhead ladder', movements: ['overhead_press', 'push_press', 'push_jerk', 'split_jerk'] },
  { name: 'overhead squat to snatch', movements: ['overhead_squat', 'snatch_balance', 'snatch'] },
  { name: 'rope climb ladder', movements: ['rope_climb', 'legless_rope_climb'], steps: [2] },
  { name: 'jump rope ladder', movements: ['single_under', 'double_under'], steps: [2] },
  { name: 'jump ladder', movements: ['jump_squat', 'box_jump'] },
  { name: 'burpee ladder', movements: ['burpee', 'burpee_broad_jump'] },
  { name: 'running ladder', movements: ['brisk_walk', 'walk_run_intervals', 'easy_run', 'tempo_run', 'interval_run', 'sprint'] },
];

/**
 * Sibling movements of similar difficulty (each pair yields a variation edge both ways).
 *
 * @example
 * ```ts
 * MOVEMENT_VARIATION_PAIRS.some((pair) => pair.from === 'pull_up' && pair.to === 'chin_up'); // true
 * ```
 */
export const MOVEMENT_VARIATION_PAIRS: readonly MovementVariationPair[] = [
  { from: 'back_squat', to: 'front_squat', difficultyDelta: 0.5, notes: 'barbell squat family' },
  { from: 'back_squat', to: 'box_squat', difficultyDelta: 0, notes: 'barbell squat family' },
  { from: 'back_squat', to: 'pause_squat', difficultyDelta: 0.5, notes: 'barbell squat family' },
  { from: 'leg_press', to: 'hack_squat', difficultyDelta: 0, notes: 'machine squat family' },
  { from: 'goblet_squat', to: 'double_kettlebell_front_squat', difficultyDelta: 0.5, notes: 'front-loaded squat family' },
  { from: 'conventional_deadlift', to: 'sumo_deadlift', difficultyDelta: 0, notes: 'deadlift stance' },
  { from: 'romanian_deadlift', to: 'stiff_leg_deadlift', difficultyDelta: 0, notes: 'straight-leg hinge family' },
  { from: 'romanian_deadlift', to: 'dumbbell_romanian_deadlift', difficultyDelta: 0, notes: 'same hinge, other implement' },
  { from: 'bench_press', to: 'dumbbell_bench_press', difficultyDelta: 0, notes: 'same press, other implement' },
  { from: 'bench_press', to: 'close_grip_bench_press', difficultyDelta: 0, notes: 'bench grip width' },
  { from: 'bench_press', to: 'incline_bench_press', difficultyDelta: 0, notes: 'bench angle' },
  { from: 'overhead_press', to: 'dumbbell_shoulder_press', difficultyDelta: -0.5, notes: 'same press, other implement' },
  { from: 'pull_up', to: 'chin_up', difficultyDelta: -0.5, notes: 'pull-up grip' },
  { from: 'pull_up', to: 'kipping_pull_up', difficultyDelta: 0, notes: 'strict or kipping' },
  { from: 'ring_row', to: 'inverted_row', difficultyDelta: 0.5, notes: 'bodyweight row family' },
  { from: 'barbell_row', to: 'pendlay_row', difficultyDelta: 0, notes: 'barbell row family' },
  { from: 'one_arm_dumbbell_row', to: 'kettlebell_gorilla_row', difficultyDelta: 0, notes: 'single-arm row family' },
  { from: 'pistol_squat', to: 'shrimp_squat', difficultyDelta: 0, notes: 'single-leg squat family' },
  { from: 'thruster', to: 'dumbbell_thruster', difficultyDelta: 0, notes: 'same thruster, other implement' },
  { from: 'wall_ball', to: 'thruster', difficultyDelta: 1, notes: 'squat-to-overhead family' },
  { from: 'barbell_walking_lunge', to: 'dumbbell_walking_lunge', difficultyDelta: 0, notes: 'same lunge, other implement' },
  { from: 'plank', to: 'side_plank', difficultyDelta: 0, notes: 'plank family' },
  { from: 'farmers_carry', to: 'suitcase_carry', difficultyDelta: 0, notes: 'loaded carry family' },
  { from: 'assisted_pull_up_machine', to: 'band_assisted_pull_up', difficultyDelta: 0, notes: 'assisted pull-up family' },
  { from: 'split_squat', to: 'box_step_up', difficultyDelta: 0, notes: 'single-leg lunge family' },
  { from: 'dumbbell_walking_lunge', to: 'sandbag_lunge', difficultyDelta: 0, notes: 'same lunge, other implement' },
  { from: 'dumbbell_reverse_lunge', to: 'dumbbell_walking_lunge', difficultyDelta: 0, notes: 'lunge direction' },
  { from: 'dumbbell_snatch', to: 'kettlebell_snatch', difficultyDelta: 0.5, notes: 'single-arm snatch, other implement' },
  { from: 'kettlebell_clean', to: 'dumbbell_snatch', difficultyDelta: 0.5, notes: 'single-implement Olympic lift family' },
  { from: 'sprint', to: 'shuttle_run', difficultyDelta: 0, notes: 'fast running family' },
];
