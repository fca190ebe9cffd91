/**
 * One exercise prescribed in a demo strength session.
 *
 * @example
 * ```ts
 * const squat: DemoPlannedExercise = { movement: 'back_squat', sets: 5, reps: 5, loadKg: 100, holdSeconds: null };
 * ```
 */
export interface DemoPlannedExercise {
  /** Catalog movement slug. */
  readonly movement: string;
  /** Sets. */
  readonly sets: number;
  /** Reps per set; null for holds. */
  readonly reps: number | null;
  /** Load per set, kg; null for bodyweight holds. */
  readonly loadKg: number | null;
  /** Seconds per set for holds; null otherwise. */
  readonly holdSeconds: number | null;
}

/**
 * One session of the demo program's week: when, what, how long and hard, and (for strength) the exercises, as
 * functions of the week number (0-based) and whether it is a deload week.
 *
 * @example
 * ```ts
 * DEMO_WEEK_TEMPLATE.map((template: DemoSessionTemplate) => template.title); // ['Lower body A', 'Easy run', ...]
 * ```
 */
export interface DemoSessionTemplate {
  /** Days after Monday. */
  readonly dayOffset: number;
  /** Local start hour. */
  readonly hour: number;
  /** Local start minute. */
  readonly minute: number;
  /** Session title. */
  readonly title: string;
  /** Catalog activity slug. */
  readonly activity: string;
  /** Planned length in minutes. */
  readonly plannedMinutes: (week: number, deload: boolean) => number;
  /** Planned session RPE. */
  readonly plannedRpe: (deload: boolean) => number;
  /** Seconds per km for runs; null for strength. */
  readonly paceSecondsPerKm: number | null;
  /** Prescribed exercises (strength sessions only). */
  readonly exercises: (week: number, deload: boolean) => readonly DemoPlannedExercise[];
}

/** Rounds a load to the nearest 2.5 kg, as plates allow. */
function plates(kg: number): number {
  return Math.round(kg / 2.5) * 2.5;
}

function progressed(base: number, perWeek: number, week: number, deload: boolean): number {
  return plates((base + perWeek * week) * (deload ? 0.7 : 1));
}

/**
 * The demo program's week: lower-body strength on Monday, an easy run on Tuesday, upper-body strength on Thursday and
 * a long run on Saturday. Loads and run lengths progress weekly; every fourth week is a deload (70 % loads, fewer
 * sets, shorter runs).
 *
 * @example
 * ```ts
 * DEMO_WEEK_TEMPLATE[0]?.exercises(0, false)[0]; // { movement: 'back_squat', sets: 5, reps: 5, loadKg: 90, ... }
 * ```
 */
export const DEMO_WEEK_TEMPLATE: readonly DemoSessionTemplate[] = [
  {
    dayOffset: 0, hour: 7, minute: 0, title: 'Lower body A', activity: 'strength_training',
    plannedMinutes: (_week, deload) => (deload ? 45 : 60), plannedRpe: (deload) => (deload ? 6 : 8), paceSecondsPerKm: null,
    exercises: (week, deload) => [
      { movement: 'back_squat', sets: deload ? 3 : 5, reps: 5, loadKg: progressed(90, 2.5, week, deload), holdSeconds: null },
      { movement: 'romanian_deadlift', sets: 3, reps: 8, loadKg: progressed(80, 2.5, week, deload), holdSeconds: null },
      { movement: 'plank', sets: 3, reps: null, loadKg: null, holdSeconds: 45 },
    ],
  },
  {
    dayOffset: 1, hour: 18, minute: 30, title: 'Easy run', activity: 'running',
    plannedMinutes: (week, deload) => (deload ? 30 : 40 + 2 * week), plannedRpe: () => 4, paceSecondsPerKm: 345,
    exercises: () => [],
  },
  {
    dayOffset: 3, hour: 7, minute: 0, title: 'Upper body B', activity: 'strength_training',
    plannedMinutes: (_week, deload) => (deload ? 45 : 60), plannedRpe: (deload) => (deload ? 6 : 8), paceSecondsPerKm: null,
    exercises: (week, deload) => [
      { movement: 'bench_press', sets: deload ? 3 : 5, reps: 5, loadKg: progressed(70, 1.25, week, deload), holdSeconds: null },
      { movement: 'barbell_row', sets: 4, reps: 8, loadKg: progressed(60, 1.25, week, deload), holdSeconds: null },
      { movement: 'overhead_press', sets: 3, reps: 8, loadKg: progressed(40, 1.25, week, deload), holdSeconds: null },
    ],
  },
  {
    dayOffset: 5, hour: 9, minute: 0, title: 'Long run', activity: 'running',
    plannedMinutes: (week, deload) => (deload ? 45 : Math.min(95, 60 + 5 * week)), plannedRpe: () => 5, paceSecondsPerKm: 370,
    exercises: () => [],
  },
];

