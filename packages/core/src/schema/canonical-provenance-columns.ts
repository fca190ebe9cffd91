import { z } from 'zod';
import { IngestionRunIdSchema } from '../ids/entity-ids.js';

/**
 * Columns every canonical row derived from provider data carries, so it can be traced to (and rebuilt from) the raw
 * lake: the ingestion run that produced it and the normalizer id + version that mapped it. All `null` for rows
 * entered by hand. The raw record ids themselves are in `activity_instance_links` / `external_record_id`.
 *
 * @example
 * ```ts
 * const Row = z.object({ id: z.string(), ...CANONICAL_PROVENANCE_COLUMNS });
 * ```
 */
export const CANONICAL_PROVENANCE_COLUMNS = {
  ingestion_run_id: IngestionRunIdSchema.nullable().describe('Ingestion run that produced this row; null when entered by hand.'),
  normalizer_id: z.string().min(1).nullable().describe('Normalizer that mapped the raw record, e.g. `strava.activity`; null when entered by hand.'),
  normalizer_version: z.string().min(1).nullable().describe('Version of that normalizer; replays with a newer version rebuild the row.'),
};
