import type { CardioLogInput, SessionLogInput, StrengthLogInput, StrengthSetInput } from '@trainkit/core';

/**
 * What every facade log takes instead of the builders' row ids: the activity by catalog slug (`running`) or by
 * `activity_definitions` id (`act_running`, or your own definition's id), and an optional `start` (default: the
 * facade's clock). The discipline is never given: it is the activity definition's.
 *
 * @example
 * ```ts
 * const fields: LogActivityFields = { activity: 'running', start: '2024-06-02T06:30:00Z' };
 * ```
 */
export interface LogActivityFields {
  /** Catalog slug or `activity_definitions` id; its category must fit the log kind (see `LOG_KIND_CATEGORIES`). */
  readonly activity?: string | null;
  /** When the session started (ISO-8601 with a zone; default: now). */
  readonly start?: string;
}

/**
 * One set of `trainkit.log.strength`: the builder's set (`reps`, `loadKg`, `rpe` or `rir`, `durationSeconds`, ...)
 * with the movement by catalog slug (`back_squat`) or `movements` id (`mov_back_squat`).
 *
 * @example
 * ```ts
 * const set: LogStrengthSetInput = { movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 };
 * ```
 */
export type LogStrengthSetInput = Omit<StrengthSetInput, 'movementId'> & {
  /** Catalog slug or `movements` id. */
  readonly movement: string;
};

/**
 * Input of `trainkit.log.strength`: `StrengthLogInput` of `@trainkit/core` (user, duration, time zone, session RPE,
 * notes, planned session, ...) with the activity (default `strength_training`) and movements by slug or id.
 *
 * @example
 * ```ts
 * const input: LogStrengthInput = {
 *   userId: 'athlete_1', start: '2024-06-10T07:00:00Z', durationSeconds: 3600, timeZone: 'Europe/Berlin',
 *   sets: [{ movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 }],
 * };
 * ```
 */
export type LogStrengthInput = Omit<StrengthLogInput, 'activityDefinitionId' | 'disciplineId' | 'start' | 'sets'> &
  LogActivityFields & {
    /** The sets, in order (1..5,000). */
    readonly sets: readonly LogStrengthSetInput[];
  };

/**
 * Input of `trainkit.log.cardio`: `CardioLogInput` of `@trainkit/core` (duration, distance, heart rate, power,
 * elevation, energy, RPE, ...) with the activity by slug or id. It needs a duration and an activity (or a title).
 *
 * @example
 * ```ts
 * const input: LogCardioInput = { userId: 'athlete_1', activity: 'running', start: '2024-06-11T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 };
 * ```
 */
export type LogCardioInput = Omit<CardioLogInput, 'activityDefinitionId' | 'disciplineId' | 'start'> & LogActivityFields;

/**
 * Input of `trainkit.log.sport` and `trainkit.log.hobby`: `SessionLogInput` of `@trainkit/core` (duration, RPE,
 * enjoyment 1..5, notes, and heart rate or distance when measured) with the activity by slug or id.
 *
 * @example
 * ```ts
 * const input: LogSessionInput = { userId: 'athlete_1', activity: 'tennis', start: '2024-06-12T16:00:00Z', durationSeconds: 5400, enjoyment: 5 };
 * ```
 */
export type LogSessionInput = Omit<SessionLogInput, 'activityDefinitionId' | 'disciplineId' | 'start'> & LogActivityFields;

/**
 * Options of every `trainkit.log.*` call.
 *
 * @example
 * ```ts
 * await trainkit.log.cardio(input, { createUser: true }); // a command line creating athletes on first use
 * ```
 */
export interface LogOptions {
  /** Create the `users` row when it does not exist, in the same transaction (default false: `NotFoundError`). */
  readonly createUser?: boolean;
}
