import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { resolveHeuristicsConfig } from '../config/resolve-heuristics-config.js';
import { metLoadUnits } from '../load/met-load-units.js';
import { sessionRpeLoadUnits } from '../load/session-rpe-load-units.js';
import { fatiguePercent } from '../state/fatigue-percent.js';
import { impulseResponse } from '../state/impulse-response.js';
import { recoveryTauHours } from '../state/recovery-tau-hours.js';
import { spreadDoseResponse } from '../state/spread-dose-response.js';
import { close, powerSession, TV8_MUSCLE_MAPS, tv7Session } from '../test-support/fixtures.js';
import { computeFatigue } from './compute-fatigue.js';
import { computeSessionDoses } from './compute-session-doses.js';
import { explain } from './explain.js';

// muscle, dose (HSE), τ (h), cap, fatigue % at +0, +24, +48, +72 h
const TV8 = [
  ['glutes', 3.84, 31.269, 10, 31.887, 16.326, 7.94, 3.767],
  ['chest', 3.0, 26.058, 10, 25.918, 11.258, 4.643, 1.875],
  ['quadriceps', 2.7, 31.269, 10, 23.662, 11.779, 5.651, 2.664],
  ['hamstrings', 2.4, 31.269, 10, 21.337, 10.542, 5.039, 2.371],
  ['lower_back', 1.11, 31.269, 8, 12.955, 6.237, 2.945, 1.378],
  ['triceps', 1.05, 20.846, 8, 12.3, 4.066, 1.304, 0.414],
  ['shoulders', 0.9, 20.846, 8, 10.64, 3.495, 1.119, 0.355],
  ['adductors', 0.81, 31.269, 8, 9.629, 4.591, 2.158, 1.007],
  ['forearms', 0.24, 15.635, 8, 2.955, 0.644, 0.139, 0.03],
  ['abdominals', 0.162, 15.635, 8, 2.005, 0.435, 0.094, 0.02],
  ['traps', 0.144, 26.058, 8, 1.784, 0.714, 0.285, 0.114],
] as const;

const PROFILE = { time_zone: 'UTC' };
const END = Date.parse('2024-06-10T17:00:00.000Z');
const at = (hours: number) => new Date(END + hours * 3_600_000).toISOString();
const liftReport = (hours: number) =>
  computeFatigue({
    sessions: [tv7Session('lift', '2024-06-10T16:00:00Z')],
    profile: PROFILE,
    asOf: at(hours),
    muscleMaps: TV8_MUSCLE_MAPS,
  });

