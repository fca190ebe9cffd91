import {
  buildCardioLog,
  buildSessionLog,
  buildStrengthLog,
  createSequentialIdFactory,
  weekStartOf,
  type LocalDate,
  type ManualLog,
  type PlannedSessionExerciseInsert,
  type PlannedSessionInsert,
  type PlannedSessionStatus,
  type ProgramDisciplineInsert,
  type ProgramInsert,
  type StrengthSetInput,
  type UserBiometricInsert,
  type UserInsert,
  type UserProfileInsert,
  UserIdSchema,
} from '@trainkit/core';
import { findCatalogActivity, findCatalogMovement, type CatalogActivity } from 'trainkit';
import { DEMO_WEEK_TEMPLATE, type DemoPlannedExercise, type DemoSessionTemplate } from './demo-week-template.js';
import { addDays, localTimeToInstant, minutesAfter } from './local-time.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';

/** The fixed id of the demo athlete: running the demo again replaces this user's data and nobody else's. */
export const DEMO_USER_ID = UserIdSchema.parse('demo_athlete');

/** How long the demo program runs. */
export const DEMO_PROGRAM_WEEKS = 12;

/**
 * Options of {@link generateDemoAthlete}.
 *
 * @example
 * ```ts
 * const options: DemoAthleteOptions = { seed: 42, weeks: 6, today: '2024-06-15' as LocalDate, timeZone: 'Europe/Berlin' };
 * ```
 */
export interface DemoAthleteOptions {
  /** Seed of the random choices (skipped sessions, paces, weights); the same seed gives the same athlete. */
  readonly seed: number;
  /** Weeks of history, 1..12: yesterday falls in this week of the program. */
  readonly weeks: number;
  /** The athlete's current local day; history runs up to the day before. */
  readonly today: LocalDate;
  /** The athlete's IANA time zone. */
  readonly timeZone: string;
}

/**
 * Everything the demo writes for its athlete, as validated insert rows.
 *
 * @example
 * ```ts
 * const demo = generateDemoAthlete({ seed: 1, weeks: 6, today, timeZone: 'Europe/Berlin' });
 * demo.logs.length; // manual logs: strength, runs, tennis, climbing, a hike
 * ```
 */
export interface DemoAthlete {
  /** The `users` row. */
  readonly user: UserInsert;
  /** The `user_profile` row: date of birth, sex, height. */
  readonly profile: UserProfileInsert;
  /** The 12-week program. */
  readonly program: ProgramInsert;
  /** The program's disciplines (strength and running). */
  readonly programDisciplines: readonly ProgramDisciplineInsert[];
  /** Every planned session of the program, past ones marked completed or skipped. */
  readonly plannedSessions: readonly PlannedSessionInsert[];
  /** The exercises prescribed in the strength sessions. */
  readonly plannedExercises: readonly PlannedSessionExerciseInsert[];
  /** Manual logs: planned sessions performed, plus unplanned hobbies. */
  readonly logs: readonly ManualLog[];
  /**
   * The latest long run (one of `logs`): the athlete's Garmin watch, Strava and WHOOP strap recorded it too, and the
   * demo ingests their payloads; null before the first long run.
   */
  readonly recordedLongRun: ManualLog | null;
  /** The latest tennis match (one of `logs`), which the Apple Watch also recorded; null before the first one. */
  readonly recordedTennis: ManualLog | null;
  /** Morning weigh-ins. */
  readonly biometrics: readonly UserBiometricInsert[];
  /** The days the history covers: program start through yesterday. */
  readonly range: { readonly from: LocalDate; readonly to: LocalDate };
}

/** The demo's own activity slugs are in the catalog (the facade's lookup, discipline included); a missing one is a bug. */
function demoActivity(slug: string): CatalogActivity {
  const activity = findCatalogActivity(slug);
  if (activity === undefined) throw new Error(`demo activity ${slug} is not in the catalog`);
  return activity;
}

function disciplineOf(activity: CatalogActivity): string {
  if (activity.disciplineId === null) throw new Error(`demo activity ${activity.slug} has no discipline in the catalog`);
  return activity.disciplineId;
}

function demoMovement(slug: string): string {
  const movement = findCatalogMovement(slug);
  if (movement === undefined) throw new Error(`demo movement ${slug} is not in the catalog`);
  return movement.id;
}

