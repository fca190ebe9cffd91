import { LocalDateSchema } from '@trainkit/core';
import { AdherenceReportSchema, PlannedPerformedMatchSchema } from '@trainkit/planning';
import { z } from 'zod';

/**
 * The `format` tag of {@link TrainkitPlanAdherenceSchema}.
 *
 * @example
 * ```ts
 * result.format === TRAINKIT_PLAN_ADHERENCE_FORMAT; // true
 * ```
 */
export const TRAINKIT_PLAN_ADHERENCE_FORMAT = 'trainkit.plan-adherence/1';

/**
 * What `trainkit.plan.adherence` returns: planned sessions matched to performed activities (manual and ingested;
 * explicit link first, else same local day and discipline), and adherence per week, per block (the programs of the
 * planned sessions and those overlapping the range) and in total, with the unplanned activities and hobbies listed.
 *
 * @example
 * ```ts
 * const result = TrainkitPlanAdherenceSchema.parse(await trainkit.plan.adherence({ userId: 'u1', from: '2024-06-03', to: '2024-06-30' }));
 * result.adherence.totals.ratio;
 * ```
 */
export const TrainkitPlanAdherenceSchema = z.object({
  format: z.literal(TRAINKIT_PLAN_ADHERENCE_FORMAT),
  user_id: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  time_zone: z.string(),
  matches: PlannedPerformedMatchSchema,
  adherence: AdherenceReportSchema,
});

/**
 * See {@link TrainkitPlanAdherenceSchema}.
 *
 * @example
 * ```ts
 * const result: TrainkitPlanAdherence = await trainkit.plan.adherence({ userId: 'u1', from: '2024-06-03', to: '2024-06-30' });
 * ```
 */
export type TrainkitPlanAdherence = z.output<typeof TrainkitPlanAdherenceSchema>;
