import {
  InstantSchema,
  safeParseGoal,
  ValidationError,
  type GoalHorizon,
  type GoalRow,
  type GoalType,
  type JsonValue,
  type ValidationIssue,
} from '@trainkit/core';
import { safeParseGoalTarget } from '../targets/parse-goal-target.js';
import { goalImmer } from './goal-immer.js';

/**
 * A new goal, as {@link createGoalRevision} takes it: the first revision of a lineage (`goal_key`).
 *
 * @example
 * ```ts
 * const goal: NewGoal = {
 *   user_id: 'u1', goal_key: 'squat_140', title: 'Squat 140 kg', goal_type: 'strength', horizon: 'block',
 *   program_id: 'block_1', parent_goal_key: 'strength_2025',
 *   target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 },
 * };
 * ```
 */
export interface NewGoal {
  readonly user_id: string;
  /** Lineage id shared by every revision. */
  readonly goal_key: string;
  readonly title: string;
  readonly goal_type: GoalType;
  /** `macro` needs `macro_cycle_id`, `block` needs `program_id`. */
  readonly horizon: GoalHorizon;
  /** Checked against `GoalTargetSchema` and against `goal_type`. */
  readonly target: unknown;
  /** 1 = highest (default 1). */
  readonly priority?: number;
  /** `active` (default) or `paused`; a goal is retired by {@link retireGoal}, not created retired. */
  readonly status?: 'active' | 'paused';
  /** The goal this one serves (a 12-week goal under a 12-month goal). */
  readonly parent_goal_key?: string | null;
  readonly macro_cycle_id?: string | null;
  readonly program_id?: string | null;
  /** Valid from (default: `at`). May be before `at` (a goal recorded late) or after it (a goal for later). */
  readonly effective_from?: string;
}

/**
 * When and under which id a revision is recorded: `at` becomes `created_at` (record time), `id` the row id.
 *
 * @example
 * ```ts
 * const stamp: GoalRevisionStamp = { at: '2025-03-01T08:00:00.000Z', id: 'goal_squat_140_r1' };
 * ```
 */
export interface GoalRevisionStamp {
  readonly at: string;
  readonly id: string;
}

/** Internal: the horizon rules, one issue each. */
export function horizonIssues(row: {
  horizon: GoalHorizon;
  goal_key: string;
  parent_goal_key: string | null;
  macro_cycle_id: string | null;
  program_id: string | null;
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (row.horizon === 'macro' && row.macro_cycle_id === null) {
    issues.push({ path: 'macro_cycle_id', rule: 'required', message: 'a macro (12-month) goal needs the macro cycle it belongs to' });
  }
  if (row.horizon === 'macro' && row.program_id !== null) {
    issues.push({ path: 'program_id', rule: 'invalid_value', message: 'a macro (12-month) goal belongs to a macro cycle, not to a block' });
  }
  if (row.horizon === 'block' && row.program_id === null) {
    issues.push({ path: 'program_id', rule: 'required', message: 'a block (12-week) goal needs the block (programs.id) it belongs to' });
  }
  if (row.parent_goal_key !== null && row.parent_goal_key === row.goal_key) {
    issues.push({ path: 'parent_goal_key', rule: 'invalid_value', message: 'a goal cannot serve itself' });
  }
  return issues;
}

/** Internal: a target's issues with paths under `target`. */
export function targetIssues(target: unknown, goalType: GoalType): { target: JsonValue | undefined; issues: ValidationIssue[] } {
  const parsed = safeParseGoalTarget(target, goalType);
  if (parsed.ok) return { target: parsed.value as JsonValue, issues: [] };
  return {
    target: undefined,
    issues: parsed.error.issues.map((issue) => ({ ...issue, path: issue.path === '' ? 'target' : `target.${issue.path}` })),
  };
}

/** Internal: `at` as an instant, or an issue on `path`. */
export function instantOrIssue(value: unknown, path: string, issues: ValidationIssue[]): string | undefined {
  const parsed = InstantSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  issues.push({ path, rule: 'invalid_format', message: `must be an ISO-8601 date-time with Z or a UTC offset, got ${JSON.stringify(value)}` });
  return undefined;
}

/**
 * The first revision of a new goal: `revision` 1, `effective_to` null, `created_at` = `stamp.at`, the target checked
 * against `GoalTargetSchema` and the `goal_type`, the horizon rules checked (`macro` needs `macro_cycle_id` and no
 * `program_id`, `block` needs `program_id`, a goal is not its own parent), the row checked by core's `GoalInsertSchema`.
 * Returns a frozen row, produced by the package's private immer instance. Pure.
 *
 * @throws {ValidationError} Subject `goals`, every broken rule at once (target issues under `target.`).
 *
 * @example
 * ```ts
 * const first = createGoalRevision(
 *   { user_id: 'u1', goal_key: 'squat_140', title: 'Squat 140 kg', goal_type: 'strength', horizon: 'session',
 *     target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 } },
 *   { at: '2025-03-01T08:00:00.000Z', id: 'goal_squat_140_r1' },
 * );
 * first.revision; // 1
 * ```
 */
export function createGoalRevision(goal: NewGoal, stamp: GoalRevisionStamp): GoalRow {
  const issues: ValidationIssue[] = [];
  const at = instantOrIssue(stamp.at, 'created_at', issues);
  const effectiveFrom = goal.effective_from === undefined ? at : instantOrIssue(goal.effective_from, 'effective_from', issues);
  const target = targetIssues(goal.target, goal.goal_type);
  issues.push(...target.issues);
  const candidate = {
    id: stamp.id,
    user_id: goal.user_id,
    goal_key: goal.goal_key,
    revision: 1,
    parent_goal_key: goal.parent_goal_key ?? null,
    macro_cycle_id: goal.macro_cycle_id ?? null,
    program_id: goal.program_id ?? null,
    horizon: goal.horizon,
    goal_type: goal.goal_type,
    title: typeof goal.title === 'string' ? goal.title.trim() : goal.title,
    target_json: target.target ?? {},
    priority: goal.priority ?? 1,
    status: goal.status ?? 'active',
    effective_from: effectiveFrom ?? stamp.at,
    effective_to: null,
    created_at: at ?? stamp.at,
  };
  if (candidate.status !== 'active' && candidate.status !== 'paused') {
    issues.push({ path: 'status', rule: 'invalid_value', message: `a new goal is active or paused, got ${JSON.stringify(candidate.status)} (retire it after creating it)` });
  }
  issues.push(...horizonIssues(candidate));
  const row = safeParseGoal(candidate);
  // An invalid `at` already has its issue; effective_from defaults to it and would repeat it.
  const reported = new Set([...issues.map((issue) => issue.path), ...(at === undefined && goal.effective_from === undefined ? ['effective_from'] : [])]);
  if (!row.ok) issues.push(...row.error.issues.filter((issue) => !reported.has(issue.path)));
  if (!row.ok || issues.length > 0) throw new ValidationError('goals', issues);
  return goalImmer.produce(row.value, () => undefined);
}
