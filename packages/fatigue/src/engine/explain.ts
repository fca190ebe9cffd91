import { LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';
import type { ComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import { pmcDecay } from '../pmc/pmc-decay.js';
import { uniformSpreadFactor } from '../state/uniform-spread-factor.js';
import { HOUR_MS, localDateToDayNumber } from '../time/day-number.js';
import { computeFatigue } from './compute-fatigue.js';
import { ProvenanceSchema, type FatigueReport } from './fatigue-report-schema.js';

/**
 * Channels {@link explain} decomposes: a muscle, the acute systemic channel, or the PMC's CTL, ATL and TSB on
 * `as_of_date`.
 *
 * @example
 * ```ts
 * EXPLAIN_CHANNELS.includes('muscle'); // true
 * ```
 */
export const EXPLAIN_CHANNELS = ['muscle', 'systemic_acute', 'ctl', 'atl', 'tsb'] as const;

/**
 * One of {@link EXPLAIN_CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: ExplainChannel = 'ctl';
 * ```
 */
export type ExplainChannel = (typeof EXPLAIN_CHANNELS)[number];

/**
 * Exact per-session contributions to one channel: because every channel is linear in the doses, the contributions
 * sum to the reported state. For the continuous channels (muscle, acute systemic) `total` equals `reported` bit for
 * bit (same terms, same order); for the daily PMC channels it equals it to rounding (closed form versus recursion).
 *
 * @example
 * ```ts
 * ExplanationSchema.parse(explain(report, 'muscle', 'quadriceps'));
 * ```
 */
export const ExplanationSchema = z.object({
  /** The channel. */
  channel: z.enum(EXPLAIN_CHANNELS),
  /** The muscle, for the muscle channel. */
  muscle: z.string().nullable(),
  /** The report's instant. */
  as_of: z.string(),
  /** The report's local day. */
  as_of_date: LocalDateSchema,
  /** `hse` for muscles, `lu` otherwise. */
  unit: z.enum(['hse', 'lu']),
  /** Σ contributions. */
  total: z.number(),
  /** The value in the report (null for a muscle the report does not track). */
  reported: z.number().nullable(),
  /** The explained report's provenance. */
  provenance: ProvenanceSchema,
  /** Contributions in canonical session order (start, then id); the PMC seed, if any, first. */
  contributions: z.array(
    z.object({
      /** The session, or null for the PMC seed. */
      session_id: z.string().nullable(),
      /** Impulse instant (continuous channels) or local date (PMC). */
      at: z.string(),
      /** The dose entering the channel (HSE or LU). */
      dose: z.number(),
      /** Decay weight at `as_of` (`e^(−Δt/τ)`, or `α·λ^(days)`). */
      weight: z.number(),
      /** `dose · weight` (TSB: CTL part minus ATL part). */
      contribution: z.number(),
    }),
  ),
});

/**
 * An explanation, see {@link ExplanationSchema}.
 *
 * @example
 * ```ts
 * const why: Explanation = explain(report, 'systemic_acute');
 * ```
 */
export type Explanation = z.output<typeof ExplanationSchema>;

type Contribution = Explanation['contributions'][number];

function isReport(source: FatigueReport | ComputeFatigueInput): source is FatigueReport {
  return typeof source === 'object' && source !== null && 'provenance' in source && 'pmc' in source;
}

function continuousContributions(
  report: FatigueReport,
  tauHours: number,
  doseOf: (session: FatigueReport['sessions'][number]) => number,
): { total: number; contributions: Contribution[] } {
  const asOfMs = Date.parse(report.as_of);
  const inverseTauMs = 1 / (tauHours * HOUR_MS);
  const uniform = report.provenance.conventions.impulse_placement === 'uniform';
  const contributions: Contribution[] = [];
  let total = 0;
  for (const session of report.sessions) {
    const dose = doseOf(session);
    if (dose === 0) continue;
    const startMs = Date.parse(session.started_at);
    const endMs = Date.parse(session.ended_at);
    const impulse = uniform && endMs > startMs ? dose * uniformSpreadFactor((endMs - startMs) / HOUR_MS, tauHours) : dose;
    const elapsed = asOfMs - Date.parse(session.impulse_at);
    const weight = Math.exp(-elapsed * inverseTauMs);
    const contribution = impulse * weight;
    total += contribution;
    contributions.push({ session_id: session.id, at: session.impulse_at, dose: impulse, weight, contribution });
  }
  return { total, contributions };
}

function pmcContributions(
  report: FatigueReport,
  days: number,
  seed: number,
  onDay: number,
  includeSeed = seed !== 0,
): { total: number; contributions: Contribution[] } {
  const convention = report.pmc.convention;
  const decay = pmcDecay(days, convention.alpha);
  const alpha = 1 - decay;
  const contributions: Contribution[] = [];
  let total = 0;
  const firstDay = report.pmc.days[0] === undefined ? onDay : localDateToDayNumber(report.pmc.days[0].date);
  if (includeSeed && onDay >= firstDay - 1) {
    const weight = Math.pow(decay, onDay - firstDay + 1);
    const contribution = seed * weight;
    total += contribution;
    contributions.push({ session_id: null, at: report.pmc.days[0]?.date ?? report.as_of_date, dose: seed, weight, contribution });
  }
  for (const session of report.sessions) {
    for (const part of session.pmc_days) {
      const day = localDateToDayNumber(part.date);
      if (day > onDay || part.lu === 0) continue;
      const weight = alpha * Math.pow(decay, onDay - day);
      const contribution = part.lu * weight;
      total += contribution;
      contributions.push({ session_id: session.id, at: part.date, dose: part.lu, weight, contribution });
    }
  }
  return { total, contributions };
}

/**
 * Each session's exact contribution to a channel of a report (or of the report computed from `source` when it is a
 * {@link computeFatigue} input): `doseᵢ·e^(−(as_of − tᵢ)/τ)` for a muscle or the acute systemic channel,
 * `Lᵢ·α·λ^(D − dᵢ)` for CTL/ATL on `as_of_date` (plus the seed), CTL − ATL parts for TSB in the configured timing.
 * Sessions that do not reach the channel are left out. A muscle the report does not track gives no contributions
 * and `reported: null` (it never throws).
 *
 * @example
 * ```ts
 * const why = explain(report, 'muscle', 'quadriceps');
 * why.total === report.muscles.quadriceps?.value_hse; // true
 * why.contributions[0]; // { session_id: 'squat_day', at: '...', dose: 2.7, weight: 0.46, contribution: 1.24 }
 * ```
 */
export function explain(
  source: FatigueReport | ComputeFatigueInput,
  channel: ExplainChannel,
  muscle?: string,
): Explanation {
  const report = isReport(source) ? source : computeFatigue(source);
  const base = { channel, as_of: report.as_of, as_of_date: report.as_of_date, provenance: report.provenance };
  switch (channel) {
    case 'muscle': {
      const slug = muscle ?? '';
      const state = Object.hasOwn(report.muscles, slug) ? report.muscles[slug] : undefined;
      if (state === undefined) return { ...base, muscle: slug, unit: 'hse', total: 0, reported: null, contributions: [] };
      const { total, contributions } = continuousContributions(report, state.tau_hours, (session) =>
        Object.hasOwn(session.muscle_doses_hse, slug) ? session.muscle_doses_hse[slug]! : 0,
      );
      return { ...base, muscle: slug, unit: 'hse', total, reported: state.value_hse, contributions };
    }
    case 'systemic_acute': {
      const { total, contributions } = continuousContributions(
        report,
        report.systemic.tau_hours,
        (session) => session.systemic_acute_dose_lu,
      );
      return { ...base, muscle: null, unit: 'lu', total, reported: report.systemic.value_lu, contributions };
    }
    case 'ctl':
    case 'atl': {
      const convention = report.pmc.convention;
      const days = channel === 'ctl' ? convention.ctl_days : convention.atl_days;
      const seed = channel === 'ctl' ? convention.seed_ctl : convention.seed_atl;
      const { total, contributions } = pmcContributions(report, days, seed, localDateToDayNumber(report.as_of_date));
      return { ...base, muscle: null, unit: 'lu', total, reported: report.pmc[channel], contributions };
    }
    case 'tsb': {
      const convention = report.pmc.convention;
      const onDay = localDateToDayNumber(report.as_of_date) - (convention.tsb === 'yesterday' ? 1 : 0);
      const seeded = convention.seed_ctl !== 0 || convention.seed_atl !== 0;
      const ctl = pmcContributions(report, convention.ctl_days, convention.seed_ctl, onDay, seeded);
      const atl = pmcContributions(report, convention.atl_days, convention.seed_atl, onDay, seeded);
      const contributions = ctl.contributions.map((part, position) => {
        const fatiguePart = atl.contributions[position]!;
        return {
          session_id: part.session_id,
          at: part.at,
          dose: part.dose,
          weight: part.weight - fatiguePart.weight,
          contribution: part.contribution - fatiguePart.contribution,
        };
      });
      return { ...base, muscle: null, unit: 'lu', total: ctl.total - atl.total, reported: report.pmc.tsb, contributions };
    }
  }
}
