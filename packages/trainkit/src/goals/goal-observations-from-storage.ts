import { selectBiometricValues } from '@trainkit/biometrics';
import {
  localDayOf,
  type ActivityInstanceRow,
  type ActivityStrengthSetRow,
  type Instant,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import { estimateOneRepMax } from '@trainkit/fatigue';
import type { GoalObservation, GoalTarget } from '@trainkit/goals';
import { addLocalDays, endOfLocalDay, localDateTimeToInstant } from '../time/local-date-time-to-instant.js';
import { idChunks } from '../collections/id-chunks.js';

/**
 * Sets with more reps to failure (reps + RIR) than this are left out of estimated one-rep maxima: Epley's formula
 * loses its accuracy beyond about a dozen.
 *
 * @example
 * ```ts
 * ONE_REP_MAX_MAX_REPS_TO_FAILURE; // 12
 * ```
 */
export const ONE_REP_MAX_MAX_REPS_TO_FAILURE = 12;

interface Scope {
  readonly discipline_id?: string | undefined;
  readonly activity_definition_id?: string | undefined;
}

/** An activity of the target's scope: its activity when the target names one, else its discipline. */
function inScope(activity: ActivityInstanceRow, scope: Scope): boolean {
  if (scope.activity_definition_id !== undefined) return activity.activity_definition_id === scope.activity_definition_id;
  return scope.discipline_id !== undefined && activity.discipline_id === scope.discipline_id;
}

/** Monday of the local week of `date`. */
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return addLocalDays(date, -((weekday + 6) % 7));
}

