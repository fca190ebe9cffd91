import {
  GoalKeySchema,
  GoalStatusSchema,
  GoalTypeSchema,
  safeParseGoal,
  toValidationIssues,
  ValidationError,
  type GoalRow,
  type JsonValue,
  type ValidationIssue,
} from '@trainkit/core';
import { z } from 'zod';
import { GoalRetiredError } from '../errors/goal-retired-error.js';
import { GoalRevisionConflictError } from '../errors/goal-revision-conflict-error.js';
import { horizonIssues, instantOrIssue, targetIssues, type GoalRevisionStamp } from './create-goal-revision.js';
import { goalImmer } from './goal-immer.js';
import { isGoalRetired } from './retired-goal-statuses.js';
import { sameJson } from './same-json.js';

/** The fields a revision may change. */
const CONTENT_FIELDS = ['title', 'goal_type', 'target_json', 'priority', 'status', 'parent_goal_key'] as const;

/**
 * What a revision may change: the title, the type and target (checked together), the priority, the status (pausing,
 * resuming, or retiring as `achieved` / `abandoned`) and the parent goal. Lineage, horizon, cycle and block stay:
 * a goal for another block is a new goal. At least one field must be given.
 *
 * @example
 * ```ts
 * GoalChangeSchema.parse({ target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 150 }, title: 'Squat 150 kg' });
 * ```
 */
export const GoalChangeSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
  goal_type: GoalTypeSchema.optional(),
  target: z.unknown().optional(),
  priority: z.number().int().min(1).optional(),
  status: GoalStatusSchema.optional(),
  parent_goal_key: GoalKeySchema.nullable().optional(),
});

/**
 * A change to a goal, see {@link GoalChangeSchema}.
 *
 * @example
 * ```ts
 * const change: GoalChange = { priority: 2 };
 * ```
 */
export type GoalChange = z.input<typeof GoalChangeSchema>;

/**
 * How a revision is recorded: the revision it was based on (optimistic concurrency), when (`at`, the record time) and
 * its row id; `effectiveFrom` is when it becomes valid (default `at`; may be in the past, a correction, but after the
 * valid-from of the revision it replaces).
 *
 * @example
 * ```ts
 * const options: ReviseGoalOptions = { basedOnRevision: 1, at: '2025-04-01T08:00:00.000Z', id: 'goal_squat_r2' };
 * ```
 */
export interface ReviseGoalOptions extends GoalRevisionStamp {
  readonly basedOnRevision: number;
  readonly effectiveFrom?: string;
}

/**
 * The next revision of a goal: `current` (the goal's latest revision) with `change` applied, through the package's
 * private immer instance (the result is frozen and shares the unchanged parts of `current`, which immer freezes
 * too). `revision` + 1, a new `id`, `effective_from` = `options.effectiveFrom ?? options.at`, `effective_to` null,
 * `created_at` = `options.at`. Nothing else is touched: the stored `current` stays as it was (append-only); its
 * stored `effective_to` may be stamped by the storage, which the bitemporal resolvers never trust. Pure.
 *
 * @throws {GoalRetiredError} When `current` is retired (`achieved` / `abandoned`); checked first.
 * @throws {GoalRevisionConflictError} When `options.basedOnRevision` is not `current.revision` (a stale base).
 * @throws {ValidationError} Subject `goals`: an empty or unknown change, an invalid target or one that does not fit
 * the goal type, `effective_from` not after `current.effective_from`, `at` before `current.created_at`.
 *
 * @example
 * ```ts
 * const next = reviseGoal(current, { target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 150 } }, {
 *   basedOnRevision: current.revision, at: '2025-04-01T08:00:00.000Z', id: 'goal_squat_r2',
 * });
 * next.revision === current.revision + 1; // true
 * ```
 */
export function reviseGoal(current: GoalRow, change: GoalChange, options: ReviseGoalOptions): GoalRow {
  if (isGoalRetired(current)) throw new GoalRetiredError(current.goal_key, current.revision, current.status);
  if (options.basedOnRevision !== current.revision) {
    throw new GoalRevisionConflictError(current.goal_key, options.basedOnRevision, current.revision);
  }
  const parsedChange = GoalChangeSchema.safeParse(change);
  if (!parsedChange.success) throw new ValidationError('goals', toValidationIssues(parsedChange.error.issues));
  const fields = parsedChange.data;
  const issues: ValidationIssue[] = [];
  const at = instantOrIssue(options.at, 'created_at', issues);
  const effectiveFrom = options.effectiveFrom === undefined ? at : instantOrIssue(options.effectiveFrom, 'effective_from', issues);
  if (effectiveFrom !== undefined && Date.parse(effectiveFrom) <= Date.parse(current.effective_from)) {
    issues.push({
      path: 'effective_from',
      rule: 'too_small',
      message: `must be after the valid-from of revision ${current.revision} (${current.effective_from})`,
    });
  }
  if (at !== undefined && Date.parse(at) < Date.parse(current.created_at)) {
    issues.push({ path: 'created_at', rule: 'too_small', message: `must not be before revision ${current.revision} was recorded (${current.created_at})` });
  }
  const goalType = fields.goal_type ?? current.goal_type;
  let target: JsonValue | undefined;
  if (fields.target !== undefined || fields.goal_type !== undefined) {
    const checked = targetIssues(fields.target ?? current.target_json, goalType);
    issues.push(...checked.issues);
    target = checked.target;
  }
  if (issues.length > 0) throw new ValidationError('goals', issues);

  const next = goalImmer.produce(current, (draft) => {
    draft.id = options.id as typeof draft.id;
    draft.revision = current.revision + 1;
    if (fields.title !== undefined) draft.title = fields.title;
    draft.goal_type = goalType;
    if (target !== undefined) draft.target_json = target;
    if (fields.priority !== undefined) draft.priority = fields.priority;
    if (fields.status !== undefined) draft.status = fields.status;
    if (fields.parent_goal_key !== undefined) draft.parent_goal_key = fields.parent_goal_key;
    draft.effective_from = effectiveFrom as typeof draft.effective_from;
    draft.effective_to = null;
    draft.created_at = at as typeof draft.created_at;
  });
  if (CONTENT_FIELDS.every((field) => sameJson(next[field], current[field]))) {
    throw new ValidationError('goals', [
      { path: '', rule: 'no_change', message: `the change leaves revision ${current.revision} as it is: change at least one of ${CONTENT_FIELDS.join(', ')}` },
    ]);
  }
  const checked = safeParseGoal(next);
  const rowIssues = checked.ok ? horizonIssues(next) : checked.error.issues;
  if (rowIssues.length > 0) throw new ValidationError('goals', rowIssues);
  return next;
}
