import { z } from 'zod';

/**
 * Share of a channel's value below which a session is summed into `other_*` instead of being listed (1 %).
 *
 * @example
 * ```ts
 * ATTRIBUTION_MIN_SHARE; // 0.01
 * ```
 */
export const ATTRIBUTION_MIN_SHARE = 0.01;

/**
 * One session's part of a channel's value at `as_of`: its dose decayed to `as_of` (the engine's `explain`).
 *
 * @example
 * ```ts
 * SessionContributionSchema.parse({ session_id: 'act_1', contribution: 2.19, share: 0.71 });
 * ```
 */
export const SessionContributionSchema = z.object({
  session_id: z.string(),
  /** In the channel's unit (HSE for muscles, LU otherwise). */
  contribution: z.number(),
  /** `contribution / total`. */
  share: z.number(),
});

/**
 * Which sessions make up one channel's value: sessions with a share of at least {@link ATTRIBUTION_MIN_SHARE},
 * largest first (ties by id), and the rest summed. `total` = Σ `sessions[].contribution` + `other_contribution`
 * (+ the PMC seed, if the config has one, counted in `other_contribution`).
 *
 * @example
 * ```ts
 * ChannelAttributionSchema.parse({ unit: 'hse', total: 3.1, sessions: [], other_sessions: 0, other_contribution: 3.1 });
 * ```
 */
export const ChannelAttributionSchema = z.object({
  unit: z.enum(['hse', 'lu']),
  total: z.number(),
  sessions: z.array(SessionContributionSchema),
  other_sessions: z.number().int(),
  other_contribution: z.number(),
});

/**
 * Which sessions produced each number of a fatigue report: the acute systemic channel, CTL, ATL and every muscle with
 * a value above zero. Computed with the engine's exact `explain` (the channels are linear), so the contributions add
 * up to the reported value.
 *
 * @example
 * ```ts
 * const quads = FatigueAttributionSchema.parse(report.attribution).muscles.quadriceps;
 * quads?.sessions[0]?.session_id; // the session weighing most on the quadriceps now
 * ```
 */
export const FatigueAttributionSchema = z.object({
  /** The listing threshold used. */
  min_share: z.number(),
  systemic: ChannelAttributionSchema,
  ctl: ChannelAttributionSchema,
  atl: ChannelAttributionSchema,
  /** Muscles with a value above zero, by slug. */
  muscles: z.record(z.string(), ChannelAttributionSchema),
});

/**
 * See {@link FatigueAttributionSchema}.
 *
 * @example
 * ```ts
 * const top = (attribution: FatigueAttribution) => attribution.systemic.sessions[0];
 * ```
 */
export type FatigueAttribution = z.output<typeof FatigueAttributionSchema>;

/**
 * See {@link ChannelAttributionSchema}.
 *
 * @example
 * ```ts
 * const listed = (channel: ChannelAttribution) => channel.sessions.length;
 * ```
 */
export type ChannelAttribution = z.output<typeof ChannelAttributionSchema>;
