import { LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';
import { FatigueInstantSchema } from './fatigue-instant-schema.js';
import { FatigueProfileSchema } from './fatigue-profile-schema.js';
import { FatigueSessionSchema } from './fatigue-session-schema.js';
import { MuscleMapsSchema } from './muscle-maps-schema.js';
import { RecoverySignalSchema } from './recovery-signal-schema.js';

/**
 * Known gaps in the history: when tracking started (`historyStart`, default: the first session's day) and days
 * without data (device not worn, sync gap) as opposed to genuine rest. Mean-based statistics skip untracked days;
 * EWMA and PMC cannot, and only report reduced coverage.
 *
 * @example
 * ```ts
 * CoverageInputSchema.parse({ historyStart: '2024-01-01', untrackedDates: ['2024-03-02'] });
 * ```
 */
export const CoverageInputSchema = z.strictObject({
  /** First tracked local day. */
  historyStart: LocalDateSchema.nullish(),
  /** Local days known to have no data. */
  untrackedDates: z.array(LocalDateSchema).max(100_000).readonly().nullish(),
});

/**
 * Everything {@link computeFatigue} reads (call-level keys are camelCase; the records inside are snake_case).
 * `config` is validated separately (a `ConfigError`); it defaults to {@link DEFAULT_HEURISTICS_CONFIG}.
 *
 * @example
 * ```ts
 * ComputeFatigueInputSchema.parse({
 *   sessions: [], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T07:00:00Z',
 * });
 * ```
 */
export const ComputeFatigueInputSchema = z.strictObject({
  /** Performed sessions. Sessions ending after `asOf` are ignored (listed in the provenance). */
  sessions: z.array(FatigueSessionSchema).max(200_000).readonly(),
  /** Planned sessions: they only feed the forecast, never the performed state. */
  plannedSessions: z.array(FatigueSessionSchema).max(10_000).readonly().nullish(),
  /** Recovery signals for readiness. */
  recoverySignals: z.array(RecoverySignalSchema).max(100_000).readonly().nullish(),
  /** The person. */
  profile: FatigueProfileSchema,
  /** The instant the report describes; nothing later is counted. */
  asOf: FatigueInstantSchema,
  /** Movement and activity muscle maps. */
  muscleMaps: MuscleMapsSchema.nullish(),
  /** Heuristics config (validated separately). */
  config: z.unknown().optional(),
  /** Coverage of the history. */
  coverage: CoverageInputSchema.nullish(),
  /** Start the daily series no later than this day (the series starts the day before the first session otherwise). */
  pmcFrom: LocalDateSchema.nullish(),
  /** Include the per-day per-muscle series in the report (`muscle_series`). */
  includeMuscleSeries: z.boolean().nullish(),
});

/**
 * The input of {@link computeFatigue} as the caller writes it.
 *
 * @example
 * ```ts
 * const input: ComputeFatigueInput = { sessions: [], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T07:00:00Z' };
 * ```
 */
export type ComputeFatigueInput = z.input<typeof ComputeFatigueInputSchema>;

/**
 * The validated input (see {@link ComputeFatigueInputSchema}).
 *
 * @example
 * ```ts
 * const parsed: ParsedComputeFatigueInput = ComputeFatigueInputSchema.parse(input);
 * ```
 */
export type ParsedComputeFatigueInput = z.output<typeof ComputeFatigueInputSchema>;
