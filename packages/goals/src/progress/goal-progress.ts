import {
  InstantSchema,
  ValidationError,
  toValidationIssues,
  LocalDateSchema,
  type GoalRow,
  type Instant,
  type ValidationIssue,
} from '@trainkit/core';
import { GoalTargetSchema } from '../targets/goal-target-schema.js';
import { goalTargetMeasure, type GoalTargetMeasure } from '../targets/goal-target-measure.js';
import { checkinMeasureValue } from './checkin-measure-value.js';
import { formatMeasureValue } from './format-measure-value.js';
import { GoalObservationSchema, type GoalObservationInput } from './goal-observation-schema.js';
import type { GoalProgress, GoalProgressStatus } from './goal-progress-schema.js';
import { leastSquaresFit } from './least-squares-fit.js';

const DAY_MS = 86_400_000;

/**
 * How close the projection at the deadline must come to the target, as a share of the improvement needed (baseline
 * to target): at least `1 − tolerance` of it is `on_track`, at least `1 + tolerance` is `ahead`, less is `behind`.
 *
 * @example
 * ```ts
 * GOAL_PROGRESS_TOLERANCE; // 0.05
 * ```
 */
export const GOAL_PROGRESS_TOLERANCE = 0.05;

/**
 * Days before the goal's start whose measurements still count (for the baseline and the trend), by default.
 *
 * @example
 * ```ts
 * GOAL_PROGRESS_LOOKBACK_DAYS; // 28
 * ```
 */
export const GOAL_PROGRESS_LOOKBACK_DAYS = 28;

/**
 * What {@link goalProgress} takes.
 *
 * @example
 * ```ts
 * const input: GoalProgressInput = { goal, checkins: [], observations: [{ at: '2025-03-10T18:00:00Z', value: 128 }], asOf: '2025-04-01T00:00:00Z', deadline: '2025-05-25T21:59:59.999Z' };
 * ```
 */
export interface GoalProgressInput {
  /** The revision whose target is measured (usually the one in force at `asOf`). */
  readonly goal: GoalRow;
  /** Check-ins of the goal (any revision of it): the value is read from `value_json` at the measure's field, dated noon UTC of `date`. */
  readonly checkins: readonly GoalProgressCheckin[];
  /** Values derived from stored data (activities, sets, biometrics). */
  readonly observations: readonly GoalObservationInput[];
  readonly asOf: string;
  /** Start of the goal window (default `goal.effective_from`; pass the first revision's to keep the baseline across revisions). */
  readonly start?: string;
  /** When the target should be reached; default the end (UTC) of an event target's date, else none. */
  readonly deadline?: string | null;
  /** Value at the start, when known better than the measurements tell. */
  readonly baseline?: number;
  /** Measurements up to this many days before `start` count (default {@link GOAL_PROGRESS_LOOKBACK_DAYS}). */
  readonly lookbackDays?: number;
}

/**
 * What {@link goalProgress} reads of a check-in (a stored `GoalCheckinRow` fits): its local `date` (`YYYY-MM-DD`) and
 * its `value_json`.
 *
 * @example
 * ```ts
 * const checkin: GoalProgressCheckin = { date: '2025-03-29', value_json: { load_kg: 126 } };
 * ```
 */
export interface GoalProgressCheckin {
  readonly date: string;
  readonly value_json: unknown;
}

interface Point {
  readonly at: number;
  readonly value: number;
}

function meets(value: number, measure: GoalTargetMeasure): boolean {
  return measure.better === 'higher' ? value >= measure.target : value <= measure.target;
}

function instant(value: unknown, path: string, issues: ValidationIssue[]): number {
  const parsed = InstantSchema.safeParse(value);
  if (parsed.success) return Date.parse(parsed.data);
  issues.push({ path, rule: 'invalid_format', message: `must be an ISO-8601 date-time with Z or a UTC offset, got ${JSON.stringify(value)}` });
  return Number.NaN;
}

const iso = (ms: number) => new Date(ms).toISOString() as Instant;

