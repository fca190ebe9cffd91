import { FatigueReportSchema, ProvenanceSchema } from '@trainkit/fatigue';
import { z } from 'zod';
import { FatigueAttributionSchema } from './fatigue-attribution-schema.js';
import { FatigueInputSourcesSchema } from './fatigue-input-sources-schema.js';

/**
 * The `format` tag of {@link TrainkitFatigueReportSchema}; its number changes only with a breaking change of the
 * shape (fields are only ever added within a format).
 *
 * @example
 * ```ts
 * report.format === TRAINKIT_FATIGUE_REPORT_FORMAT; // true
 * ```
 */
export const TRAINKIT_FATIGUE_REPORT_FORMAT = 'trainkit.fatigue-report/1';

/**
 * A fatigue report as the facade returns it (and `trainkit fatigue --json` prints it): the engine's
 * `FatigueReport` unchanged (`as_of`, `systemic`, `muscles`, `pmc`, `acwr`, `monotony`, `readiness`, `forecast`,
 * `sessions`, `muscle_series`, `provenance`), plus
 *
 * - `format` (`trainkit.fatigue-report/1`) and `user_id`;
 * - `provenance.inputs`: which stored rows became the input (activity, planned session and recovery signal ids,
 *   the ingestion runs of the provider activities used, the catalog version, where the profile and heuristics came
 *   from; see `FatigueInputSourcesSchema`);
 * - `attribution`: which sessions make up every channel (see `FatigueAttributionSchema`), or `null` when not asked
 *   for.
 *
 * Removing `format`, `user_id`, `attribution` and `provenance.inputs` gives exactly what `computeFatigue` returns
 * for the same input (`trainkit.fatigue.input(...)`).
 *
 * @example
 * ```ts
 * const report = TrainkitFatigueReportSchema.parse(JSON.parse(stdout));
 * report.muscles.quadriceps?.fatigue_percent;
 * report.provenance.inputs.ingestion_run_ids;
 * ```
 */
export const TrainkitFatigueReportSchema = FatigueReportSchema.extend({
  format: z.literal(TRAINKIT_FATIGUE_REPORT_FORMAT),
  user_id: z.string(),
  provenance: ProvenanceSchema.extend({ inputs: FatigueInputSourcesSchema }),
  attribution: FatigueAttributionSchema.nullable(),
});

/**
 * See {@link TrainkitFatigueReportSchema}.
 *
 * @example
 * ```ts
 * const report: TrainkitFatigueReport = await trainkit.fatigue.report({ userId: 'u1', asOf: '2024-06-12' });
 * ```
 */
export type TrainkitFatigueReport = z.output<typeof TrainkitFatigueReportSchema>;
