import { describe, expect, it } from 'vitest';
import { sessionRpeLoad } from '../load/session-rpe-load.js';
import { close } from '../test-support/fixtures.js';
import { ewmaAcwr } from './ewma-acwr.js';
import { rollingAcwr } from './rolling-acwr.js';
import { trainingMonotony } from './training-monotony.js';

const WEEK = [420, 0, 300, 500, 0, 600, 240];
const LOADS_28 = [
  300, 0, 400, 350, 0, 500, 200, 330, 0, 440, 385, 0, 550, 220, 300, 0, 400, 350, 0, 500, 200, 450, 0, 600, 525, 0, 750, 300,
];

describe('TV5: sRPE, monotony and strain', () => {
  it('session RPE', () => {
    expect(sessionRpeLoad(7, 3600)).toBe(420);
    expect(sessionRpeLoad(4, 2700)).toBe(180);
  });

  it('population and sample SD', () => {
    const population = trainingMonotony(WEEK);
    expect(population.total).toBe(2060);
    expect(close(population.mean, 294.285714)).toBe(true);
    expect(close(population.sd, 216.389671)).toBe(true);
    expect(close(population.monotony!, 1.35998)).toBe(true);
    expect(close(population.strain!, 2801.55965)).toBe(true);
    const sample = trainingMonotony(WEEK, { sd: 'sample' });
    expect(close(sample.sd, 233.727558)).toBe(true);
    expect(close(sample.monotony!, 1.259097)).toBe(true);
    expect(close(sample.strain!, 2593.740235)).toBe(true);
  });

  it('dropping rest days is wrong, and gives 2.82', () => {
    const wrong = trainingMonotony(WEEK.filter((load) => load > 0), { sd: 'sample' });
    expect(close(wrong.sd, 146.013698)).toBe(true);
    expect(close(wrong.monotony!, 2.821653)).toBe(true);
  });

  it('a constant week has no monotony (null with a reason)', () => {
    expect(trainingMonotony(new Array<number>(7).fill(300))).toMatchObject({ monotony: null, strain: null, reason: 'zero_variance' });
    expect(trainingMonotony(new Array<number>(7).fill(0))).toMatchObject({ monotony: null, reason: 'zero_variance' });
    expect(trainingMonotony([5])).toMatchObject({ monotony: null, reason: 'too_few_days' });
  });
});

describe('TV6: ACWR on a 28-day series', () => {
  it('EWMA seeded with the first load (R package ACWR)', () => {
    const { acute, chronic, ratio } = ewmaAcwr(LOADS_28, { seed: 'first_load' });
    const rows = [
      [7, 265.698242, 281.502088, 0.9439],
      [14, 283.684818, 280.243083, 1.0123],
      [21, 263.520428, 269.521461, 0.9777],
      [27, 398.207127, 313.759587, 1.2691],
      [28, 373.655345, 312.81065, 1.1945],
    ] as const;
    for (const [day, a, c, r] of rows) {
      expect(close(acute[day - 1]!, a), `A day ${day}`).toBe(true);
      expect(close(chronic[day - 1]!, c), `C day ${day}`).toBe(true);
      expect(close(ratio[day - 1]!, r, 5e-5), `ACWR day ${day}`).toBe(true);
    }
  });

  it('EWMA seeded with zero', () => {
    const { acute, chronic, ratio } = ewmaAcwr(LOADS_28, { seed: 'zero' });
    const rows = [
      [7, 225.653076, 99.581597, 2.266],
      [14, 278.339433, 169.9262, 1.638],
      [21, 262.806906, 202.625122, 1.297],
      [27, 398.080135, 270.188646, 1.4733],
      [28, 373.560101, 272.244601, 1.3721],
    ] as const;
    for (const [day, a, c, r] of rows) {
      expect(close(acute[day - 1]!, a), `A day ${day}`).toBe(true);
      expect(close(chronic[day - 1]!, c), `C day ${day}`).toBe(true);
      expect(close(ratio[day - 1]!, r, 5e-5), `ACWR day ${day}`).toBe(true);
    }
  });

  it('rolling averages, coupled and uncoupled', () => {
    const coupled = rollingAcwr(LOADS_28, { coupling: 'coupled' });
    const uncoupled = rollingAcwr(LOADS_28, { coupling: 'uncoupled' });
    expect(close(coupled.acute[27]!, 375)).toBe(true);
    expect(close(coupled.chronic[27]!, 287.5)).toBe(true);
    expect(close(coupled.ratio[27]!, 1.3043, 5e-5)).toBe(true);
    expect(close(uncoupled.chronic[27]!, 258.333333)).toBe(true);
    expect(close(uncoupled.ratio[27]!, 1.4516, 5e-5)).toBe(true);
    const a = uncoupled.acute[27]!;
    const cUncoupled = uncoupled.chronic[27]!;
    expect(close((4 * a) / (a + 3 * cUncoupled), coupled.ratio[27]!, 1e-12)).toBe(true);
    expect(coupled.ratio[26]).toBeNull();
  });

  it('rolling means skip untracked days instead of counting them as rest', () => {
    const tracked = LOADS_28.map((_, day) => day !== 27);
    const result = rollingAcwr(LOADS_28, { tracked });
    expect(close(result.acute[27]!, (600 + 525 + 750 + 450) / 6)).toBe(true);
  });
});
