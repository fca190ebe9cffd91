import { InstantSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * What the last `refreshState` run of a user knew, kept on the systemic row of the last stored day
 * (`provenance_json.watermark`) so that the next run can tell new data from old:
 *
 * - `as_of`: the instant that run computed for;
 * - `inputs_sha256`: SHA-256 of everything but the sessions (engine version, heuristics sha256, muscle-maps sha256,
 *   catalog version, profile, row format); a change means a full recompute;
 * - `created_through`: the latest `created_at` among the activities it was given;
 * - `sessions_sha256` / `session_count`: a hash over the (id, content hash) of every activity it was given. The
 *   next run takes the activities created through `created_through` and starting before `as_of`: when they hash the
 *   same, nothing known changed and only the rest is new; otherwise an activity was edited or deleted and it
 *   recomputes fully.
 *
 * @example
 * ```ts
 * const watermark = FatigueStateWatermarkSchema.parse(headRow.provenance_json.watermark);
 * ```
 */
export const FatigueStateWatermarkSchema = z.object({
  as_of: InstantSchema,
  inputs_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  created_through: InstantSchema.nullable(),
  sessions_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  session_count: z.number().int().min(0),
});

/**
 * See {@link FatigueStateWatermarkSchema}.
 *
 * @example
 * ```ts
 * const asOf = (watermark: FatigueStateWatermark) => watermark.as_of;
 * ```
 */
export type FatigueStateWatermark = z.output<typeof FatigueStateWatermarkSchema>;

/**
 * The `provenance_json` of a `user_fatigue_state` row written by `trainkit.fatigue.refreshState`:
 *
 * - `run`: the run that wrote the row (equals the row's `computed_from`);
 * - `engine`, `heuristics` (id, version, sha256), `muscle_maps_sha256`, `catalog_version`: what computed it;
 * - `sessions`: the sessions behind the value, canonical order: those that dose this scope (the muscle, or the
 *   acute systemic channel) with an impulse on this day or in the 10 recovery time constants (τ) before it; older
 *   ones weigh less than e⁻¹⁰ ≈ 0.005 % of their dose. The systemic row's `chronic_load` (CTL) draws on every
 *   session up to the day;
 * - `watermark`: only on the systemic row of the last day of a run (see {@link FatigueStateWatermarkSchema}).
 *
 * @example
 * ```ts
 * const provenance = FatigueStateRowProvenanceSchema.parse(row.provenance_json);
 * provenance.sessions; // ['act_1', 'act_7']
 * ```
 */
export const FatigueStateRowProvenanceSchema = z.object({
  run: z.string(),
  engine: z.string(),
  heuristics: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  muscle_maps_sha256: z.string(),
  catalog_version: z.string(),
  sessions: z.array(z.string()),
  watermark: FatigueStateWatermarkSchema.optional(),
});

/**
 * See {@link FatigueStateRowProvenanceSchema}.
 *
 * @example
 * ```ts
 * const sessions = (provenance: FatigueStateRowProvenance) => provenance.sessions;
 * ```
 */
export type FatigueStateRowProvenance = z.output<typeof FatigueStateRowProvenanceSchema>;
