import { ValidationError, type GoalRow } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGoalRevision } from '../revisions/create-goal-revision.js';
import { squatGoal } from '../test-support/goal-fixtures.js';
import { formatMeasureValue } from './format-measure-value.js';
import { GoalProgressSchema } from './goal-progress-schema.js';
import { goalProgress, type GoalProgressInput } from './goal-progress.js';

/** Squat 140 kg, from 2025-03-01 08:00Z; deadline 12 weeks later (2025-05-24 08:00Z). */
const GOAL = squatGoal();
const START = Date.parse(GOAL.effective_from);
const DEADLINE = new Date(START + 84 * 86_400_000).toISOString();
const at = (days: number) => new Date(START + days * 86_400_000).toISOString();

/** Weekly estimated maxima from 120 kg, rising `perWeek` kg a week, up to `weeks` weeks. */
function weekly(perWeek: number, weeks: number) {
  return Array.from({ length: weeks + 1 }, (_, week) => ({ at: at(week * 7), value: 120 + perWeek * week }));
}

function progress(overrides: Partial<GoalProgressInput> = {}) {
  const result = goalProgress({ goal: GOAL, checkins: [], observations: [], asOf: at(42), deadline: DEADLINE, ...overrides });
  return GoalProgressSchema.parse(result);
}

