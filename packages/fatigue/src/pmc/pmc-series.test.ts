import { describe, expect, it } from 'vitest';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { resolveHeuristicsConfig } from '../config/resolve-heuristics-config.js';
import { computeFatigue } from '../engine/compute-fatigue.js';
import { close, powerSession } from '../test-support/fixtures.js';
import { pmcDecay } from './pmc-decay.js';
import { pmcSeries } from './pmc-series.js';

// fatigue.md §2 TV1: day, load, CTL, ATL, TSB (yesterday), TSB (same day), ramp, CTL α=1/42, ATL α=1/7
const TV1 = [
  [1, 100, 2.352831, 13.31221, 0.0, -10.959379, 2.352831, 2.380952, 14.285714],
  [2, 0, 2.297473, 11.540061, -10.959379, -9.242587, 2.297473, 2.324263, 12.244898],
  [3, 50, 3.419833, 16.659929, -9.242587, -13.240095, 3.419833, 3.4594, 17.638484],
  [4, 80, 5.221635, 25.091892, -13.240095, -19.870257, 5.221635, 5.281795, 26.547272],
  [5, 0, 5.098779, 21.751607, -19.870257, -16.652827, 5.098779, 5.156038, 22.754805],
  [6, 120, 7.802211, 34.830639, -16.652827, -27.028428, 7.802211, 7.890418, 36.646975],
  [7, 60, 9.030337, 38.181237, -27.028428, -29.1509, 9.030337, 9.131122, 39.983122],
  [8, 0, 8.817868, 33.098471, -29.1509, -24.280602, 6.465037, 8.913715, 34.271247],
  [9, 0, 8.610399, 28.692333, -24.280602, -20.081934, 6.312926, 8.701483, 29.375355],
  [10, 90, 10.525359, 36.853738, -20.081934, -26.328379, 7.105526, 10.637162, 38.036018],
  [11, 40, 11.218847, 37.272575, -26.328379, -26.053728, 5.997212, 11.336277, 38.316587],
  [12, 110, 13.543001, 46.954203, -26.053728, -33.411201, 8.444222, 13.685414, 48.557075],
  [13, 0, 13.224357, 40.703561, -33.411201, -27.479203, 5.422146, 13.35957, 41.62035],
  [14, 70, 14.560192, 44.603564, -27.479203, -30.043372, 5.529856, 14.708152, 45.674585],
] as const;
const LOADS = TV1.map((row) => row[1]);
const GC = { ctlDays: 42, atlDays: 7, alpha: 'exp', tsb: 'yesterday', rampDays: 7 } as const;

describe('TV1: 14-day PMC', () => {
  it('smoothing constants', () => {
    expect(close(1 - pmcDecay(42, 'exp'), 0.023528313, 1e-9)).toBe(true);
    expect(close(1 - pmcDecay(7, 'exp'), 0.1331221, 1e-9)).toBe(true);
  });

  it('GoldenCheetah convention: CTL, ATL, TSB of yesterday, ramp', () => {
    const series = pmcSeries(LOADS, GC);
    TV1.forEach((row, day) => {
      expect(close(series.ctl[day]!, row[2]), `CTL day ${row[0]}`).toBe(true);
      expect(close(series.atl[day]!, row[3]), `ATL day ${row[0]}`).toBe(true);
      expect(close(series.tsb[day]!, row[4]), `TSB day ${row[0]}`).toBe(true);
      expect(close(series.ramp[day]!, row[6]), `ramp day ${row[0]}`).toBe(true);
    });
    expect(Math.abs(series.ctl[13]! - 14.560192446871)).toBeLessThan(1e-11);
  });

  it('same-day TSB (intervals.icu) and the α = 1/τ variant', () => {
    const sameDay = pmcSeries(LOADS, { ...GC, tsb: 'same_day' });
    const reciprocal = pmcSeries(LOADS, { ...GC, alpha: 'reciprocal' });
    TV1.forEach((row, day) => {
      expect(close(sameDay.tsb[day]!, row[5]), `same-day TSB day ${row[0]}`).toBe(true);
      expect(close(reciprocal.ctl[day]!, row[7]), `CTL 1/42 day ${row[0]}`).toBe(true);
      expect(close(reciprocal.atl[day]!, row[8]), `ATL 1/7 day ${row[0]}`).toBe(true);
    });
  });

  it('closed form equals the recursion', () => {
    const lambda = pmcDecay(42, 'exp');
    let closed = 0;
    LOADS.forEach((load, index) => {
      closed += (1 - lambda) * load * lambda ** (13 - index);
    });
    expect(Math.abs(closed - 14.560192446871)).toBeLessThan(1e-9);
  });

  it('constant 100/day for 365 days, and a single impulse', () => {
    const constant = pmcSeries(new Array(365).fill(100), GC);
    expect(close(constant.ctl[364]!, 99.983182)).toBe(true);
    expect(close(constant.atl[364]!, 100)).toBe(true);
    const impulse = pmcSeries([100, 0, 0, 0, 0, 0, 0, 0], GC);
    const expected = [13.31221, 11.540061, 10.003824, 8.672094, 7.517646, 6.516881, 5.64934, 4.897288];
    expected.forEach((value, day) => expect(close(impulse.atl[day]!, value), `ATL day ${day + 1}`).toBe(true));
    expect(close(impulse.atl[1]! / impulse.atl[0]!, 0.866878)).toBe(true);
  });

  it('the engine reproduces TV1 from sessions (day 0 = the day before the first session)', () => {
    const sessions = LOADS.flatMap((load, index) =>
      load === 0 ? [] : [powerSession(`d${index + 1}`, `2024-06-${String(index + 1).padStart(2, '0')}T08:00:00Z`, load)],
    );
    const report = computeFatigue({
      sessions,
      profile: { time_zone: 'UTC', ftp_w: 250 },
      asOf: '2024-06-14T23:00:00Z',
    });
    expect(report.pmc.days).toHaveLength(15);
    expect(report.pmc.days[0]).toMatchObject({ date: '2024-05-31', load: 0, ctl: 0, atl: 0, tsb: 0 });
    TV1.forEach((row) => {
      const day = report.pmc.days[row[0]]!;
      expect(close(day.load, row[1]), `load day ${row[0]}`).toBe(true);
      expect(close(day.ctl, row[2]), `CTL day ${row[0]}`).toBe(true);
      expect(close(day.atl, row[3]), `ATL day ${row[0]}`).toBe(true);
      expect(close(day.tsb, row[4]), `TSB day ${row[0]}`).toBe(true);
      expect(close(day.ramp, row[6]), `ramp day ${row[0]}`).toBe(true);
    });
    expect(close(report.pmc.ctl, 14.560192)).toBe(true);
    const sameDay = computeFatigue({
      sessions,
      profile: { time_zone: 'UTC', ftp_w: 250 },
      asOf: '2024-06-14T23:00:00Z',
      config: resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { pmc: { tsb: 'same_day' } }),
    });
    TV1.forEach((row) => expect(close(sameDay.pmc.days[row[0]]!.tsb, row[5])).toBe(true));
    expect(sameDay.provenance.conventions.tsb).toBe('same_day');
  });
});

