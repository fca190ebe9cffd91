import { catalogId } from '@trainkit/catalog';
import {
  fatigueScopeKey,
  localDayOf,
  SYSTEMIC_FATIGUE_SCOPE_KEY,
  type IdFactory,
  type Instant,
  type UserFatigueStateInsert,
  type UserId,
} from '@trainkit/core';
import { fatiguePercent, type DailySeries, type FatigueReport, type HeuristicsConfig } from '@trainkit/fatigue';
import type { FatigueStateRowProvenance, FatigueStateWatermark } from './fatigue-state-row-provenance-schema.js';

/**
 * How far back a `user_fatigue_state` row lists the sessions behind it, in recovery time constants (τ) of its
 * channel: after 10 τ a session weighs less than e⁻¹⁰ ≈ 0.005 % of its dose.
 *
 * @example
 * ```ts
 * const days = Math.ceil((PROVENANCE_WINDOW_TAU_MULTIPLE * 72) / Math.LN10 / 24); // 14 days for a 72 h muscle
 * ```
 */
export const PROVENANCE_WINDOW_TAU_MULTIPLE = 10;

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00.000Z`) / DAY_MS);
}

/** Internal: everything a run's rows share. */
export interface StateRowsContext {
  readonly userId: UserId;
  readonly run: string;
  readonly createdAt: Instant;
  readonly ids: IdFactory;
  readonly config: HeuristicsConfig;
  readonly timeZone: string;
  readonly catalogVersion: string;
  /** The state's summary: its kept sessions (with doses and impulse instants), τ per channel and provenance. */
  readonly summary: FatigueReport;
  /** The daily series to take values from (`from` through the end of the axis). */
  readonly series: DailySeries;
  /** The watermark for the systemic row of the last day. */
  readonly watermark: FatigueStateWatermark;
}

/** Per scope: ids of the sessions dosing it, by impulse day, canonical order within a day. */
function sessionsByImpulseDay(summary: FatigueReport, timeZone: string): Map<string, Map<number, string[]>> {
  const byScope = new Map<string, Map<number, string[]>>();
  const add = (scope: string, day: number, id: string) => {
    let days = byScope.get(scope);
    if (!days) byScope.set(scope, (days = new Map()));
    const ids = days.get(day);
    if (ids) ids.push(id);
    else days.set(day, [id]);
  };
  for (const session of summary.sessions) {
    // The engine's impulse day: the profile-zone day of the instant just before the impulse.
    const day = dayNumber(localDayOf(new Date(Date.parse(session.impulse_at) - 1).toISOString(), { timeZone }));
    if (session.systemic_acute_dose_lu > 0) add(SYSTEMIC_FATIGUE_SCOPE_KEY, day, session.id);
    for (const [muscle, dose] of Object.entries(session.muscle_doses_hse)) if (dose > 0) add(muscle, day, session.id);
  }
  return byScope;
}

function windowDays(tauHours: number): number {
  return Math.ceil((PROVENANCE_WINDOW_TAU_MULTIPLE * tauHours) / 24);
}

function listedSessions(days: Map<number, string[]> | undefined, day: number, window: number): string[] {
  if (!days) return [];
  const ids: string[] = [];
  for (let from = day - window; from <= day; from += 1) ids.push(...(days.get(from) ?? []));
  return ids;
}

/**
 * Internal: the `user_fatigue_state` rows of a run for the (day, `scope_key`) pairs `select` accepts, from the series.
 *
 * - Muscle rows (`muscle_id` = the catalog muscle id `mus_<slug>`): `fatigue_score` = fatigue % at the end of the
 *   local day, `acute_load` = the muscle state in HSE, `chronic_load` = null.
 * - The systemic row: `fatigue_score` = the acute systemic fatigue % at the end of the day with the display cap of
 *   that day (`max(min_lu, ctl_multiplier · CTL)`), `acute_load` = the acute systemic state (LU), `chronic_load` =
 *   CTL (LU), so the score can be recomputed from the row.
 * - `computed_from` = the run id; `provenance_json` as `FatigueStateRowProvenanceSchema`, with the watermark on the
 *   systemic row of the last day.
 */
export function fatigueStateRows(
  context: StateRowsContext,
  select: (date: string, scopeKey: string) => boolean,
): UserFatigueStateInsert[] {
  const { series, summary, config } = context;
  const base: Omit<FatigueStateRowProvenance, 'sessions' | 'watermark'> = {
    run: context.run,
    engine: summary.provenance.engine,
    heuristics: summary.provenance.heuristics,
    muscle_maps_sha256: summary.provenance.muscle_maps_sha256,
    catalog_version: context.catalogVersion,
  };
  const byScope = sessionsByImpulseDay(summary, context.timeZone);
  const systemicWindow = windowDays(summary.systemic.tau_hours);
  const cap = config.systemic.acute.display_cap;
  const lastIndex = series.dates.length - 1;
  const muscles = Object.keys(series.muscles).sort();
  const rows: UserFatigueStateInsert[] = [];
  series.dates.forEach((date, index) => {
    const day = dayNumber(date);
    for (const muscle of muscles) {
      const muscleId = catalogId('muscle', muscle);
      if (!select(date, fatigueScopeKey('muscle', muscleId))) continue;
      const values = series.muscles[muscle]!;
      const tau = summary.muscles[muscle]?.tau_hours ?? 0;
      const provenance: FatigueStateRowProvenance = { ...base, sessions: listedSessions(byScope.get(muscle), day, windowDays(tau)) };
      rows.push({
        id: context.ids(),
        user_id: context.userId,
        date,
        scope: 'muscle',
        muscle_id: muscleId,
        scope_key: fatigueScopeKey('muscle', muscleId),
        fatigue_score: Math.max(0, values.fatigue_percent[index]!),
        acute_load: Math.max(0, values.value_hse[index]!),
        chronic_load: null,
        computed_from: context.run,
        provenance_json: provenance,
        created_at: context.createdAt,
      });
    }
    if (select(date, SYSTEMIC_FATIGUE_SCOPE_KEY)) {
      const acute = Math.max(0, series.systemic_acute_lu[index]!);
      const ctl = Math.max(0, series.ctl[index]!);
      const provenance: FatigueStateRowProvenance = {
        ...base,
        sessions: listedSessions(byScope.get(SYSTEMIC_FATIGUE_SCOPE_KEY), day, systemicWindow),
        ...(index === lastIndex ? { watermark: context.watermark } : {}),
      };
      rows.push({
        id: context.ids(),
        user_id: context.userId,
        date,
        scope: 'systemic',
        muscle_id: null,
        scope_key: SYSTEMIC_FATIGUE_SCOPE_KEY,
        fatigue_score: fatiguePercent(acute, Math.max(cap.min_lu, cap.ctl_multiplier * ctl)),
        acute_load: acute,
        chronic_load: ctl,
        computed_from: context.run,
        provenance_json: provenance,
        created_at: context.createdAt,
      });
    }
  });
  return rows;
}