/** The best observation of each local week (Monday to Sunday), by `better`: the weekly bests a trend is fitted to. */
function weeklyBest(observations: readonly (GoalObservation & { readonly week: string })[], better: 'higher' | 'lower'): GoalObservation[] {
  const best = new Map<string, GoalObservation & { readonly week: string }>();
  const sign = better === 'higher' ? 1 : -1;
  for (const observation of observations) {
    const current = best.get(observation.week);
    if (current === undefined || sign * observation.value > sign * current.value || (observation.value === current.value && observation.at < current.at)) {
      best.set(observation.week, observation);
    }
  }
  return [...best.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map(({ week: _week, ...observation }) => observation);
}

async function activitiesByIds(repositories: TrainkitRepositories, userId: UserId, ids: readonly string[]): Promise<Map<string, ActivityInstanceRow>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, ActivityInstanceRow>();
  for (const chunk of idChunks(unique as ActivityInstanceRow['id'][])) {
    const rows = await repositories.activityInstances.list(userId, { where: { id: chunk } });
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/** Per activity in the window, the set of `movementId` with the best `valueOf`, as weekly bests. */
async function fromStrengthSets(
  repositories: TrainkitRepositories,
  call: GoalObservationsCall,
  movementId: string,
  valueOf: (set: ActivityStrengthSetRow) => number | null,
): Promise<GoalObservation[]> {
  const sets = (await repositories.activityStrengthSets.list(call.userId, { where: { movement_id: movementId as ActivityStrengthSetRow['movement_id'] } }))
    .filter((set) => !set.is_warmup);
  const activities = await activitiesByIds(repositories, call.userId, sets.map((set) => set.activity_instance_id));
  const from = Date.parse(call.from);
  const to = Date.parse(call.to);
  const observations: (GoalObservation & { week: string })[] = [];
  for (const set of sets) {
    const activity = activities.get(set.activity_instance_id);
    if (!activity) continue;
    const at = Date.parse(activity.performed_start);
    if (at < from || at > to) continue;
    const value = valueOf(set);
    if (value === null || !Number.isFinite(value)) continue;
    observations.push({ at: activity.performed_start, value, source: 'activity_strength_sets', ref: set.id, week: mondayOf(activity.local_date) });
  }
  return weeklyBest(observations, 'higher');
}

/** Estimated one-rep max of a working set: the load of a single, else Epley on reps + RIR (null when unusable). */
function estimatedOneRepMax(set: ActivityStrengthSetRow): number | null {
  if (set.reps === null || set.reps < 1 || set.load_kg === null || set.load_kg <= 0) return null;
  const repsToFailure = set.reps + (set.rir ?? 0);
  if (repsToFailure > ONE_REP_MAX_MAX_REPS_TO_FAILURE) return null;
  return repsToFailure <= 1 ? set.load_kg : estimateOneRepMax(set.load_kg, set.reps, { rir: set.rir ?? 0 });
}

/** Per activity of the scope in the window, `valueOf` (null = not usable), as weekly bests. */
async function fromActivities(
  repositories: TrainkitRepositories,
  call: GoalObservationsCall,
  scope: Scope,
  better: 'higher' | 'lower',
  valueOf: (activity: ActivityInstanceRow) => number | null,
): Promise<GoalObservation[]> {
  const activities = await repositories.activityInstances.listBetween(call.userId, call.from, call.to);
  const observations: (GoalObservation & { week: string })[] = [];
  for (const activity of activities) {
    if (!inScope(activity, scope)) continue;
    const value = valueOf(activity);
    if (value === null || !Number.isFinite(value)) continue;
    observations.push({ at: activity.performed_start, value, source: 'activity_instances', ref: activity.id, week: mondayOf(activity.local_date) });
  }
  return weeklyBest(observations, better);
}

/** Time over `distanceM`, at the activity's average pace, for activities at least that long. */
function timeOver(distanceM: number) {
  return (activity: ActivityInstanceRow) =>
    activity.distance_m !== null && activity.duration_seconds !== null && activity.distance_m >= distanceM
      ? (activity.duration_seconds * distanceM) / activity.distance_m
      : null;
}

/** Sessions or minutes of every complete local week (Monday to Sunday) in the window, zero weeks included. */
async function weeklyAdherence(
  repositories: TrainkitRepositories,
  call: GoalObservationsCall,
  target: Extract<GoalTarget, { type: 'adherence' }>,
): Promise<GoalObservation[]> {
  const activities = (await repositories.activityInstances.listBetween(call.userId, call.from, call.to)).filter(
    (activity) => target.discipline_id === undefined || activity.discipline_id === target.discipline_id,
  );
  const totals = new Map<string, { sessions: number; seconds: number }>();
  for (const activity of activities) {
    const week = mondayOf(activity.local_date);
    const total = totals.get(week) ?? { sessions: 0, seconds: 0 };
    total.sessions++;
    total.seconds += activity.duration_seconds ?? 0;
    totals.set(week, total);
  }
  const observations: GoalObservation[] = [];
  const to = Date.parse(call.to);
  for (let monday = mondayOf(localDayOf(call.from, { timeZone: call.timeZone })); ; monday = addLocalDays(monday, 7)) {
    const weekStart = localDateTimeToInstant(monday, 0, call.timeZone);
    const weekEnd = endOfLocalDay(addLocalDays(monday, 6), call.timeZone);
    if (Date.parse(weekEnd) > to) break;
    if (Date.parse(weekStart) < Date.parse(call.from)) continue;
    const total = totals.get(monday) ?? { sessions: 0, seconds: 0 };
    observations.push({
      at: weekEnd,
      value: target.sessions_per_week !== undefined ? total.sessions : total.seconds / 60,
      source: 'activity_instances',
      ref: `week:${monday}`,
    });
  }
  return observations;
}

/**
 * Internal: the window and athlete of {@link goalObservationsFromStorage}.
 */
export interface GoalObservationsCall {
  readonly userId: UserId;
  readonly from: Instant;
  readonly to: Instant;
  readonly timeZone: string;
}

/**
 * Internal: the values of a goal's measure that stored data shows between `from` and `to` (check-ins come on top):
 *
 * - `one_rep_max`: per week the best estimated 1RM of the movement's working sets (a single's load, else Epley on
 *   reps + RIR, up to {@link ONE_REP_MAX_MAX_REPS_TO_FAILURE});
 * - `skill`: per week the most reps (`reps`) or the longest set (`hold_seconds`) of the movement; a `level` only by
 *   check-ins;
 * - `time` (and an `event` with a finish time): per week the best time over the distance, at the average pace of an
 *   activity of the scope at least that long; `distance` (and an `event` with a distance): the longest; `pace`: the
 *   best average pace of activities at least `distance_m` long; `power`: the best average power of activities at
 *   least `duration_seconds` long;
 * - `adherence`: sessions or minutes of every complete week, zero weeks included;
 * - `body_composition`: one value a day from `user_biometrics_history` by source priority (`selectBiometricValues`);
 * - `habit`: check-ins only.
 */
export async function goalObservationsFromStorage(
  repositories: TrainkitRepositories,
  target: GoalTarget,
  call: GoalObservationsCall,
): Promise<GoalObservation[]> {
  switch (target.type) {
    case 'one_rep_max':
      return fromStrengthSets(repositories, call, target.movement_id, estimatedOneRepMax);
    case 'skill':
      if (target.reps !== undefined) return fromStrengthSets(repositories, call, target.movement_id, (set) => set.reps);
      if (target.hold_seconds !== undefined) return fromStrengthSets(repositories, call, target.movement_id, (set) => set.duration_seconds);
      return [];
    case 'time':
      return fromActivities(repositories, call, target, 'lower', timeOver(target.distance_m));
    case 'distance':
      return fromActivities(repositories, call, target, 'higher', (activity) => activity.distance_m);
    case 'pace':
      return fromActivities(repositories, call, target, 'lower', (activity) =>
        activity.distance_m !== null && activity.distance_m > 0 && activity.duration_seconds !== null && activity.distance_m >= (target.distance_m ?? 0)
          ? activity.duration_seconds / (activity.distance_m / 1000)
          : null,
      );
    case 'power':
      return fromActivities(repositories, call, target, 'higher', (activity) =>
        activity.avg_power_w !== null && activity.duration_seconds !== null && activity.duration_seconds >= target.duration_seconds ? activity.avg_power_w : null,
      );
    case 'event':
      if (target.duration_seconds !== undefined && target.distance_m !== undefined) {
        return fromActivities(repositories, call, target, 'lower', timeOver(target.distance_m));
      }
      if (target.distance_m !== undefined) return fromActivities(repositories, call, target, 'higher', (activity) => activity.distance_m);
      return [];
    case 'adherence':
      return weeklyAdherence(repositories, call, target);
    case 'body_composition': {
      const rows = await repositories.biometrics.listByMetric(
        call.userId,
        target.metric,
        localDayOf(call.from, { timeZone: call.timeZone }),
        localDayOf(call.to, { timeZone: call.timeZone }),
      );
      const from = Date.parse(call.from);
      const to = Date.parse(call.to);
      return selectBiometricValues(rows)
        .map((row) => ({
          at: row.measured_at ?? localDateTimeToInstant(row.date, 12 * 60, call.timeZone),
          value: row.value,
          source: 'user_biometrics_history',
          ref: row.id,
        }))
        .filter((observation) => Date.parse(observation.at) >= from && Date.parse(observation.at) <= to)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    }
    case 'habit':
      return [];
  }
}
