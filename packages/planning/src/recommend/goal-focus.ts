import { LocalDateSchema, type LocalDate } from '@trainkit/core';
import { z } from 'zod';
import type { PlanningGoal } from './recommend-sessions-input.js';

const TargetFocusSchema = z.looseObject({
  type: z.string().optional(),
  movement_id: z.string().min(1).optional(),
  date: LocalDateSchema.optional(),
});

/** Internal: what a goal revision asks of planning: the movement it names, and an event date. */
export interface GoalFocus {
  readonly goal: PlanningGoal;
  /** `target_json.movement_id` (1RM and skill goals), when given. */
  readonly movementId: string | null;
  /** `target_json.date` of an `event` goal, when given. */
  readonly eventDate: LocalDate | null;
}

/**
 * Internal: reads the parts of a goal's target that planning acts on. A target of another shape gives neither (the
 * goal still counts as in force and is cited).
 */
export function goalFocus(goal: PlanningGoal): GoalFocus {
  const parsed = TargetFocusSchema.safeParse(goal.target_json);
  const target = parsed.success ? parsed.data : {};
  const isEvent = goal.goal_type === 'event' || target.type === 'event';
  return {
    goal,
    movementId: target.movement_id ?? null,
    eventDate: isEvent ? (target.date ?? null) : null,
  };
}
