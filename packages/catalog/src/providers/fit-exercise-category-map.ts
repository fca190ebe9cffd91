import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';

/**
 * FIT strength exercises to catalog movement slugs. A FIT `set` message names its exercise by `category` (the
 * `exercise_category` type: `benchPress`, `squat`, `row`, ...) and `category_subtype` (a number into the category's own
 * `<category>_exercise_name` type: `squat` 6 is `barbellBackSquat`). Keys are `<category>/<exercise name>` in the names
 * `@garmin/fitsdk` decodes (`squat/barbellBackSquat`); a key without `/` is the movement for a set that names only its
 * category (no subtype), and is listed only where the category names one movement. Exercises with no close catalog
 * movement are left out on purpose: a set of one of them keeps its raw name and no movement. Keys are matched case-,
 * space- and punctuation-insensitively per part, so the profile's snake_case spelling (`bench_press/barbell_bench_press`)
 * matches too.
 *
 * @example
 * ```ts
 * FIT_EXERCISE_MAP['squat/barbellBackSquat']; // 'back_squat'
 * ```
 */
export const FIT_EXERCISE_MAP: Readonly<Record<string, string>> = {
  // Categories that name one movement (a set with no subtype)
  benchPress: 'bench_press',
  deadlift: 'conventional_deadlift',
  pullUp: 'pull_up',
  pushUp: 'push_up',
  plank: 'plank',
  sitUp: 'sit_up',
  crunch: 'crunch',
  // Bench press
  'benchPress/barbellBenchPress': 'bench_press',
  'benchPress/wideGripBarbellBenchPress': 'bench_press',
  'benchPress/closeGripBarbellBenchPress': 'close_grip_bench_press',
  'benchPress/inclineBarbellBenchPress': 'incline_bench_press',
  'benchPress/barbellFloorPress': 'floor_press',
  'benchPress/dumbbellBenchPress': 'dumbbell_bench_press',
  'benchPress/inclineDumbbellBenchPress': 'incline_dumbbell_press',
  // Squat
  'squat/barbellBackSquat': 'back_squat',
  'squat/backSquats': 'back_squat',
  'squat/barbellFrontSquat': 'front_squat',
  'squat/barbellBoxSquat': 'box_squat',
  'squat/zercherSquat': 'zercher_squat',
  'squat/overheadSquat': 'overhead_squat',
  'squat/overheadBarbellSquat': 'overhead_squat',
  'squat/barbellHackSquat': 'hack_squat',
  'squat/legPress': 'leg_press',
  'squat/gobletSquat': 'goblet_squat',
  'squat/airSquat': 'air_squat',
  'squat/squat': 'air_squat',
  'squat/pistolSquat': 'pistol_squat',
  'squat/thrusters': 'thruster',
  'squat/dumbbellThrusters': 'dumbbell_thruster',
  'squat/wallBall': 'wall_ball',
  'squat/barbellStepUp': 'barbell_step_up',
  'squat/dumbbellStepUp': 'dumbbell_step_up',
  'squat/stepUp': 'box_step_up',
  // Deadlift and hinge
  'deadlift/barbellDeadlift': 'conventional_deadlift',
  'deadlift/sumoDeadlift': 'sumo_deadlift',
  'deadlift/romanianDeadlift': 'romanian_deadlift',
  'deadlift/straightLegDeadlift': 'stiff_leg_deadlift',
  'deadlift/barbellStraightLegDeadlift': 'stiff_leg_deadlift',
  'deadlift/trapBarDeadlift': 'trap_bar_deadlift',
  'deadlift/rackPull': 'rack_pull',
  'deadlift/kettlebellDeadlift': 'kettlebell_deadlift',
  'deadlift/singleLegRomanianDeadliftWithDumbbell': 'single_leg_romanian_deadlift',
  'legCurl/goodMorning': 'good_morning',
  'legCurl/barGoodMorning': 'good_morning',
  'hipRaise/barbellHipThrustOnFloor': 'barbell_hip_thrust',
  'hipRaise/barbellHipThrustWithBench': 'barbell_hip_thrust',
  'hipRaise/hipRaise': 'glute_bridge',
  'hipRaise/singleLegHipRaise': 'single_leg_glute_bridge',
  'hipRaise/kettlebellSwing': 'kettlebell_swing',
  'hipSwing/singleArmKettlebellSwing': 'kettlebell_swing',
  // Rows and pulls
  'row/barbellRow': 'barbell_row',
  'row/bentOverRowWithBarbell': 'barbell_row',
  'row/dumbbellRow': 'one_arm_dumbbell_row',
  'row/chestSupportedDumbbellRow': 'chest_supported_dumbbell_row',
  'row/tBarRow': 't_bar_row',
  'row/seatedCableRow': 'seated_cable_row',
  'row/facePull': 'face_pull',
  'row/invertedRow': 'inverted_row',
  'row/ringRow': 'ring_row',
  'row/indoorRow': 'row_erg',
  'pullUp/pullUp': 'pull_up',
  'pullUp/chinUp': 'chin_up',
  'pullUp/weightedPullUp': 'weighted_pull_up',
  'pullUp/kippingPullUp': 'kipping_pull_up',
  'pullUp/bandAssistedPullUp': 'band_assisted_pull_up',
  'pullUp/latPulldown': 'lat_pulldown',
  'pullUp/wideGripLatPulldown': 'lat_pulldown',
  'pullUp/straightArmPulldown': 'straight_arm_pulldown',
  'shrug/barbellShrug': 'barbell_shrug',
  'shrug/dumbbellShrug': 'dumbbell_shrug',
  // Pushes
  'pushUp/pushUp': 'push_up',
  'pushUp/inclinePushUp': 'incline_push_up',
  'pushUp/declinePushUp': 'decline_push_up',
  'pushUp/kneelingPushUp': 'knee_push_up',
  'pushUp/diamondPushUp': 'diamond_push_up',
  'pushUp/oneArmPushUp': 'one_arm_push_up',
  'pushUp/pikePushUp': 'pike_push_up',
  'pushUp/wallPushUp': 'wall_push_up',
  'pushUp/handstandPushUp': 'strict_handstand_push_up',
  'pushUp/kippingHandstandPushUp': 'kipping_handstand_push_up',
  'shoulderPress/overheadBarbellPress': 'overhead_press',
  'shoulderPress/barbellShoulderPress': 'overhead_press',
  'shoulderPress/militaryPress': 'overhead_press',
  'shoulderPress/strictPress': 'overhead_press',
  'shoulderPress/barbellPushPress': 'push_press',
  'shoulderPress/dumbbellShoulderPress': 'dumbbell_shoulder_press',
  'shoulderPress/seatedDumbbellShoulderPress': 'dumbbell_shoulder_press',
  'shoulderPress/overheadDumbbellPress': 'dumbbell_shoulder_press',
  'shoulderPress/arnoldPress': 'arnold_press',
  'shoulderPress/dumbbellFrontRaise': 'dumbbell_front_raise',
  'tricepsExtension/benchDip': 'bench_dip',
  'tricepsExtension/bodyWeightDip': 'parallel_bar_dip',
  'tricepsExtension/weightedDip': 'parallel_bar_dip',
  'tricepsExtension/tricepsPressdown': 'cable_triceps_pushdown',
  'tricepsExtension/ropePressdown': 'cable_triceps_pushdown',
  'tricepsExtension/cableOverheadTricepsExtension': 'cable_overhead_triceps_extension',
  'tricepsExtension/overheadDumbbellTricepsExtension': 'dumbbell_overhead_triceps_extension',
  'tricepsExtension/dumbbellKickback': 'dumbbell_kickback',
  'tricepsExtension/lyingEzBarTricepsExtension': 'ez_bar_skull_crusher',
  'flye/dumbbellFlye': 'dumbbell_fly',
  'flye/cableCrossover': 'cable_fly',
  'lateralRaise/dumbbellLateralRaise': 'dumbbell_lateral_raise',
  'lateralRaise/oneArmCableLateralRaise': 'cable_lateral_raise',
  // Arms
  'curl/barbellBicepsCurl': 'barbell_curl',
  'curl/standingEzBarBicepsCurl': 'ez_bar_curl',
  'curl/dumbbellBicepsCurl': 'dumbbell_curl',
  'curl/standingDumbbellBicepsCurl': 'dumbbell_curl',
  'curl/dumbbellHammerCurl': 'hammer_curl',
  'curl/inclineDumbbellBicepsCurl': 'incline_dumbbell_curl',
  'curl/oneArmConcentrationCurl': 'concentration_curl',
  'curl/cableBicepsCurl': 'cable_curl',
  'curl/dumbbellWristCurl': 'dumbbell_wrist_curl',
  // Legs
  'lunge/barbellReverseLunge': 'barbell_reverse_lunge',
  'lunge/walkingBarbellLunge': 'barbell_walking_lunge',
  'lunge/barbellBulgarianSplitSquat': 'barbell_bulgarian_split_squat',
  'lunge/dumbbellBulgarianSplitSquat': 'dumbbell_bulgarian_split_squat',
  'lunge/walkingDumbbellLunge': 'dumbbell_walking_lunge',
  'lunge/dumbbellReverseLunge': 'dumbbell_reverse_lunge',
  'lunge/walkingLunge': 'bodyweight_walking_lunge',
  'calfRaise/standingCalfRaise': 'standing_calf_raise',
  'calfRaise/standingBarbellCalfRaise': 'standing_calf_raise',
  'calfRaise/seatedCalfRaise': 'seated_calf_raise',
  'calfRaise/singleLegStandingCalfRaise': 'single_leg_calf_raise',
  // Olympic lifts
  'olympicLift/clean': 'clean',
  'olympicLift/barbellPowerClean': 'power_clean',
  'olympicLift/barbellHangPowerClean': 'hang_power_clean',
  'olympicLift/cleanAndJerk': 'clean_and_jerk',
  'olympicLift/snatch': 'snatch',
  'olympicLift/barbellSnatch': 'snatch',
  'olympicLift/barbellPowerSnatch': 'power_snatch',
  'olympicLift/barbellHangPowerSnatch': 'hang_power_snatch',
  'olympicLift/pushJerk': 'push_jerk',
  'olympicLift/splitJerk': 'split_jerk',
  'olympicLift/barbellSplitJerk': 'split_jerk',
  'olympicLift/dumbbellSnatch': 'dumbbell_snatch',
  'olympicLift/singleArmKettlebellSnatch': 'kettlebell_snatch',
  // Core
  'plank/plank': 'plank',
  'plank/sidePlank': 'side_plank',
  'plank/mountainClimber': 'mountain_climber',
  'plank/bearCrawl': 'bear_crawl',
  'crunch/crunch': 'crunch',
  'crunch/toesToBar': 'toes_to_bar',
  'sitUp/sitUp': 'sit_up',
  'sitUp/vUp': 'v_up',
  'sitUp/ghdSitUps': 'ghd_sit_up',
  'legRaise/hangingKneeRaise': 'hanging_knee_raise',
  'legRaise/hangingLegRaise': 'hanging_leg_raise',
  'core/russianTwist': 'russian_twist',
  'core/turkishGetUp': 'turkish_get_up',
  'core/kettlebellWindmill': 'kettlebell_windmill',
  'core/kneelingAbWheel': 'ab_wheel_rollout',
  'core/lSit': 'l_sit',
  // Gymnastics, carries and conditioning
  'lateralRaise/barMuscleUp': 'bar_muscle_up',
  'lateralRaise/ringMuscleUp': 'ring_muscle_up',
  'lateralRaise/ringDip': 'ring_dip',
  'lateralRaise/ropeClimb': 'rope_climb',
  'lateralRaise/wallWalk': 'wall_walk',
  'carry/farmersWalk': 'farmers_carry',
  'carry/farmersCarry': 'farmers_carry',
  'carry/overheadCarry': 'overhead_carry',
  'sled/push': 'sled_push',
  'sled/backwardDrag': 'sled_drag_backward',
  'totalBody/burpee': 'burpee',
  'plyo/boxJump': 'box_jump',
  'plyo/jumpSquat': 'jump_squat',
  'plyo/bodyWeightJumpSquat': 'jump_squat',
  'plyo/medicineBallSlam': 'medicine_ball_slam',
  'cardio/jumpRope': 'single_under',
  'cardio/doubleUnder': 'double_under',
  'cardio/jumpingJacks': 'jumping_jack',
};

