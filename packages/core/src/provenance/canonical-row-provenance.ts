import { z } from 'zod';
import { ExternalActivityRecordIdSchema, IngestionRunIdSchema } from '../ids/entity-ids.js';

/**
 * Where a canonical row (activity instance, biometric, recovery signal, sample) came from: the raw records it was
 * normalized from, the ingestion run, and the normalizer id + version. Replaying the raw lake with a newer normalizer
 * version rebuilds the row and changes `normalizer.version`. Rows keep the run and normalizer in columns
 * (`ingestion_run_id`, `normalizer_id`, `normalizer_version`) and the raw record ids in `activity_instance_links` /
 * `external_record_id`; this object is the same information in one value for engines and APIs.
 *
 * @example
 * ```ts
 * CanonicalRowProvenanceSchema.parse({
 *   sourceRecordIds: ['raw_01'], ingestionRunId: 'run_01', normalizer: { id: 'strava.activity', version: '1.2.0' },
 * });
 * ```
 */
export const CanonicalRowProvenanceSchema = z.strictObject({
  sourceRecordIds: z.array(ExternalActivityRecordIdSchema),
  ingestionRunId: IngestionRunIdSchema.nullable(),
  normalizer: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }).nullable(),
});

/**
 * Provenance of a canonical row, see {@link CanonicalRowProvenanceSchema}.
 *
 * @example
 * ```ts
 * const manual: CanonicalRowProvenance = { sourceRecordIds: [], ingestionRunId: null, normalizer: null };
 * ```
 */
export type CanonicalRowProvenance = z.output<typeof CanonicalRowProvenanceSchema>;
