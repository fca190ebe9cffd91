import { GOAL_TYPES, type GoalType } from '@trainkit/core';
import { GOAL_TARGET_TYPES, type GoalTargetType } from './goal-target-schema.js';

/**
 * Which target types fit each core `goal_type`. A goal of type `other` takes any target.
 *
 * | goal_type | target types |
 * |---|---|
 * | `strength` | `one_rep_max`, `skill` |
 * | `endurance` | `time`, `distance`, `pace`, `power` |
 * | `performance` | `one_rep_max`, `time`, `distance`, `pace`, `power`, `skill` |
 * | `body_composition` | `body_composition` |
 * | `skill` | `skill` |
 * | `event` | `event` |
 * | `consistency` | `adherence`, `habit` |
 * | `health` | `body_composition`, `adherence`, `habit` |
 * | `other` | all |
 *
 * @example
 * ```ts
 * GOAL_TARGET_TYPES_BY_GOAL_TYPE.strength.includes('one_rep_max'); // true
 * ```
 */
export const GOAL_TARGET_TYPES_BY_GOAL_TYPE: Readonly<Record<GoalType, readonly GoalTargetType[]>> = {
  strength: ['one_rep_max', 'skill'],
  endurance: ['time', 'distance', 'pace', 'power'],
  performance: ['one_rep_max', 'time', 'distance', 'pace', 'power', 'skill'],
  body_composition: ['body_composition'],
  skill: ['skill'],
  event: ['event'],
  consistency: ['adherence', 'habit'],
  health: ['body_composition', 'adherence', 'habit'],
  other: GOAL_TARGET_TYPES,
};

/**
 * True when a target of type `targetType` fits a goal of type `goalType` (see {@link GOAL_TARGET_TYPES_BY_GOAL_TYPE}).
 *
 * @example
 * ```ts
 * goalTargetFitsType('strength', 'one_rep_max'); // true
 * goalTargetFitsType('strength', 'pace'); // false
 * ```
 */
export function goalTargetFitsType(goalType: GoalType, targetType: GoalTargetType): boolean {
  return (GOAL_TYPES as readonly string[]).includes(goalType) && GOAL_TARGET_TYPES_BY_GOAL_TYPE[goalType].includes(targetType);
}
