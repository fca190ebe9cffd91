import type { TrainkitFatigueReport } from 'trainkit';

/** Fatigue below this share of a percent shows as 0.0 %: such muscles are counted, not listed. */
const SHOWN_MIN_PERCENT = 0.05;

/**
 * The muscles of a report that show any fatigue at one decimal (at least 0.05 %), most fatigued first (ties by
 * name), with their fatigue % and hours to 90 % recovered.
 *
 * @example
 * ```ts
 * fatiguedMuscles(report)[0]; // { slug: 'quadriceps', percent: 24.7, hours: 30.9 }
 * ```
 */
export function fatiguedMuscles(report: TrainkitFatigueReport): { readonly slug: string; readonly percent: number; readonly hours: number }[] {
  return Object.entries(report.muscles)
    .filter(([, state]) => state.fatigue_percent >= SHOWN_MIN_PERCENT)
    .map(([slug, state]) => ({ slug, percent: state.fatigue_percent, hours: state.hours_to_90_percent_recovered }))
    .sort((a, b) => b.percent - a.percent || (a.slug < b.slug ? -1 : 1));
}