const TENNIS_NOTES = ['Doubles with Sam, won 6-4 6-3', 'Singles vs. Jo, lost 4-6 6-7', 'Drills, then match play', 'Club ladder match, won in three sets'];
const CLIMBING_NOTES = ['Bouldering, sent two V4s', 'Top-rope laps, endurance focus', 'Projecting the overhang'];

/** Chance that a past planned session was skipped. */
const SKIP_PROBABILITY = 0.12;

/** One decimal place, as a scale shows. */
function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

interface Generators {
  readonly random: SeededRandom;
  readonly timeZone: string;
  readonly ids: {
    readonly plannedSession: () => string;
    readonly exercise: () => string;
    readonly activity: () => string;
    readonly set: () => string;
    readonly biometric: () => string;
  };
}

function performStrength(
  g: Generators,
  session: PlannedSessionInsert,
  template: DemoSessionTemplate,
  prescription: readonly (DemoPlannedExercise & { readonly id: string })[],
  week: number,
  deload: boolean,
): ManualLog {
  const start = localTimeToInstant(session.scheduled_date, template.hour, template.minute + g.random.integer(0, 20), g.timeZone);
  const activity = demoActivity(template.activity);
  const sets: StrengthSetInput[] = [];
  const effort = deload ? 6.5 : Math.min(9, 7 + 0.25 * (week % 4));
  for (const exercise of prescription) {
    for (let index = 0; index < exercise.sets; index += 1) {
      const last = index === exercise.sets - 1;
      const missedRep = last && !deload && exercise.reps !== null && g.random.chance(0.2);
      sets.push({
        movementId: demoMovement(exercise.movement),
        plannedSessionExerciseId: exercise.id,
        reps: exercise.reps === null ? null : exercise.reps - (missedRep ? 1 : 0),
        loadKg: exercise.loadKg,
        rpe: exercise.reps === null ? null : Math.min(10, effort + (last ? 0.5 : 0) + (missedRep ? 0.5 : 0)),
        durationSeconds: exercise.holdSeconds,
      });
    }
  }
  return buildStrengthLog(
    {
      id: g.ids.activity(),
      userId: DEMO_USER_ID,
      activityDefinitionId: activity.id,
      disciplineId: activity.disciplineId,
      title: session.title,
      plannedSessionId: session.id,
      start,
      durationSeconds: (template.plannedMinutes(week, deload) + g.random.integer(-5, 10)) * 60,
      timeZone: g.timeZone,
      rpe: tenths(effort + g.random.between(-0.5, 0.5)),
      sets,
    },
    { ids: g.ids.set, createdAt: minutesAfter(start, 90) },
  );
}

function performRun(g: Generators, session: PlannedSessionInsert, template: DemoSessionTemplate, week: number, deload: boolean): ManualLog {
  const start = localTimeToInstant(session.scheduled_date, template.hour, template.minute + g.random.integer(0, 15), g.timeZone);
  const activity = demoActivity(template.activity);
  const durationSeconds = Math.round(template.plannedMinutes(week, deload) * 60 * g.random.between(0.92, 1.08));
  const pace = (template.paceSecondsPerKm ?? 360) + g.random.between(-15, 15);
  const avgHeartRateBpm = Math.round(g.random.between(138, 152));
  return buildCardioLog(
    {
      id: g.ids.activity(),
      userId: DEMO_USER_ID,
      activityDefinitionId: activity.id,
      disciplineId: activity.disciplineId,
      title: session.title,
      plannedSessionId: session.id,
      start,
      durationSeconds,
      distanceM: Math.round((durationSeconds / pace) * 1000),
      avgHeartRateBpm,
      maxHeartRateBpm: avgHeartRateBpm + g.random.integer(12, 24),
      timeZone: g.timeZone,
      rpe: g.random.integer(template.plannedRpe(deload) + 1, template.plannedRpe(deload) + 2),
    },
    { ids: g.ids.activity, createdAt: minutesAfter(start, durationSeconds / 60 + 15) },
  );
}

