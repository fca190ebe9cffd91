import { SKILL_LEVELS } from '@trainkit/core';
import type { GoalTarget } from './goal-target-schema.js';

/**
 * The number a goal's progress is measured by: which field of a check-in holds it, the value to reach, which way is
 * better, and whether the best value so far (`best`: a lift once lifted stays achieved) or the latest one (`latest`:
 * body weight, weekly adherence) counts.
 *
 * @example
 * ```ts
 * const measure: GoalTargetMeasure = { field: 'load_kg', target: 140, better: 'higher', basis: 'best', unit: 'kg', label: 'one-rep max' };
 * ```
 */
export interface GoalTargetMeasure {
  /** Key of the value in a check-in's `value_json` (`load_kg`, `duration_seconds`, `weight_kg`, `level`, ...). */
  readonly field: string;
  /** The value to reach, in `unit` (a skill level as its index in core `SKILL_LEVELS`). */
  readonly target: number;
  /** `higher` when more is better (load, distance, power), `lower` when less is (time, pace, weight loss). */
  readonly better: 'higher' | 'lower';
  /** `best`: the best value so far counts; `latest`: the most recent value counts. */
  readonly basis: 'best' | 'latest';
  /** Unit of the values: `kg`, `s`, `s/km`, `m`, `W`, `%`, `cm`, `level`, `reps`, `sessions/week`, `min/week`, `days/week`. */
  readonly unit: string;
  /** Short words for explanations, e.g. `one-rep max`. */
  readonly label: string;
}

/**
 * The measure of a target (see {@link GoalTargetMeasure}), or `null` for an event target with neither a distance
 * nor a finish time (nothing to measure; only its status tells).
 *
 * @example
 * ```ts
 * goalTargetMeasure({ type: 'time', discipline_id: 'dis_running', distance_m: 10_000, duration_seconds: 2700 } as GoalTarget);
 * // { field: 'duration_seconds', target: 2700, better: 'lower', basis: 'best', unit: 's', label: 'time over 10000 m' }
 * ```
 */
export function goalTargetMeasure(target: GoalTarget): GoalTargetMeasure | null {
  switch (target.type) {
    case 'one_rep_max':
      return { field: 'load_kg', target: target.load_kg, better: 'higher', basis: 'best', unit: 'kg', label: 'one-rep max' };
    case 'time':
      return { field: 'duration_seconds', target: target.duration_seconds, better: 'lower', basis: 'best', unit: 's', label: `time over ${target.distance_m} m` };
    case 'distance':
      return { field: 'distance_m', target: target.distance_m, better: 'higher', basis: 'best', unit: 'm', label: 'distance in one session' };
    case 'pace':
      return {
        field: 'seconds_per_km', target: target.seconds_per_km, better: 'lower', basis: 'best', unit: 's/km',
        label: target.distance_m === undefined ? 'pace' : `pace over ${target.distance_m} m`,
      };
    case 'power':
      return { field: 'watts', target: target.watts, better: 'higher', basis: 'best', unit: 'W', label: `power over ${target.duration_seconds} s` };
    case 'body_composition':
      return {
        field: target.metric, target: target.target, better: target.direction === 'decrease' ? 'lower' : 'higher', basis: 'latest',
        unit: target.metric === 'body_fat_percent' ? '%' : target.metric === 'waist_cm' ? 'cm' : 'kg', label: target.metric.replace(/_/g, ' '),
      };
    case 'skill':
      if (target.level !== undefined) {
        return { field: 'level', target: SKILL_LEVELS.indexOf(target.level), better: 'higher', basis: 'best', unit: 'level', label: 'skill level' };
      }
      if (target.reps !== undefined) return { field: 'reps', target: target.reps, better: 'higher', basis: 'best', unit: 'reps', label: 'reps in one set' };
      return { field: 'hold_seconds', target: target.hold_seconds ?? 0, better: 'higher', basis: 'best', unit: 's', label: 'hold' };
    case 'adherence':
      return target.sessions_per_week !== undefined
        ? { field: 'sessions_per_week', target: target.sessions_per_week, better: 'higher', basis: 'latest', unit: 'sessions/week', label: 'sessions a week' }
        : { field: 'weekly_minutes', target: target.weekly_minutes ?? 0, better: 'higher', basis: 'latest', unit: 'min/week', label: 'minutes a week' };
    case 'habit':
      return { field: 'days_per_week', target: target.days_per_week, better: 'higher', basis: 'latest', unit: 'days/week', label: target.habit };
    case 'event':
      if (target.duration_seconds !== undefined) {
        return { field: 'duration_seconds', target: target.duration_seconds, better: 'lower', basis: 'best', unit: 's', label: `${target.name} finish time` };
      }
      if (target.distance_m !== undefined) {
        return { field: 'distance_m', target: target.distance_m, better: 'higher', basis: 'best', unit: 'm', label: `${target.name} distance` };
      }
      return null;
  }
}
