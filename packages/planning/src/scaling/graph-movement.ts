import { EquipmentSchema, MovementPatternSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A movement as the progression graph keeps it: a stored `movements` row, or a catalog seed row, fits as it is
 * (other columns are dropped). `equipment` is the main equipment the movement needs; `bodyweight` is always available.
 *
 * @example
 * ```ts
 * GraphMovementSchema.parse({ id: 'mov_ring_row', slug: 'ring_row', name: 'Ring row', pattern: 'horizontal_pull', equipment: 'rings' });
 * ```
 */
export const GraphMovementSchema = z.object({
  /** `movements.id`, e.g. `mov_pull_up`. */
  id: z.string().min(1),
  /** Stable slug, e.g. `pull_up`. */
  slug: z.string().min(1),
  /** Display name, used in explanations. */
  name: z.string().min(1),
  /** Movement pattern, for pattern-scoped skills. */
  pattern: MovementPatternSchema,
  /** Main equipment the movement needs. */
  equipment: EquipmentSchema,
});

/**
 * See {@link GraphMovementSchema}.
 *
 * @example
 * ```ts
 * const pullUp: GraphMovement = { id: 'mov_pull_up', slug: 'pull_up', name: 'Pull-up', pattern: 'vertical_pull', equipment: 'pull_up_bar' };
 * ```
 */
export type GraphMovement = z.output<typeof GraphMovementSchema>;