/**
 * The progress of a goal at `asOf`: the target's measure (see `goalTargetMeasure`), the check-ins and observations
 * from `lookbackDays` before `start` up to `asOf`, and a least-squares line through them (time in days). Status:
 *
 * - `achieved`: the goal's revision says so, or the current value (best so far, or latest, by the measure's basis)
 *   meets the target;
 * - `no_data`: nothing to measure (an event target with neither distance nor finish time), or fewer than two
 *   measurements at different times;
 * - with a deadline: `behind` once it has passed; else the projection at the deadline against the target, as a
 *   share of the improvement needed from the baseline: `ahead` at `1 + GOAL_PROGRESS_TOLERANCE` or more, `on_track`
 *   at `1 − GOAL_PROGRESS_TOLERANCE` or more, `behind` below;
 * - without a deadline: `on_track` when the trend moves toward the target, `behind` otherwise.
 *
 * `expected_value_now` is where a straight path from the baseline at `start` to the target at the deadline stands at
 * `asOf`. Pure and deterministic: points are sorted by (time, value) before fitting, so input order never matters.
 *
 * @throws {ValidationError} Subject `goal progress`: an invalid target, `asOf` / `start` / `deadline` not instants,
 * an invalid observation or check-in date.
 *
 * @example
 * ```ts
 * const progress = goalProgress({
 *   goal, asOf: '2025-04-01T00:00:00Z', deadline: '2025-05-25T21:59:59.999Z',
 *   checkins: [{ date: '2025-03-01', value_json: { load_kg: 125 } }],
 *   observations: [{ at: '2025-03-15T18:00:00Z', value: 130 }, { at: '2025-03-29T18:00:00Z', value: 133 }],
 * });
 * progress.status; // 'on_track' | 'ahead' | 'behind' | ...
 * ```
 */
