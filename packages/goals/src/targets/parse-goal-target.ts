import {
  GoalTypeSchema,
  safeParseWithSchema,
  ValidationError,
  err,
  ok,
  type GoalType,
  type Result,
} from '@trainkit/core';
import { GoalTargetSchema, type GoalTarget } from './goal-target-schema.js';
import { GOAL_TARGET_TYPES_BY_GOAL_TYPE, goalTargetFitsType } from './goal-target-types-by-goal-type.js';

/** The subject of the `ValidationError` of an invalid target. */
const SUBJECT = 'goal target';

/**
 * Like {@link parseGoalTarget} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseGoalTarget({ type: 'pace', seconds_per_km: 270 }, 'endurance');
 * if (!result.ok) console.error(result.error.issues); // discipline_id: give discipline_id or activity_definition_id
 * ```
 */
export function safeParseGoalTarget(input: unknown, goalType?: GoalType): Result<GoalTarget, ValidationError> {
  if (goalType !== undefined && !GoalTypeSchema.safeParse(goalType).success) {
    return err(new ValidationError(SUBJECT, [{ path: 'goal_type', rule: 'invalid_value', message: `unknown goal_type ${JSON.stringify(goalType)}` }]));
  }
  const parsed = safeParseWithSchema(GoalTargetSchema, input, SUBJECT);
  if (!parsed.ok || goalType === undefined) return parsed;
  if (goalTargetFitsType(goalType, parsed.value.type)) return ok(parsed.value);
  return err(
    new ValidationError(SUBJECT, [
      {
        path: 'type',
        rule: 'goal_type_mismatch',
        message: `a ${parsed.value.type} target does not fit a ${goalType} goal (it takes ${GOAL_TARGET_TYPES_BY_GOAL_TYPE[goalType].join(', ')})`,
      },
    ]),
  );
}

/**
 * Validates a goal target (`goals.target_json`) against {@link GoalTargetSchema} and, when `goalType` is given,
 * checks that its type fits that `goal_type` ({@link GOAL_TARGET_TYPES_BY_GOAL_TYPE}).
 *
 * @throws {ValidationError} Subject `goal target`, one issue per broken rule: the field path (`load_kg`,
 * `discipline_id`) and rule, or path `type` with rule `goal_type_mismatch`.
 *
 * @example
 * ```ts
 * const target = parseGoalTarget({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 }, 'strength');
 * ```
 */
export function parseGoalTarget(input: unknown, goalType?: GoalType): GoalTarget {
  const result = safeParseGoalTarget(input, goalType);
  if (result.ok) return result.value;
  throw result.error;
}
