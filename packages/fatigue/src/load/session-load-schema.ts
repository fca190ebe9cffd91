import { z } from 'zod';
import { LoadMethodSchema } from '../config/heuristics-enums.js';

/**
 * How confident the load of a session is: `high` (power, pace, heart rate against a measured maximum), `medium`
 * (heart rate against an estimated maximum, session RPE, lifting sets, MET), `low` (duration only).
 *
 * @example
 * ```ts
 * LOAD_CONFIDENCES.includes('low'); // true
 * ```
 */
export const LOAD_CONFIDENCES = ['high', 'medium', 'low'] as const;

/**
 * The load of one session and how it was obtained (recorded per session in the report and its provenance).
 *
 * @example
 * ```ts
 * SessionLoadSchema.parse({ method: 'srpe', lu: 81, lu_raw: 81, systemic_weight: 1, confidence: 'medium',
 *   detail: 'srpe:if_table (rpe=7, minutes=60, if=0.9)', inputs: { rpe: 7 }, srpe_au: 420 });
 * ```
 */
export const SessionLoadSchema = z.object({
  /** The ladder rung used. */
  method: LoadMethodSchema,
  /** Load in LU after the activity's systemic weight: what PMC, ACWR and monotony read. */
  lu: z.number(),
  /** Load in LU before the systemic weight: what the activity muscle map reads. */
  lu_raw: z.number(),
  /** The activity's systemic weight. */
  systemic_weight: z.number(),
  /** Confidence of the rung. */
  confidence: z.enum(LOAD_CONFIDENCES),
  /** Human-readable method with its inputs, e.g. `hr:trimp100 (hrMax=tanaka(age=35)=183.5, ...)`. */
  detail: z.string(),
  /** The inputs the rung used, by name. */
  inputs: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  /** Foster session-RPE load (RPE × minutes) whenever an RPE is present, else null. */
  srpe_au: z.number().nullable(),
});

/**
 * A session's load record, see {@link SessionLoadSchema}.
 *
 * @example
 * ```ts
 * const load: SessionLoad = computeSessionLoad(session, context).load;
 * ```
 */
export type SessionLoad = z.output<typeof SessionLoadSchema>;