describe('TV8: the per-muscle and systemic model (heuristics v0)', () => {
  it('per-set doses through the movement map', () => {
    const doses = computeSessionDoses(tv7Session('lift', '2024-06-10T16:00:00Z'), { muscleMaps: TV8_MUSCLE_MAPS });
    for (const [muscle, dose] of TV8) expect(close(doses.muscle_doses_hse[muscle]!, dose, 1e-9), muscle).toBe(true);
    expect(Object.keys(doses.muscle_doses_hse).sort()).toEqual(TV8.map((row) => row[0]).sort());
  });

  it('fatigue % at +0, +24, +48, +72 h, τ and capacity', () => {
    const reports = [0, 24, 48, 72].map(liftReport);
    for (const [muscle, , tau, cap, ...percents] of TV8) {
      const state = reports[0]!.muscles[muscle]!;
      expect(close(state.tau_hours, tau, 5e-4), `τ ${muscle}`).toBe(true);
      expect(state.capacity_hse).toBe(cap);
      percents.forEach((percent, index) => {
        const reported = reports[index]!.muscles[muscle]!;
        expect(close(reported.fatigue_percent, percent, 5e-4), `${muscle} +${index * 24} h`).toBe(true);
        expect(close(reported.recovered_percent, 100 - percent, 5e-4)).toBe(true);
      });
    }
    expect(reports[3]!.muscles.quadriceps!.fatigue_percent).toBeLessThan(3);
  });

  it('hours to 90 % recovered is the closed form and lands on 90 %', () => {
    const report = liftReport(0);
    const glutes = report.muscles.glutes!;
    const later = liftReport(glutes.hours_to_90_percent_recovered).muscles.glutes!;
    expect(close(later.recovered_percent, 90, 1e-6)).toBe(true);
    expect(liftReport(72).muscles.forearms!.hours_to_90_percent_recovered).toBe(0);
  });

  it('the same session 48 h later, and the geometric bound', () => {
    const report = computeFatigue({
      sessions: [tv7Session('a', '2024-06-10T16:00:00Z'), tv7Session('b', '2024-06-12T16:00:00Z')],
      profile: PROFILE,
      asOf: '2024-06-12T17:00:00Z',
      muscleMaps: TV8_MUSCLE_MAPS,
    });
    expect(close(report.muscles.quadriceps!.value_hse, 3.2817, 5e-5)).toBe(true);
    expect(close(report.muscles.quadriceps!.fatigue_percent, 27.976, 5e-4)).toBe(true);
    const tau = recoveryTauHours(72);
    expect(close(2.7 / (1 - Math.exp(-48 / tau)), 3.4414, 5e-5)).toBe(true);
  });

  it('tennis singles, 90 min at 85 LU: doses through the activity map', () => {
    const tennis = computeSessionDoses(powerSession('t', '2024-06-10T16:00:00Z', 85, { activity: 'tennis' }), {
      profile: { time_zone: 'UTC', ftp_w: 250 },
    });
    expect(close(tennis.load.lu_raw, 85, 1e-9)).toBe(true);
    const expected = { forearms: 2.72, shoulders: 2.38, calves: 2.72, quadriceps: 1.02, glutes: 0.85, abdominals: 1.02 };
    for (const [muscle, dose] of Object.entries(expected)) expect(close(tennis.muscle_doses_hse[muscle]!, dose, 1e-9), muscle).toBe(true);
  });

  it('fallback systemic loads: sRPE, lifting sets, MET', () => {
    expect(close(sessionRpeLoadUnits(7, 3600, DEFAULT_HEURISTICS_CONFIG.load.srpe.if_by_rpe), 81)).toBe(true);
    const srpe = computeSessionDoses(tv7Session('lift', '2024-06-10T16:00:00Z'), { muscleMaps: TV8_MUSCLE_MAPS });
    expect(srpe.load.method).toBe('srpe');
    expect(close(srpe.load.lu, 81)).toBe(true);
    const sets = computeSessionDoses(tv7Session('lift', '2024-06-10T16:00:00Z', { rpe: null }), { muscleMaps: TV8_MUSCLE_MAPS });
    expect(sets.load.method).toBe('lifting_sets');
    expect(close(sets.load.lu, 47.925)).toBe(true);
    expect(close(metLoadUnits(8, 5400), 96)).toBe(true);
    expect(close(metLoadUnits(6, 10_800), 108)).toBe(true);
    const tennis = computeSessionDoses({ id: 't', activity: 'tennis', started_at: '2024-06-10T16:00:00Z', duration_seconds: 5400 });
    expect(tennis.load.method).toBe('met');
    expect(close(tennis.load.lu, 96)).toBe(true);
  });

  it('hiking 3 h with 1000 m of descent: the eccentric quadriceps multiplier', () => {
    const hike = computeSessionDoses({
      id: 'h', activity: 'hiking', started_at: '2024-06-10T08:00:00Z', duration_seconds: 10_800, descent_m: 1000,
    });
    expect(close(hike.load.lu, 108)).toBe(true);
    const expected = { quadriceps: 6.48, glutes: 3.456, calves: 3.456, hamstrings: 1.296 };
    for (const [muscle, dose] of Object.entries(expected)) expect(close(hike.muscle_doses_hse[muscle]!, dose, 1e-9), muscle).toBe(true);
  });

  it('spreading the dose over the session', () => {
    const tau = recoveryTauHours(72);
    const spread = { dose: 6.48, start: 0, end: 3 };
    expect(close(spreadDoseResponse(spread, tau, 3), 6.1789, 5e-5)).toBe(true);
    expect(close(spreadDoseResponse(spread, tau, 27), 2.868, 5e-5)).toBe(true);
    expect(close(impulseResponse([{ time: 3, dose: 6.48 }], tau, 27), 3.0077, 5e-5)).toBe(true);
    expect(close(impulseResponse([{ time: 1.5, dose: 6.48 }], tau, 3), 6.1765, 5e-5)).toBe(true);
    expect(close(impulseResponse([{ time: 1.5, dose: 6.48 }], tau, 27), 2.8669, 5e-5)).toBe(true);
  });

  it('the engine with uniform and midpoint placement reproduces the spread table', () => {
    const hike = { id: 'h', activity: 'hiking', started_at: '2024-06-10T08:00:00Z', duration_seconds: 10_800, descent_m: 1000 };
    const quads = (placement: 'uniform' | 'midpoint' | 'end', asOf: string) =>
      computeFatigue({
        sessions: [hike],
        profile: PROFILE,
        asOf,
        config: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { impulse: { placement } }),
      }).muscles.quadriceps!.value_hse;
    expect(close(quads('uniform', '2024-06-10T11:00:00Z'), 6.1789, 5e-5)).toBe(true);
    expect(close(quads('uniform', '2024-06-11T11:00:00Z'), 2.868, 5e-5)).toBe(true);
    expect(close(quads('end', '2024-06-10T11:00:00Z'), 6.48, 1e-9)).toBe(true);
    expect(close(quads('end', '2024-06-11T11:00:00Z'), 3.0077, 5e-5)).toBe(true);
    expect(close(quads('midpoint', '2024-06-10T11:00:00Z'), 6.1765, 5e-5)).toBe(true);
    expect(close(quads('midpoint', '2024-06-11T11:00:00Z'), 2.8669, 5e-5)).toBe(true);
    const report = computeFatigue({
      sessions: [hike], profile: PROFILE, asOf: '2024-06-11T11:00:00Z',
      config: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { impulse: { placement: 'uniform' } }),
    });
    const why = explain(report, 'muscle', 'quadriceps');
    expect(why.total).toBe(report.muscles.quadriceps!.value_hse);
  });

  it('acute systemic channel: 81 LU × CNS 1.2 (heavy compound), 10 % left at 48 h', () => {
    const expected = [97.2, 30.7373, 9.72, 3.0737];
    [0, 24, 48, 72].forEach((hours, index) => {
      const report = liftReport(hours);
      expect(close(report.systemic.value_lu, expected[index]!, 5e-5), `+${hours} h`).toBe(true);
      expect(report.systemic.tau_hours).toBe(48 / Math.LN10);
    });
    expect(liftReport(0).sessions[0]!.cns_factor).toBe(1.2);
  });

  it('display transform matches the capacity convention', () => {
    expect(close(fatiguePercent(10 * -Math.log(0.9), 10), 10, 1e-9)).toBe(true);
  });
});