function hobby(
  g: Generators,
  activitySlug: string,
  date: LocalDate,
  hour: number,
  minutes: number,
  extra: { notes: string; rpe: number; enjoyment: number; distanceM?: number },
): ManualLog {
  const activity: CatalogActivity = demoActivity(activitySlug);
  const start = localTimeToInstant(date, hour, 0, g.timeZone);
  return buildSessionLog(
    {
      id: g.ids.activity(),
      userId: DEMO_USER_ID,
      activityDefinitionId: activity.id,
      disciplineId: activity.disciplineId,
      start,
      durationSeconds: minutes * 60,
      timeZone: g.timeZone,
      rpe: extra.rpe,
      enjoyment: extra.enjoyment,
      notes: extra.notes,
      distanceM: extra.distanceM ?? null,
    },
    { ids: g.ids.activity, createdAt: minutesAfter(start, minutes + 30) },
  );
}

/**
 * Generates a realistic sample athlete, deterministically from `options`: a profile, a 12-week strength and running
 * program with four planned sessions a week (deload every fourth week), the sessions performed up to yesterday with
 * some skipped, tennis and climbing as unplanned hobbies, a hike, and morning weigh-ins trending down. Every activity
 * row is built by the manual-logging builders of `@trainkit/core`. The latest long run and tennis match are also the
 * ones the athlete's devices recorded (`recordedLongRun`, `recordedTennis`; see `generateDemoProviderData`).
 *
 * @example
 * ```ts
 * const demo = generateDemoAthlete({ seed: 42, weeks: 6, today: '2024-06-15' as LocalDate, timeZone: 'Europe/Berlin' });
 * demo.plannedSessions.length; // 48 (12 weeks x 4)
 * ```
 */
