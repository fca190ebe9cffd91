import { ScaleResultSchema } from '@trainkit/planning';
import { z } from 'zod';

/**
 * A movement named in a scaling result: id, slug and display name.
 *
 * @example
 * ```ts
 * ScaledMovementSchema.parse({ id: 'mov_ring_row', slug: 'ring_row', name: 'Ring row' });
 * ```
 */
export const ScaledMovementSchema = z.object({
  id: z.string().min(1),
  slug: z.string().min(1),
  name: z.string().min(1),
});

/**
 * See {@link ScaledMovementSchema}.
 *
 * @example
 * ```ts
 * function label(movement: ScaledMovement) { return `${movement.name} (${movement.slug})`; }
 * ```
 */
export type ScaledMovement = z.output<typeof ScaledMovementSchema>;

/**
 * What `trainkit.skills.scale` returns: the `scaleMovement` result of `@trainkit/planning` (status, path of movement
 * ids, explained steps, explanation) with the prescribed and chosen movements spelled out.
 *
 * @example
 * ```ts
 * const result: TrainkitScaleResult = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up', equipment: ['rings'] });
 * console.log(result.movement?.slug, result.explanation);
 * ```
 */
export const TrainkitScaleResultSchema = ScaleResultSchema.extend({
  /** The movement asked about. */
  prescribed_movement: ScaledMovementSchema,
  /** The movement to do, or null when none is doable. */
  movement: ScaledMovementSchema.nullable(),
});

/**
 * See {@link TrainkitScaleResultSchema}.
 *
 * @example
 * ```ts
 * function chosen(result: TrainkitScaleResult) { return result.movement?.name ?? 'rest or another exercise'; }
 * ```
 */
export type TrainkitScaleResult = z.output<typeof TrainkitScaleResultSchema>;
