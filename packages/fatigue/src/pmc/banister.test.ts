import { describe, expect, it } from 'vitest';
import { close } from '../test-support/fixtures.js';
import { banisterDailySeries } from './banister-daily-series.js';
import { banisterCriticalTimes, banisterResponse } from './banister-response.js';

const MODEL = { k1: 1, k2: 2, tau1: 42, tau2: 7, p0: 0 };

describe('TV2: Banister impulse response', () => {
  it('fitness, fatigue and performance after one impulse of 100', () => {
    const rows = [
      [1, 97.647169, 173.37558, -75.728411],
      [5, 88.776553, 97.908332, -9.131779],
      [6, 86.68779, 84.874569, 1.813221],
      [7, 84.648172, 73.575888, 11.072284],
      [14, 71.653131, 27.067057, 44.586074],
      [21, 60.653066, 9.957414, 50.695652],
      [42, 36.787944, 0.49575, 36.292194],
    ] as const;
    for (const [t, fitness, fatigue, performance] of rows) {
      const response = banisterResponse([{ time: 0, dose: 100 }], MODEL, t);
      expect(close(response.fitness, fitness), `fitness t=${t}`).toBe(true);
      expect(close(response.fatigue, fatigue), `fatigue t=${t}`).toBe(true);
      expect(close(response.performance, performance), `performance t=${t}`).toBe(true);
    }
  });

  it('training on day t counts from t + 1 (s < t)', () => {
    expect(banisterResponse([{ time: 3, dose: 100 }], MODEL, 3).performance).toBe(0);
  });

  it('crossover and peak in closed form', () => {
    const times = banisterCriticalTimes(MODEL);
    expect(close(times.crossover!, 5.822436)).toBe(true);
    expect(close(times.peak!, 20.873216)).toBe(true);
    expect(close(banisterResponse([{ time: 0, dose: 100 }], MODEL, times.peak!).performance, 50.697028)).toBe(true);
    expect(banisterCriticalTimes({ ...MODEL, k2: 0.5 })).toEqual({ crossover: null, peak: null });
  });

  it('GoldenCheetah discrete variant', () => {
    const { performance } = banisterDailySeries([0, 100, 0, 0, 0], { t1: 50, t2: 11, k1: 0.2, k2: 0.2, p0: 0 });
    [0, 0, 1.341959, 2.54073, 3.609283].forEach((value, day) => expect(close(performance[day]!, value)).toBe(true));
  });
});
