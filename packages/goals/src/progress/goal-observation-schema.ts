import { InstantSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * One measured value of a goal's measure at an instant, derived by the caller from stored data (an estimated 1RM from
 * logged sets, the time of a run over the target distance, a body-weight reading). `source` and `ref` say where it
 * came from (e.g. `activity_strength_sets`, the row id) and are passed through.
 *
 * @example
 * ```ts
 * GoalObservationSchema.parse({ at: '2025-03-10T18:00:00Z', value: 128.3, source: 'activity_strength_sets', ref: 'set_1' });
 * ```
 */
export const GoalObservationSchema = z.strictObject({
  at: InstantSchema,
  value: z.number(),
  source: z.string().min(1).optional(),
  ref: z.string().min(1).optional(),
});

/**
 * A validated observation, see `GoalObservationSchema`.
 *
 * @example
 * ```ts
 * const observation: GoalObservation = GoalObservationSchema.parse({ at: '2025-03-10T18:00:00Z', value: 77.4 });
 * ```
 */
export type GoalObservation = z.output<typeof GoalObservationSchema>;

/**
 * What may be passed as an observation (`at` as any ISO instant), see {@link GoalObservationSchema}.
 *
 * @example
 * ```ts
 * const input: GoalObservationInput = { at: '2025-03-10T18:00:00+01:00', value: 77.4 };
 * ```
 */
export type GoalObservationInput = z.input<typeof GoalObservationSchema>;
