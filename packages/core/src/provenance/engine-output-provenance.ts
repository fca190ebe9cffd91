import { z } from 'zod';
import { ActivityInstanceIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { HeuristicsReferenceSchema } from './heuristics-reference.js';

/**
 * Provenance of an engine output (fatigue state, PMC point, readiness, ...): the engine and its version, the
 * heuristics config (id + version + sha256), the `asOf` instant the engine computed for, each session used with the
 * load method chosen for it (e.g. `sets`, `hr_trimp`, `power`, `session_rpe`, `met_duration`), the sessions excluded as
 * duplicates of another, and warnings (missing data, fallbacks). Same inputs give the same provenance, bit for bit.
 *
 * @example
 * ```ts
 * EngineOutputProvenanceSchema.parse({
 *   engine: 'fatigue', engineVersion: '0.1.0', heuristics: { id: 'default', version: '1.0.0', sha256: digest },
 *   asOf: '2025-03-10T06:00:00.000Z', sessionsUsed: [{ activityInstanceId: 'act_01', method: 'sets' }],
 *   duplicatesExcluded: [], warnings: [],
 * });
 * ```
 */
export const EngineOutputProvenanceSchema = z.strictObject({
  engine: z.string().min(1),
  engineVersion: z.string().min(1),
  heuristics: HeuristicsReferenceSchema,
  asOf: InstantSchema,
  sessionsUsed: z.array(
    z.strictObject({
      activityInstanceId: ActivityInstanceIdSchema,
      method: z.string().min(1).describe('Load method chosen for this session.'),
    }),
  ),
  duplicatesExcluded: z.array(
    z.strictObject({
      activityInstanceId: ActivityInstanceIdSchema,
      duplicateOf: ActivityInstanceIdSchema,
      reason: z.string().min(1),
    }),
  ),
  warnings: z.array(z.string().min(1)),
});

/**
 * Provenance of an engine output, see {@link EngineOutputProvenanceSchema}.
 *
 * @example
 * ```ts
 * function usedSessions(provenance: EngineOutputProvenance) { return provenance.sessionsUsed.length; }
 * ```
 */
export type EngineOutputProvenance = z.output<typeof EngineOutputProvenanceSchema>;
