import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { resolveHeuristicsConfig } from '../config/resolve-heuristics-config.js';
import { dayShares } from '../time/day-shares.js';
import { ianaZoneClock } from '../time/zone-clock.js';
import { close, near, TV8_MUSCLE_MAPS, tv7Session } from '../test-support/fixtures.js';
import { computeFatigue } from './compute-fatigue.js';
import { explain } from './explain.js';
import { fatigueDailySeries } from './fatigue-daily-series.js';
import { FatigueReportSchema } from './fatigue-report-schema.js';
import { buildFatigueState } from './fatigue-state.js';
import { summarizeFatigueState } from './summarize-fatigue-state.js';

const PROFILE = { time_zone: 'Europe/Berlin' };

describe('report, forecast, explain and daily series', () => {
  it('planned sessions feed only the forecast, kept apart from what was performed', () => {
    const performed = [tv7Session('done', '2024-06-10T16:00:00Z')];
    const planned = [
      tv7Session('tomorrow', '2024-06-13T16:00:00Z'),
      tv7Session('past_plan', '2024-06-09T16:00:00Z'),
      tv7Session('far', '2024-08-01T16:00:00Z'),
    ];
    const asOf = '2024-06-12T07:00:00Z';
    const without = computeFatigue({ sessions: performed, profile: PROFILE, asOf, muscleMaps: TV8_MUSCLE_MAPS });
    const report = computeFatigue({ sessions: performed, plannedSessions: planned, profile: PROFILE, asOf, muscleMaps: TV8_MUSCLE_MAPS });
    FatigueReportSchema.parse(report);
    expect({ ...report, forecast: null, provenance: null }).toEqual({ ...without, forecast: null, provenance: null });
    expect(without.forecast).toBeNull();
    const forecast = report.forecast!;
    expect(forecast.from_date).toBe('2024-06-12');
    expect(forecast.to_date).toBe('2024-06-26');
    expect(forecast.days).toHaveLength(15);
    expect(forecast.sessions.map((session) => session.id)).toEqual(['tomorrow']);
    expect(report.provenance.planned_sessions).toEqual({
      used: ['tomorrow'],
      ignored: [
        { id: 'far', reason: 'beyond_horizon' },
        { id: 'past_plan', reason: 'ended_before_as_of' },
      ],
    });
    const [today, , dayAfterPlan] = forecast.days;
    expect(today!.load_planned).toBe(0);
    expect(close(forecast.days[1]!.load_planned, 81)).toBe(true);
    expect(dayAfterPlan!.muscles.quadriceps!.value_hse).toBeGreaterThan(today!.muscles.quadriceps!.value_hse);
    // Today's forecast continues the performed state: the performed value at the end of today.
    const endOfToday = computeFatigue({ sessions: performed, profile: PROFILE, asOf: '2024-06-12T22:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    expect(near(today!.muscles.quadriceps!.value_hse, endOfToday.muscles.quadriceps!.value_hse)).toBe(true);
    expect(near(today!.ctl, without.pmc.ctl)).toBe(true);
  });

  it('explain: exact contributions in session order; TSB in the configured timing', () => {
    const sessions = [
      tv7Session('a', '2024-06-08T16:00:00Z'),
      tv7Session('b', '2024-06-10T16:00:00Z'),
      { id: 'run', activity: 'running', started_at: '2024-06-11T05:00:00Z', duration_seconds: 3600, rpe: 6 },
    ];
    for (const tsb of ['yesterday', 'same_day'] as const) {
      const config = resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { pmc: { tsb, seed: { ctl: 20, atl: 5 } } });
      const input = { sessions, profile: PROFILE, asOf: '2024-06-12T07:00:00Z', muscleMaps: TV8_MUSCLE_MAPS, config };
      const report = computeFatigue(input);
      const quads = explain(report, 'muscle', 'quadriceps');
      expect(quads.contributions.map((part) => part.session_id)).toEqual(['a', 'b', 'run']);
      expect(quads.total).toBe(report.muscles.quadriceps!.value_hse);
      expect(explain(input, 'muscle', 'quadriceps')).toEqual(quads);
      const chest = explain(report, 'muscle', 'chest');
      expect(chest.contributions.map((part) => part.session_id)).toEqual(['a', 'b']);
      for (const channel of ['ctl', 'atl', 'tsb'] as const) {
        const why = explain(report, channel);
        expect(why.contributions[0]!.session_id).toBeNull();
        expect(near(why.total, why.reported!)).toBe(true);
      }
    }
    const report = computeFatigue({ sessions, profile: PROFILE, asOf: '2024-06-12T07:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    expect(explain(report, 'muscle', 'wings')).toMatchObject({ reported: null, total: 0, contributions: [] });
  });

  it('long histories: kernels that underflowed to 0 are skipped without changing a bit', () => {
    const sessions = Array.from({ length: 60 }, (_, index) =>
      tv7Session(`m${index}`, new Date(Date.parse('2020-01-01T16:00:00Z') + index * 25 * 86_400_000).toISOString()),
    );
    const report = computeFatigue({ sessions, profile: PROFILE, asOf: '2024-02-01T07:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    const asOfMs = Date.parse(report.as_of);
    for (const [muscle, state] of Object.entries(report.muscles)) {
      let naive = 0;
      for (const session of report.sessions) {
        const dose = session.muscle_doses_hse[muscle];
        if (dose === undefined) continue;
        naive += dose * Math.exp(-(asOfMs - Date.parse(session.impulse_at)) * (1 / (state.tau_hours * 3_600_000)));
      }
      expect(state.value_hse).toBe(naive);
      expect(explain(report, 'muscle', muscle).total).toBe(state.value_hse);
    }
    expect(explain(report, 'systemic_acute').total).toBe(report.systemic.value_lu);
    expect(explain(report, 'muscle', 'quadriceps').contributions[0]!.contribution).toBe(0);
  });

  it('ACWR, monotony and coverage flags', () => {
    const sessions = Array.from({ length: 40 }, (_, day) => ({
      id: `d${day}`,
      activity: 'cycling',
      started_at: new Date(Date.parse('2024-05-01T06:00:00Z') + day * 86_400_000).toISOString(),
      duration_seconds: 3600,
      rpe: day % 3 === 0 ? 8 : 5,
    }));
    const report = computeFatigue({ sessions, profile: PROFILE, asOf: '2024-06-09T20:00:00Z' });
    expect(report.acwr).toMatchObject({ method: 'ewma', warming_up: false, null_reason: null });
    expect(report.acwr.ratio!).toBeGreaterThan(0);
    expect(report.acwr.coverage).toEqual({ tracked_days: 28, window_days: 28, fraction: 1 });
    expect(report.monotony.monotony).not.toBeNull();
    expect(report.pmc.warming_up).toBe(true);
    const gaps = computeFatigue({
      sessions,
      profile: PROFILE,
      asOf: '2024-06-09T20:00:00Z',
      coverage: { untrackedDates: ['2024-06-05'] },
      config: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { acwr: { method: 'rolling_uncoupled' } }),
    });
    expect(gaps.acwr.coverage.tracked_days).toBe(27);
    expect(gaps.monotony).toMatchObject({ monotony: null, null_reason: 'incomplete_coverage' });
    expect(gaps.provenance.warnings).toEqual(expect.arrayContaining(['acwr.reduced_coverage', 'monotony.incomplete_coverage']));
    const young = computeFatigue({ sessions: sessions.slice(0, 5), profile: PROFILE, asOf: '2024-05-05T20:00:00Z' });
    expect(young.acwr.warming_up).toBe(true);
    expect(young.provenance.warnings).toContain('acwr.warming_up');
    const rolling = computeFatigue({
      sessions: sessions.slice(0, 5), profile: PROFILE, asOf: '2024-05-05T20:00:00Z',
      config: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { acwr: { method: 'rolling_coupled' } }),
    });
    expect(rolling.acwr).toMatchObject({ ratio: null, null_reason: 'insufficient_window' });
  });

  it('daily series: values at the end of each local day, consistent with the report', () => {
    const sessions = [tv7Session('a', '2024-06-08T16:00:00Z'), tv7Session('b', '2024-06-10T16:00:00Z')];
    const state = buildFatigueState({ sessions, profile: PROFILE, asOf: '2024-06-12T07:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    const series = fatigueDailySeries(state);
    expect(series.dates[0]).toBe('2024-06-07');
    expect(series.dates.at(-1)).toBe('2024-06-12');
    const endOfJune10 = computeFatigue({ sessions, profile: PROFILE, asOf: '2024-06-10T22:00:00Z', muscleMaps: TV8_MUSCLE_MAPS });
    expect(near(series.muscles.quadriceps!.value_hse[3]!, endOfJune10.muscles.quadriceps!.value_hse)).toBe(true);
    expect(near(series.muscles.quadriceps!.fatigue_percent[3]!, endOfJune10.muscles.quadriceps!.fatigue_percent)).toBe(true);
    const report = summarizeFatigueState(state, { includeMuscleSeries: true });
    expect(report.muscle_series!.muscles.quadriceps).toEqual(series.muscles.quadriceps!.value_hse);
    expect(series.ctl).toEqual(report.pmc.days.map((day) => day.ctl));
    expect(series.tsb).toEqual(report.pmc.days.map((day) => day.tsb));
    expect(fatigueDailySeries(state, { from: '2030-01-01' }).dates).toEqual([]);
  });

  it('P18 day bucketing: one local date (start date) or fractions summing to 1 (pro rata)', () => {
    const clock = ianaZoneClock('America/New_York');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), fc.integer({ min: 0, max: 3 * 86_400_000 }), (offset, length) => {
        const start = Date.parse('2024-01-01T00:00:00Z') + offset;
        const day = clock.dayOf(start);
        expect(clock.startOfDay(day)).toBeLessThanOrEqual(start);
        expect(start).toBeLessThan(clock.startOfDay(day + 1));
        expect(dayShares(start, start + length, clock, 'start_date')).toEqual([{ day, share: 1 }]);
        const shares = dayShares(start, start + length, clock, 'pro_rata');
        expect(near(shares.reduce((total, part) => total + part.share, 0), 1, 1e-12)).toBe(true);
        expect(shares[0]!.day).toBe(day);
        for (const part of shares) expect(part.share).toBeGreaterThanOrEqual(0);
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it('pro-rata policy splits a session crossing midnight in the PMC', () => {
    const config = resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { day_boundary: { policy: 'pro_rata' } });
    const report = computeFatigue({
      sessions: [{ id: 'late', activity: 'cycling', started_at: '2024-06-10T21:00:00Z', duration_seconds: 7200, normalized_power_w: 250 * Math.sqrt(0.6), time_zone: 'Europe/Berlin' }],
      profile: { time_zone: 'Europe/Berlin', ftp_w: 250 },
      asOf: '2024-06-12T07:00:00Z',
      config,
    });
    const loads = Object.fromEntries(report.pmc.days.map((day) => [day.date, day.load]));
    expect(close(loads['2024-06-10']!, 60)).toBe(true);
    expect(close(loads['2024-06-11']!, 60)).toBe(true);
    expect(report.sessions[0]!.pmc_days.map((part) => part.share)).toEqual([0.5, 0.5]);
  });
});
