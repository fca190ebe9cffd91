import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMovement } from '../movements/get-movement.js';
import { FIT_EXERCISE_MAP, mapFitExercise } from './fit-exercise-category-map.js';

describe('FIT_EXERCISE_MAP and mapFitExercise', () => {
  it('only targets movements that exist', () => {
    expect(Object.values(FIT_EXERCISE_MAP).filter((slug) => getMovement(slug) === undefined)).toEqual([]);
  });

  it('maps a category and exercise name to the movement', () => {
    expect(mapFitExercise('squat', 'barbellBackSquat')).toBe('back_squat');
    expect(mapFitExercise('benchPress', 'barbellBenchPress')).toBe('bench_press');
    expect(mapFitExercise('deadlift', 'romanianDeadlift')).toBe('romanian_deadlift');
    expect(mapFitExercise('row', 'barbellRow')).toBe('barbell_row');
    expect(mapFitExercise('pullUp', 'chinUp')).toBe('chin_up');
    expect(mapFitExercise('shoulderPress', 'overheadBarbellPress')).toBe('overhead_press');
  });

  it('accepts the profile snake_case spelling', () => {
    expect(mapFitExercise('bench_press', 'barbell_bench_press')).toBe('bench_press');
  });

  it('gives a set that names only its category the movement that category names, when it names one', () => {
    expect(mapFitExercise('benchPress', null)).toBe('bench_press');
    expect(mapFitExercise('pullUp', undefined)).toBe('pull_up');
    expect(mapFitExercise('squat', null)).toBeNull();
    expect(mapFitExercise('curl', null)).toBeNull();
  });

  it('never falls back to the category movement for an exercise it does not know', () => {
    expect(mapFitExercise('benchPress', 'kettlebellChestPress')).toBeNull();
    expect(mapFitExercise('squat', 'plieSquat')).toBeNull();
    expect(mapFitExercise('benchPress', '')).toBeNull();
    expect(mapFitExercise('sandbag', null)).toBeNull();
    expect(mapFitExercise(null, 'barbellBackSquat')).toBeNull();
  });

  it('is total over arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null)), fc.oneof(fc.string(), fc.constant(null)), (category, name) => {
        const slug = mapFitExercise(category, name);
        if (slug !== null) expect(getMovement(slug)).toBeDefined();
      }),
    );
  });
});
