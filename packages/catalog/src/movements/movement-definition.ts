import { EquipmentSchema, MovementMechanicSchema, MovementPatternSchema } from '@trainkit/core';
import { z } from 'zod';
import { MuscleInvolvementSchema } from '../muscles/muscle-involvement.js';

/**
 * A movement (exercise) of the catalog: stable slug, display name, movement pattern, main equipment, mechanic, sidedness and
 * the muscles it works. Every movement has at least one primary muscle; a muscle appears at most once per movement.
 *
 * @example
 * ```ts
 * MovementDefinitionSchema.parse({
 *   slug: 'goblet_squat',
 *   name: 'Goblet squat',
 *   pattern: 'squat',
 *   equipment: 'dumbbell',
 *   mechanic: 'compound',
 *   unilateral: false,
 *   muscles: [{ muscle: 'quadriceps', role: 'primary', magnitude: 1 }],
 * });
 * ```
 */
export const MovementDefinitionSchema = z.object({
  /** Stable key (`back_squat`): lowercase words joined by `_`. Never renamed or reused. */
  slug: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/),
  /** Display name. */
  name: z.string().min(1),
  /** Fundamental movement pattern (`MOVEMENT_PATTERNS` of `@trainkit/core`). */
  pattern: MovementPatternSchema,
  /** The main implement (`EQUIPMENT` of `@trainkit/core`). */
  equipment: EquipmentSchema,
  /** Compound (multi-joint) or isolation (single-joint). */
  mechanic: MovementMechanicSchema,
  /** True when performed one side at a time (split squats, one-arm rows, single-kettlebell work, alternating lunges). */
  unilateral: z.boolean(),
  /** The muscles worked: primary movers, synergists and stabilizers with magnitudes 0..1. */
  muscles: z
    .array(MuscleInvolvementSchema)
    .min(1)
    .readonly()
    .refine((muscles) => muscles.some((involvement) => involvement.role === 'primary'), 'needs a primary muscle')
    .refine((muscles) => new Set(muscles.map((involvement) => involvement.muscle)).size === muscles.length, 'a muscle is listed twice'),
});

/**
 * A movement, see {@link MovementDefinitionSchema}.
 *
 * @example
 * ```ts
 * const plank: MovementDefinition = {
 *   slug: 'plank', name: 'Plank', pattern: 'core_anti_extension', equipment: 'bodyweight', mechanic: 'isolation',
 *   unilateral: false, muscles: [{ muscle: 'abdominals', role: 'primary', magnitude: 0.7 }],
 * };
 * ```
 */
export type MovementDefinition = z.output<typeof MovementDefinitionSchema>;
