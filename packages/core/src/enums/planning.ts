import { z } from 'zod';

/**
 * Lifecycle of a training program.
 *
 * @example
 * ```ts
 * PROGRAM_STATUSES.includes('draft'); // true
 * ```
 */
export const PROGRAM_STATUSES = ['draft', 'active', 'completed', 'archived'] as const;
/**
 * One of {@link PROGRAM_STATUSES}.
 *
 * @example
 * ```ts
 * const value: ProgramStatus = 'archived';
 * ```
 */
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
/**
 * Schema of {@link PROGRAM_STATUSES}.
 *
 * @example
 * ```ts
 * ProgramStatusSchema.parse('draft');
 * ```
 */
export const ProgramStatusSchema = z.enum(PROGRAM_STATUSES);

/**
 * Lifecycle of a planned session. Adherence counts a session done when an activity instance points at it (`planned_session_id`), whatever the status says.
 *
 * @example
 * ```ts
 * PLANNED_SESSION_STATUSES.includes('planned'); // true
 * ```
 */
export const PLANNED_SESSION_STATUSES = ['planned', 'completed', 'partially_completed', 'skipped', 'cancelled'] as const;
/**
 * One of {@link PLANNED_SESSION_STATUSES}.
 *
 * @example
 * ```ts
 * const value: PlannedSessionStatus = 'cancelled';
 * ```
 */
export type PlannedSessionStatus = (typeof PLANNED_SESSION_STATUSES)[number];
/**
 * Schema of {@link PLANNED_SESSION_STATUSES}.
 *
 * @example
 * ```ts
 * PlannedSessionStatusSchema.parse('planned');
 * ```
 */
export const PlannedSessionStatusSchema = z.enum(PLANNED_SESSION_STATUSES);