describe('goalProgress', () => {
  it('on track: a straight line that reaches the target at the deadline', () => {
    // 20 kg in 12 weeks = 5/3 kg a week; after 6 weeks 130 kg, projected 140 kg at the deadline.
    const result = progress({ observations: weekly(5 / 3, 6) });
    expect(result.status).toBe('on_track');
    expect(result.baseline_value).toBe(120);
    expect(result.current_value).toBeCloseTo(130, 10);
    expect(result.projected_value).toBeCloseTo(130, 10);
    expect(result.projected_at_deadline).toBeCloseTo(140, 10);
    expect(result.expected_value_now).toBeCloseTo(130, 10);
    expect(result.slope_per_week).toBeCloseTo(5 / 3, 10);
    expect(result.points_used).toBe(7);
    expect(result.explanation).toBe(
      'one-rep max: best 130 kg, target 140 kg; trend toward the target (+1.7 kg per week over 7 measurements); projected 140 kg by 2025-05-24, expected 130 kg by now: on track',
    );
  });

  it('ahead, behind, achieved by value and by status', () => {
    expect(progress({ observations: weekly(2.5, 6) }).status).toBe('ahead');
    expect(progress({ observations: weekly(1, 6) }).status).toBe('behind');
    expect(progress({ observations: weekly(-1, 6) }).status).toBe('behind');
    const achieved = progress({ observations: [...weekly(1, 5), { at: at(40), value: 141 }] });
    expect(achieved).toMatchObject({ status: 'achieved', current_value: 141, explanation: 'one-rep max: best 141 kg meets the target 140 kg' });
    const marked = progress({ goal: { ...GOAL, status: 'achieved' } as GoalRow, observations: weekly(1, 6) });
    expect(marked).toMatchObject({ status: 'achieved', explanation: 'one-rep max: marked achieved in revision 1' });
  });

  it('behind once the deadline has passed; without a deadline, the direction of the trend decides', () => {
    expect(progress({ observations: weekly(1, 12), asOf: at(90) }).explanation).toMatch(/the deadline 2025-05-24 has passed: behind$/);
    const open = progress({ observations: weekly(1, 6), deadline: null });
    expect(open).toMatchObject({ status: 'on_track', deadline: null, projected_at_deadline: null, expected_value_now: null });
    expect(progress({ observations: weekly(-1, 6), deadline: null }).status).toBe('behind');
  });

  it('no data: nothing in the window, or a single measurement time', () => {
    expect(progress()).toMatchObject({ status: 'no_data', points_used: 0, current_value: null });
    expect(progress({ observations: [{ at: at(-60), value: 130 }] })).toMatchObject({ status: 'no_data', points_used: 0 });
    const single = progress({ observations: [{ at: at(7), value: 125 }, { at: at(7), value: 126 }] });
    expect(single).toMatchObject({ status: 'no_data', current_value: 126, points_used: 2 });
    expect(single.explanation).toMatch(/at least two are needed/);
  });

  it('reads check-ins at their measure field, at noon UTC of their date, and counts the ones without it', () => {
    const result = progress({
      checkins: [
        { date: '2025-03-01', value_json: { load_kg: 120 } },
        { date: '2025-03-29', value_json: { load_kg: 126 } },
        { date: '2025-04-05', value_json: { reps: 5 } },
        { date: '2025-04-12', value_json: 130 },
      ],
      asOf: at(43),
    });
    expect(result).toMatchObject({ checkins_used: 3, checkins_skipped: 1, observations_used: 0, latest_value: 130 });
    expect(result.status).toBe('on_track');
  });

  it('counts measurements from the lookback before the start, and takes the baseline at the start', () => {
    const result = progress({ observations: [{ at: at(-20), value: 110 }, { at: at(-3), value: 118 }, ...weekly(5 / 3, 6).slice(1)] });
    expect(result.baseline_value).toBe(118);
    expect(progress({ observations: [{ at: at(-20), value: 110 }, ...weekly(5 / 3, 6)], lookbackDays: 0 }).points_used).toBe(7);
    expect(progress({ observations: weekly(5 / 3, 6), baseline: 100 }).baseline_value).toBe(100);
  });

  it('lower is better for times; the latest value counts for body composition', () => {
    const run = createGoalRevision(
      { user_id: 'u1', goal_key: 'run10k', title: '10 km in 45:00', goal_type: 'endurance', horizon: 'session', target: { type: 'time', discipline_id: 'dis_running', distance_m: 10_000, duration_seconds: 2700 } },
      { at: GOAL.effective_from, id: 'run_r1' },
    );
    const faster = progress({ goal: run, observations: [{ at: at(0), value: 3000 }, { at: at(21), value: 2925 }, { at: at(42), value: 2850 }] });
    expect(faster).toMatchObject({ status: 'on_track', measure: { better: 'lower', unit: 's' } });
    expect(faster.explanation).toContain('best 47:30, target 45:00');
    const weight = createGoalRevision(
      { user_id: 'u1', goal_key: 'cut', title: 'Weigh 78 kg', goal_type: 'body_composition', horizon: 'session', target: { type: 'body_composition', metric: 'weight_kg', target: 78, direction: 'decrease' } },
      { at: GOAL.effective_from, id: 'cut_r1' },
    );
    const rebound = progress({ goal: weight, observations: [{ at: at(0), value: 82 }, { at: at(21), value: 77.9 }, { at: at(42), value: 80 }] });
    expect(rebound).toMatchObject({ current_value: 80, measure: { basis: 'latest', field: 'weight_kg' } });
    expect(rebound.status).not.toBe('achieved');
  });

  it('event targets default their deadline to the event day; an event with nothing to measure is no_data', () => {
    const race = createGoalRevision(
      { user_id: 'u1', goal_key: 'race', title: 'Finish the 10k', goal_type: 'event', horizon: 'session', target: { type: 'event', name: 'City 10k', date: '2025-05-24', discipline_id: 'dis_running' } },
      { at: GOAL.effective_from, id: 'race_r1' },
    );
    const result = goalProgress({ goal: race, checkins: [], observations: [], asOf: at(10) });
    expect(result).toMatchObject({ status: 'no_data', measure: null, deadline: '2025-05-24T23:59:59.999Z' });
  });

  it('rejects invalid input with a typed error naming it', () => {
    expect(() => progress({ asOf: 'now' })).toThrow(ValidationError);
    expect(() => progress({ observations: [{ at: at(1), value: Number.NaN }] })).toThrow(/observations\.0\.value/);
    expect(() => progress({ checkins: [{ date: '2025-3-1', value_json: 1 }] })).toThrow(/checkins\.0\.date/);
    expect(() => progress({ goal: { ...GOAL, target_json: { type: 'one_rep_max' } } as GoalRow })).toThrow(/goal\.target_json/);
  });

  it('formats values for people', () => {
    expect([formatMeasureValue(2700, 's'), formatMeasureValue(3725, 's'), formatMeasureValue(271.4, 's/km'), formatMeasureValue(132.25, 'kg'), formatMeasureValue(3, 'level'), formatMeasureValue(42, 's')]).toEqual([
      '45:00', '1:02:05', '4:31/km', '132.3 kg', 'intermediate', '42 s',
    ]);
  });

  const observationsArbitrary = fc.array(
    fc.record({ day: fc.integer({ min: -40, max: 100 }), value: fc.double({ min: 50, max: 200, noNaN: true }) }),
    { maxLength: 25 },
  );

  it('property: same inputs, same outputs, whatever the order of observations and check-ins', () => {
    fc.assert(
      fc.property(observationsArbitrary, fc.integer({ min: 0, max: 100 }), fc.integer(), (points, asOfDay, seed) => {
        const observations = points.map((point) => ({ at: at(point.day), value: point.value }));
        const checkins = points.slice(0, 5).map((point) => ({ date: at(point.day).slice(0, 10), value_json: { load_kg: point.value } }));
        const shuffled = [...observations].sort((a, b) => Math.sin(seed + a.value) - Math.sin(seed + b.value));
        const first = progress({ observations, checkins, asOf: at(asOfDay) });
        expect(progress({ observations: shuffled, checkins: [...checkins].reverse(), asOf: at(asOfDay) })).toEqual(first);
        expect(progress({ observations, checkins, asOf: at(asOfDay) })).toEqual(first);
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('property: the status agrees with the numbers it reports', () => {
    fc.assert(
      fc.property(observationsArbitrary, fc.integer({ min: 0, max: 83 }), (points, asOfDay) => {
        const result = progress({ observations: points.map((point) => ({ at: at(point.day), value: point.value })), asOf: at(asOfDay) });
        if (result.current_value !== null && result.current_value >= 140) expect(result.status).toBe('achieved');
        if (result.status === 'achieved') expect(result.current_value).toBeGreaterThanOrEqual(140);
        if (result.status === 'no_data') expect(result.projected_value).toBeNull();
        if (result.status === 'on_track' || result.status === 'ahead' || result.status === 'behind') {
          const share = (result.projected_at_deadline! - result.baseline_value!) / (140 - result.baseline_value!);
          if (result.status === 'ahead') expect(share).toBeGreaterThanOrEqual(1.05);
          if (result.status === 'on_track') expect(share).toBeGreaterThanOrEqual(0.95);
          if (result.status === 'behind') expect(share).toBeLessThan(0.95);
        }
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