const FIT_EXERCISE_INDEX: ReadonlyMap<string, string> = new Map(
  Object.entries(FIT_EXERCISE_MAP).map(([key, slug]) => [fitExerciseKey(...(key.split('/') as [string, string?])), slug]),
);

function fitExerciseKey(category: string, exerciseName?: string | null): string {
  const base = normalizeVocabularyKey(category);
  return exerciseName === undefined || exerciseName === null ? base : `${base}/${normalizeVocabularyKey(exerciseName)}`;
}

/**
 * The catalog movement of a FIT strength set, from its exercise category and the name of its subtype (`null` when the
 * set names only its category), or `null` when trainkit has no close movement for it. Pure and total: never throws.
 * A set whose subtype names an exercise the map does not know gets `null`, never the category's movement, so a
 * kettlebell chest press is never taken for a barbell bench press.
 *
 * @example
 * ```ts
 * mapFitExercise('squat', 'barbellBackSquat'); // 'back_squat'
 * mapFitExercise('benchPress', null); // 'bench_press'
 * mapFitExercise('benchPress', 'kettlebellChestPress'); // null
 * mapFitExercise('sandbag', null); // null
 * ```
 */
export function mapFitExercise(category: string | null | undefined, exerciseName: string | null | undefined): string | null {
  if (typeof category !== 'string' || normalizeVocabularyKey(category) === '') return null;
  if (exerciseName !== null && exerciseName !== undefined && (typeof exerciseName !== 'string' || normalizeVocabularyKey(exerciseName) === '')) return null;
  return FIT_EXERCISE_INDEX.get(fitExerciseKey(category, exerciseName ?? null)) ?? null;
}
