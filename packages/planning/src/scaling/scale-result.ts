import { MovementConstraintLevelSchema, MovementRelationshipTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * Outcomes of {@link scaleMovement}: the prescribed movement is fine (`as_prescribed`), a variant replaces it
 * (`scaled`), or nothing reachable in the graph is doable (`none_doable`).
 *
 * @example
 * ```ts
 * SCALE_STATUSES.includes('scaled'); // true
 * ```
 */
export const SCALE_STATUSES = ['as_prescribed', 'scaled', 'none_doable'] as const;

/**
 * Schema of {@link SCALE_STATUSES}.
 *
 * @example
 * ```ts
 * ScaleStatusSchema.parse('none_doable');
 * ```
 */
export const ScaleStatusSchema = z.enum(SCALE_STATUSES);

/**
 * One of {@link SCALE_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ScaleStatus = 'as_prescribed';
 * ```
 */
export type ScaleStatus = z.output<typeof ScaleStatusSchema>;

/**
 * One step of the path a scaling took: an edge of the graph and why its `from` movement could not be used.
 *
 * @example
 * ```ts
 * ScaleStepSchema.parse({
 *   from: 'mov_pull_up', to: 'mov_negative_pull_up', relationship: 'regression', difficulty_delta: -1,
 *   reason: 'Pull-up is refused (hard_no: elbow)',
 * });
 * ```
 */
export const ScaleStepSchema = z.object({
  /** Movement id the step leaves. */
  from: z.string().min(1),
  /** Movement id the step reaches. */
  to: z.string().min(1),
  /** The edge's relationship: `regression`, `variation` or `progression`. */
  relationship: MovementRelationshipTypeSchema,
  /** Difficulty change of the step, in ladder rungs. */
  difficulty_delta: z.number(),
  /** Why `from` could not be used, in words (refusal with its reason, missing equipment, skill). */
  reason: z.string().min(1),
});

/**
 * See {@link ScaleStepSchema}.
 *
 * @example
 * ```ts
 * function line(step: ScaleStep) { return `${step.from} -> ${step.to} (${step.relationship}): ${step.reason}`; }
 * ```
 */
export type ScaleStep = z.output<typeof ScaleStepSchema>;

/**
 * What {@link scaleMovement} found: the movement to do (or none), the path from the prescribed one through the graph
 * with every step explained, and a one-paragraph explanation.
 *
 * @example
 * ```ts
 * const result = ScaleResultSchema.parse({
 *   status: 'as_prescribed', prescribed_movement_id: 'mov_push_up', movement_id: 'mov_push_up', path: ['mov_push_up'],
 *   steps: [], distance: 0, difficulty_delta: 0, constraint_level: null, constraint_reason: null,
 *   explanation: 'Push-up as prescribed.',
 * });
 * ```
 */
export const ScaleResultSchema = z.object({
  /** See {@link SCALE_STATUSES}. */
  status: ScaleStatusSchema,
  /** The movement asked about. */
  prescribed_movement_id: z.string().min(1),
  /** The movement to do: the prescribed one, a variant, or null when none is doable. */
  movement_id: z.string().min(1).nullable(),
  /** Movement ids from the prescribed one to `movement_id`, both included; empty when none is doable. */
  path: z.array(z.string().min(1)),
  /** One entry per edge of `path`. */
  steps: z.array(ScaleStepSchema),
  /** Number of edges in `path` (0 as prescribed or when none is doable). */
  distance: z.number().int().nonnegative(),
  /** Difficulty of `movement_id` minus that of the prescribed movement along `path` (negative = easier). */
  difficulty_delta: z.number(),
  /** The user's constraint level on `movement_id`, or null when there is none. */
  constraint_level: MovementConstraintLevelSchema.nullable(),
  /** The reason given with that constraint, or null. */
  constraint_reason: z.string().nullable(),
  /** What was done and why, in words. */
  explanation: z.string().min(1),
});

/**
 * See {@link ScaleResultSchema}.
 *
 * @example
 * ```ts
 * function chosen(result: ScaleResult) { return result.movement_id ?? 'nothing doable'; }
 * ```
 */
export type ScaleResult = z.output<typeof ScaleResultSchema>;