export function generateDemoAthlete(options: DemoAthleteOptions): DemoAthlete {
  const g: Generators = {
    random: createSeededRandom(options.seed),
    timeZone: options.timeZone,
    ids: {
      plannedSession: createSequentialIdFactory('demo_ps'),
      exercise: createSequentialIdFactory('demo_pe'),
      activity: createSequentialIdFactory('demo_act'),
      set: createSequentialIdFactory('demo_set'),
      biometric: createSequentialIdFactory('demo_bio'),
    },
  };
  // History ends yesterday; the program started so that yesterday falls in its week `weeks`.
  const lastDay = addDays(options.today, -1);
  const programStart = addDays(weekStartOf(lastDay), -7 * (options.weeks - 1));
  const createdAt = localTimeToInstant(addDays(programStart, -2), 20, 0, options.timeZone);
  const user: UserInsert = { id: DEMO_USER_ID, display_name: 'Alex Demo', created_at: createdAt };
  const profile: UserProfileInsert = {
    user_id: DEMO_USER_ID, date_of_birth: '1991-04-12', sex: 'male', height_cm: 181, created_at: createdAt, updated_at: createdAt,
  };
  const programId = 'demo_program';
  const program: ProgramInsert = {
    id: programId,
    user_id: DEMO_USER_ID,
    name: 'Strength + 10k base (12 weeks)',
    description: 'A lower-body and an upper-body strength day, an easy run and a long run each week; every fourth week is a deload.',
    status: 'active',
    start_date: programStart,
    end_date: addDays(programStart, 7 * DEMO_PROGRAM_WEEKS - 1),
    goal_1: 'Back squat 5x5 at 110 kg',
    goal_2: 'Run 10 km in under 55 minutes',
    goal_3: 'Keep playing tennis every week',
    created_at: createdAt,
    updated_at: createdAt,
  };
  const strength = demoActivity('strength_training');
  const running = demoActivity('running');
  const programDisciplines: ProgramDisciplineInsert[] = [strength, running].map((activity) => ({
    id: `demo_pd_${activity.slug}`,
    user_id: DEMO_USER_ID,
    program_id: programId,
    discipline_id: disciplineOf(activity),
    weight: 0.5,
  }));

  const plannedSessions: PlannedSessionInsert[] = [];
  const plannedExercises: PlannedSessionExerciseInsert[] = [];
  const logs: ManualLog[] = [];
  let latestLongRun: ManualLog | null = null;
  let latestTennis: ManualLog | null = null;
  let skipped = 0;
  const performedEasyRuns: PlannedSessionInsert[] = [];

  for (let week = 0; week < DEMO_PROGRAM_WEEKS; week += 1) {
    const deload = (week + 1) % 4 === 0;
    const weekStart = addDays(programStart, 7 * week);
    for (const template of DEMO_WEEK_TEMPLATE) {
      const date = addDays(weekStart, template.dayOffset);
      const activity = demoActivity(template.activity);
      const minutes = template.plannedMinutes(week, deload);
      const session: PlannedSessionInsert = {
        id: g.ids.plannedSession(),
        user_id: DEMO_USER_ID,
        program_id: programId,
        scheduled_date: date,
        discipline_id: activity.disciplineId,
        activity_definition_id: activity.id,
        title: deload ? `${template.title} (deload)` : template.title,
        planned_duration_seconds: minutes * 60,
        planned_distance_m: template.paceSecondsPerKm === null ? null : Math.round(((minutes * 60) / template.paceSecondsPerKm) * 1000),
        planned_rpe: template.plannedRpe(deload),
        status: 'planned',
        created_at: createdAt,
        updated_at: createdAt,
      };
      const prescription = template.exercises(week, deload).map((exercise, index) => {
        const id = g.ids.exercise();
        plannedExercises.push({
          id,
          user_id: DEMO_USER_ID,
          planned_session_id: session.id,
          movement_id: demoMovement(exercise.movement),
          order_index: index,
          sets: exercise.sets,
          reps: exercise.reps,
          load_kg: exercise.loadKg,
          duration_seconds: exercise.holdSeconds,
          rest_seconds: exercise.reps === null ? 60 : 150,
        });
        return { ...exercise, id };
      });
      let status: PlannedSessionStatus = 'planned';
      if (date <= lastDay) {
        if (g.random.chance(SKIP_PROBABILITY)) {
          status = 'skipped';
          skipped += 1;
        } else {
          status = 'completed';
          const log =
            template.paceSecondsPerKm === null
              ? performStrength(g, session, template, prescription, week, deload)
              : performRun(g, session, template, week, deload);
          logs.push(log);
          if (template.title === 'Long run') latestLongRun = log;
          if (template.title === 'Easy run') performedEasyRuns.push(session);
        }
      }
      plannedSessions.push({ ...session, status });
    }
    // Unplanned hobbies, in the past only.
    const sunday = addDays(weekStart, 6);
    if (sunday <= lastDay && g.random.chance(0.75)) {
      latestTennis = hobby(g, 'tennis', sunday, 10, g.random.pick([60, 75, 90, 105]), {
        notes: g.random.pick(TENNIS_NOTES), rpe: g.random.integer(6, 8), enjoyment: g.random.integer(4, 5),
      });
      logs.push(latestTennis);
    }
    const wednesday = addDays(weekStart, 2);
    if (wednesday <= lastDay && g.random.chance(0.5)) {
      logs.push(hobby(g, 'climbing', wednesday, 19, g.random.pick([60, 75, 90]), {
        notes: g.random.pick(CLIMBING_NOTES), rpe: g.random.integer(6, 7), enjoyment: 5,
      }));
    }
    if (week === 1 && addDays(weekStart, 5) <= lastDay) {
      logs.push(hobby(g, 'hiking', addDays(weekStart, 5), 14, 150, {
        notes: 'Ridge loop with friends', rpe: 4, enjoyment: 5, distanceM: 11_400,
      }));
    }
  }

  // Adherence below 100% is the point of the report: make sure at least one past session was skipped.
  const forcedSkip = skipped === 0 ? performedEasyRuns[0] : undefined;
  if (forcedSkip) {
    const index = plannedSessions.findIndex((session) => session.id === forcedSkip.id);
    plannedSessions[index] = { ...forcedSkip, status: 'skipped' };
    const logIndex = logs.findIndex((log) => log.activityInstance.planned_session_id === forcedSkip.id);
    logs.splice(logIndex, 1);
  }

  const biometrics: UserBiometricInsert[] = [];
  for (let day = 0, date = programStart; date <= lastDay; day += 1, date = addDays(date, 1)) {
    if (!g.random.chance(0.7)) continue;
    const measuredAt = localTimeToInstant(date, 7, g.random.integer(0, 30), options.timeZone);
    biometrics.push({
      id: g.ids.biometric(),
      user_id: DEMO_USER_ID,
      date,
      measured_at: measuredAt,
      metric_type: 'weight_kg',
      value: tenths(82.4 - 0.035 * day + g.random.between(-0.35, 0.35)),
      source: 'manual',
      created_at: measuredAt,
    });
  }

  logs.sort((a, b) => a.activityInstance.performed_start.localeCompare(b.activityInstance.performed_start));
  return {
    user, profile, program, programDisciplines, plannedSessions, plannedExercises, logs, biometrics,
    recordedLongRun: latestLongRun, recordedTennis: latestTennis,
    range: { from: programStart, to: lastDay },
  };
}