export function goalProgress(input: GoalProgressInput): GoalProgress {
  const { goal } = input;
  const issues: ValidationIssue[] = [];
  const asOf = instant(input.asOf, 'asOf', issues);
  const start = instant(input.start ?? goal.effective_from, 'start', issues);
  const targetResult = GoalTargetSchema.safeParse(goal.target_json);
  if (!targetResult.success) issues.push(...toValidationIssues(targetResult.error.issues).map((issue) => ({ ...issue, path: `goal.target_json${issue.path ? `.${issue.path}` : ''}` })));
  const target = targetResult.success ? targetResult.data : undefined;
  const deadlineInput = input.deadline !== undefined ? input.deadline : target?.type === 'event' ? `${target.date}T23:59:59.999Z` : null;
  const deadline = deadlineInput === null ? null : instant(deadlineInput, 'deadline', issues);
  const observations = input.observations.map((observation, index) => {
    const parsed = GoalObservationSchema.safeParse(observation);
    if (!parsed.success) issues.push(...toValidationIssues(parsed.error.issues).map((issue) => ({ ...issue, path: `observations.${index}${issue.path ? `.${issue.path}` : ''}` })));
    return parsed.success ? parsed.data : undefined;
  });
  input.checkins.forEach((checkin, index) => {
    if (!LocalDateSchema.safeParse(checkin.date).success) {
      issues.push({ path: `checkins.${index}.date`, rule: 'invalid_format', message: `must be a date YYYY-MM-DD, got ${JSON.stringify(checkin.date)}` });
    }
  });
  const lookbackDays = input.lookbackDays ?? GOAL_PROGRESS_LOOKBACK_DAYS;
  if (!(lookbackDays >= 0 && Number.isFinite(lookbackDays))) issues.push({ path: 'lookbackDays', rule: 'too_small', message: 'must be a finite number >= 0' });
  if (input.baseline !== undefined && !Number.isFinite(input.baseline)) issues.push({ path: 'baseline', rule: 'invalid_type', message: 'must be a finite number' });
  if (issues.length > 0 || target === undefined) throw new ValidationError('goal progress', issues);

  const measure = goalTargetMeasure(target);
  const windowStart = start - lookbackDays * DAY_MS;
  const inWindow = (at: number) => at >= windowStart && at <= asOf;
  const base = {
    goal_id: goal.id,
    goal_key: goal.goal_key,
    revision: goal.revision,
    as_of: iso(asOf),
    measure: measure === null ? null : { field: measure.field, unit: measure.unit, better: measure.better, basis: measure.basis, label: measure.label, target: measure.target },
    start: iso(start),
    deadline: deadline === null ? null : iso(deadline),
  };
  const empty = {
    baseline_value: null, current_value: null, latest_value: null, projected_value: null, projected_at_deadline: null,
    expected_value_now: null, slope_per_week: null,
  };
  if (measure === null) {
    const status: GoalProgressStatus = goal.status === 'achieved' ? 'achieved' : 'no_data';
    return {
      ...base, ...empty, status, points_used: 0, checkins_used: 0, checkins_skipped: 0, observations_used: 0,
      explanation: status === 'achieved' ? `marked achieved in revision ${goal.revision}` : 'the target has nothing to measure (no distance or finish time): only its status tells',
    };
  }

  const points: Point[] = [];
  let checkinsUsed = 0;
  let checkinsSkipped = 0;
  for (const checkin of input.checkins) {
    const at = Date.parse(`${checkin.date}T12:00:00.000Z`);
    if (!inWindow(at)) continue;
    const value = checkinMeasureValue(checkin.value_json, measure);
    if (value === null) {
      checkinsSkipped++;
      continue;
    }
    points.push({ at, value });
    checkinsUsed++;
  }
  let observationsUsed = 0;
  for (const observation of observations) {
    if (observation === undefined) continue;
    const at = Date.parse(observation.at);
    if (!inWindow(at)) continue;
    points.push({ at, value: observation.value });
    observationsUsed++;
  }
  points.sort((a, b) => a.at - b.at || a.value - b.value);
  const counts = { points_used: points.length, checkins_used: checkinsUsed, checkins_skipped: checkinsSkipped, observations_used: observationsUsed };
  const show = (value: number) => formatMeasureValue(value, measure.unit);
  const sign = measure.better === 'higher' ? 1 : -1;

  const latest = points.at(-1)?.value ?? null;
  const best = points.length === 0 ? null : points.reduce((chosen, point) => (sign * point.value > sign * chosen ? point.value : chosen), points[0]!.value);
  const current = measure.basis === 'best' ? best : latest;
  const atOrBeforeStart = points.filter((point) => point.at <= start).at(-1);
  const baseline = input.baseline ?? atOrBeforeStart?.value ?? points[0]?.value ?? null;
  const fit = leastSquaresFit(points.map((point) => ({ x: (point.at - start) / DAY_MS, y: point.value })));
  const lineAt = (ms: number) => (fit === null ? null : fit.intercept + fit.slope * ((ms - start) / DAY_MS));
  const projected = lineAt(asOf);
  const projectedAtDeadline = deadline === null ? null : lineAt(deadline);
  const expectedNow =
    deadline === null || baseline === null || deadline <= start
      ? null
      : baseline + (measure.target - baseline) * Math.min(1, Math.max(0, (asOf - start) / (deadline - start)));
  const values = {
    baseline_value: baseline,
    current_value: current,
    latest_value: latest,
    projected_value: projected,
    projected_at_deadline: projectedAtDeadline,
    expected_value_now: expectedNow,
    slope_per_week: fit === null ? null : fit.slope * 7,
  };
  const currentText = current === null ? '' : `${measure.basis} ${show(current)}`;
  const targetText = `target ${show(measure.target)}`;

  if (goal.status === 'achieved' || (current !== null && meets(current, measure))) {
    const why = goal.status === 'achieved' ? `marked achieved in revision ${goal.revision}` : `${currentText} meets the ${targetText}`;
    return { ...base, ...values, ...counts, status: 'achieved', explanation: `${measure.label}: ${why}` };
  }
  if (points.length === 0) {
    return { ...base, ...values, ...counts, status: 'no_data', explanation: `${measure.label}: no check-ins or measurements since ${iso(windowStart).slice(0, 10)}; ${targetText}` };
  }
  if (fit === null) {
    return {
      ...base, ...values, ...counts, status: 'no_data',
      explanation: `${measure.label}: ${currentText}, ${targetText}; one measurement time only, at least two are needed to project`,
    };
  }
  const trendText = `trend ${sign * fit.slope >= 0 ? 'toward' : 'away from'} the target (${fit.slope * 7 >= 0 ? '+' : ''}${formatMeasureValue(fit.slope * 7, measure.unit)} per week over ${points.length} measurements)`;
  let status: GoalProgressStatus;
  let verdict: string;
  if (deadline === null) {
    status = sign * fit.slope > 0 ? 'on_track' : 'behind';
    verdict = 'no deadline';
  } else if (asOf >= deadline) {
    status = 'behind';
    verdict = `the deadline ${iso(deadline).slice(0, 10)} has passed`;
  } else {
    const projectedAt = projectedAtDeadline ?? 0;
    const needed = baseline === null ? 0 : sign * (measure.target - baseline);
    if (baseline === null || needed <= 0) {
      status = meets(projectedAt, measure) ? 'on_track' : 'behind';
    } else {
      const share = (sign * (projectedAt - baseline)) / needed;
      status = share >= 1 + GOAL_PROGRESS_TOLERANCE ? 'ahead' : share >= 1 - GOAL_PROGRESS_TOLERANCE ? 'on_track' : 'behind';
    }
    verdict = `projected ${show(projectedAt)} by ${iso(deadline).slice(0, 10)}${expectedNow === null ? '' : `, expected ${show(expectedNow)} by now`}`;
  }
  return {
    ...base, ...values, ...counts, status,
    explanation: `${measure.label}: ${currentText}, ${targetText}; ${trendText}; ${verdict}: ${status.replace('_', ' ')}`,
  };
}
