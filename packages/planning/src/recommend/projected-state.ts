import type { LocalDate } from '@trainkit/core';
import type { Readiness } from '@trainkit/fatigue';
import { addLocalDays, daysBetween } from './local-date-arithmetic.js';
import type { PlanningFatigueReport } from './recommend-sessions-input.js';

/**
 * Internal: the state entering a session's local day, read from the fatigue report.
 *
 * - `as_of`: the session is on the report's as-of day: the state at `as_of` (muscles, systemic), form from the PMC
 *   values of the previous day.
 * - `forecast`: a later day inside the forecast: the forecast's end-of-day values of the previous day (they include
 *   the planned sessions before it).
 * - `none`: beyond the forecast (or no forecast): no fatigue-driven decision.
 */
export interface ProjectedState {
  readonly source: 'as_of' | 'forecast' | 'none';
  /** Days of history behind the fitness (CTL) entering the day: the report's PMC history, plus the days forecast. */
  readonly history_days: number;
  /** The day whose values were read (`as_of`: the as-of day). */
  readonly reference_date: LocalDate | null;
  /** CTL and ATL at the end of the previous day; form = ctl − atl; form percent = 100·form/ctl. */
  readonly ctl: number | null;
  readonly form: number | null;
  readonly form_percent: number | null;
  /** Acute systemic fatigue, percent of the report's display capacity. */
  readonly systemic_percent: number | null;
  /** Fatigue percent by muscle slug. */
  readonly muscles: Readonly<Record<string, number>>;
  /** Readiness when it applies to the day (status `ok`, within `applies_days` of its date), else null. */
  readonly readiness: Readiness | null;
}

function formOf(ctl: number, atl: number): { ctl: number; form: number; form_percent: number | null } {
  const form = ctl - atl;
  return { ctl, form, form_percent: ctl > 0 ? (100 * form) / ctl : null };
}

/**
 * Internal: {@link ProjectedState} entering `date`. `readiness` is the readiness in use (the report's or the
 * caller's); it applies to the days `readiness.date .. + appliesDays`.
 */
export function projectedState(
  report: PlanningFatigueReport,
  date: LocalDate,
  readiness: Readiness,
  appliesDays: number,
): ProjectedState {
  const offset = daysBetween(readiness.date, date);
  const readinessForDay = readiness.status === 'ok' && readiness.score !== null && offset >= 0 && offset <= appliesDays ? readiness : null;
  const previous = addLocalDays(date, -1);
  if (date === report.as_of_date) {
    const days = report.pmc.days;
    let day = days.length - 1;
    while (day >= 0 && days[day]!.date > previous) day -= 1;
    const pmc = day >= 0 && days[day]!.date === previous ? days[day]! : null;
    const form = pmc === null ? null : formOf(pmc.ctl, pmc.atl);
    const muscles: Record<string, number> = {};
    for (const [slug, state] of Object.entries(report.muscles)) muscles[slug] = state.fatigue_percent;
    return {
      source: 'as_of',
      history_days: report.pmc.history_days,
      reference_date: report.as_of_date,
      ctl: form?.ctl ?? null,
      form: form?.form ?? null,
      form_percent: form?.form_percent ?? null,
      systemic_percent: report.systemic.percent,
      muscles,
      readiness: readinessForDay,
    };
  }
  const forecastDay = date > report.as_of_date ? report.forecast?.days.find((day) => day.date === previous) : undefined;
  if (forecastDay === undefined) {
    return { source: 'none', history_days: report.pmc.history_days, reference_date: null, ctl: null, form: null, form_percent: null, systemic_percent: null, muscles: {}, readiness: readinessForDay };
  }
  const form = formOf(forecastDay.ctl, forecastDay.atl);
  const cap = report.systemic.display_cap_lu;
  const muscles: Record<string, number> = {};
  for (const [slug, state] of Object.entries(forecastDay.muscles)) muscles[slug] = state.fatigue_percent;
  return {
    source: 'forecast',
    history_days: report.pmc.history_days + daysBetween(report.as_of_date, forecastDay.date),
    reference_date: forecastDay.date,
    ctl: form.ctl,
    form: form.form,
    form_percent: form.form_percent,
    systemic_percent: cap > 0 ? 100 * (1 - Math.exp(-forecastDay.systemic_acute_lu / cap)) : null,
    muscles,
    readiness: readinessForDay,
  };
}
