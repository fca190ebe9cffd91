import { LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';
import { UnplannedActivitySchema } from './planned-performed-match-schema.js';

/**
 * Counts of one period (a week, a block, or all): planned sessions by outcome, the sessions that were due
 * (`completed + partial + missed + skipped`), the adherence ratio `(completed + partial) / due` (null when nothing
 * was due), and the unplanned activities of the period (hobbies among them, and their seconds).
 *
 * @example
 * ```ts
 * AdherenceCountsSchema.parse(report.totals).ratio;
 * ```
 */
export const AdherenceCountsSchema = z.object({
  planned: z.number().int(),
  completed: z.number().int(),
  partial: z.number().int(),
  missed: z.number().int(),
  skipped: z.number().int(),
  cancelled: z.number().int(),
  pending: z.number().int(),
  due: z.number().int(),
  ratio: z.number().nullable(),
  unplanned: z.number().int(),
  hobbies: z.number().int(),
  unplanned_seconds: z.number(),
});

/**
 * See {@link AdherenceCountsSchema}.
 *
 * @example
 * ```ts
 * const counts: AdherenceCounts = report.totals;
 * ```
 */
export type AdherenceCounts = z.output<typeof AdherenceCountsSchema>;

/**
 * Adherence per week, per block (block = program) and in total, with the unplanned activities listed.
 *
 * - `weeks`: every week from the first to the last week holding a planned session or an activity (or the `from` /
 *   `to` given), starting on `week_start_day`.
 * - `blocks`: one entry per block given; a planned session belongs to the block of its `program_id`, an unplanned
 *   activity to every block whose dates hold its local date.
 *
 * @example
 * ```ts
 * const report = AdherenceReportSchema.parse(adherence(matches, { weekStart: 'monday', blocks }));
 * report.weeks.map((week) => week.ratio);
 * ```
 */
export const AdherenceReportSchema = z.object({
  week_start_day: z.string(),
  weeks: z.array(AdherenceCountsSchema.extend({ week_start: LocalDateSchema, week_end: LocalDateSchema })),
  blocks: z.array(
    AdherenceCountsSchema.extend({
      block_id: z.string(),
      name: z.string().nullable(),
      start_date: LocalDateSchema,
      end_date: LocalDateSchema.nullable(),
    }),
  ),
  totals: AdherenceCountsSchema,
  unplanned: z.array(UnplannedActivitySchema),
});

/**
 * See {@link AdherenceReportSchema}.
 *
 * @example
 * ```ts
 * const report: AdherenceReport = adherence(matchPlannedToPerformed(planned, performed, { today }), { blocks });
 * ```
 */
export type AdherenceReport = z.output<typeof AdherenceReportSchema>;
