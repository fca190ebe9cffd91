import { POUND_IN_KG } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { close } from '../test-support/fixtures.js';
import { effectiveReps } from './effective-reps.js';
import { estimateOneRepMax } from './estimate-one-rep-max.js';
import { rirFromRpe } from './rir-from-rpe.js';
import { rpeFromRir } from './rpe-from-rir.js';
import { volumeLoadKg } from './volume-load-kg.js';

const EXERCISES = [
  { name: 'back squat', reps: 5, kg: 100, rir: 2, volume: 1500, effective: 9, epley: 123.33, brzycki: 120, rpe: 8 },
  { name: 'bench press', reps: 8, kg: 70, rir: 1, volume: 1680, effective: 12, epley: 91, brzycki: 90, rpe: 9 },
  { name: 'Romanian deadlift', reps: 10, kg: 80, rir: 3, volume: 2400, effective: 6, epley: 114.67, brzycki: 120, rpe: 7 },
];

describe('TV7: lifting session', () => {
  it.each(EXERCISES)('$name', (exercise) => {
    const sets = Array.from({ length: 3 }, () => ({ reps: exercise.reps, loadKg: exercise.kg }));
    expect(volumeLoadKg(sets)).toBe(exercise.volume);
    expect(3 * effectiveReps(exercise.reps, exercise.rir)).toBe(exercise.effective);
    expect(close(estimateOneRepMax(exercise.kg, exercise.reps, { rir: exercise.rir })!, exercise.epley, 0.005)).toBe(true);
    expect(close(estimateOneRepMax(exercise.kg, exercise.reps, { rir: exercise.rir, formula: 'brzycki' })!, exercise.brzycki, 0.005)).toBe(true);
    expect(rpeFromRir(exercise.rir)).toBe(exercise.rpe);
    expect(rirFromRpe(exercise.rpe)).toBe(exercise.rir);
  });

  it('session totals', () => {
    const sets = EXERCISES.flatMap((exercise) => Array.from({ length: 3 }, () => ({ reps: exercise.reps, loadKg: exercise.kg })));
    expect(volumeLoadKg(sets)).toBe(5580);
    expect(close(5580 / POUND_IN_KG, 12301.794, 5e-4)).toBe(true);
    expect(EXERCISES.reduce((total, exercise) => total + exercise.effective, 0)).toBe(27);
    expect(estimateOneRepMax(100, 30, { rir: 7, formula: 'brzycki' })).toBeNull();
  });
});
