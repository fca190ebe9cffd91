import type { LocalDate } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLocalDays } from '../recommend/local-date-arithmetic.js';
import { adherence } from './adherence.js';
import { matchPlannedToPerformed } from './match-planned-to-performed.js';
import type { MatchPerformedActivity, MatchPlannedSession } from './planned-performed-input.js';
import { AdherenceReportSchema } from './adherence-report-schema.js';
import { PlannedPerformedMatchSchema } from './planned-performed-match-schema.js';

function planned(id: string, date: string, fields: { readonly [K in keyof MatchPlannedSession]?: unknown } = {}): MatchPlannedSession {
  return {
    id,
    scheduled_date: date,
    order_index: 0,
    status: 'planned',
    program_id: 'block_1',
    discipline_id: 'dis_running',
    activity_definition_id: null,
    title: `Planned ${id}`,
    ...fields,
  } as unknown as MatchPlannedSession;
}

function performed(id: string, date: string, fields: { readonly [K in keyof MatchPerformedActivity]?: unknown } = {}): MatchPerformedActivity {
  return {
    id,
    planned_session_id: null,
    local_date: date,
    performed_start: `${date}T07:00:00.000Z`,
    discipline_id: 'dis_running',
    activity_definition_id: null,
    source: 'provider',
    provider: 'strava',
    title: null,
    duration_seconds: 1800,
    category: 'cardio',
    ...fields,
  } as unknown as MatchPerformedActivity;
}

describe('matchPlannedToPerformed', () => {
  it('matches by explicit link first, then by local day and discipline; the rest is unplanned', () => {
    const result = matchPlannedToPerformed(
      [
        planned('p_mon', '2024-06-10'),
        planned('p_tue', '2024-06-11', { discipline_id: 'dis_strength' }),
        planned('p_wed', '2024-06-12'),
        planned('p_thu', '2024-06-13'),
        planned('p_fri', '2024-06-14', { status: 'skipped' }),
      ],
      [
        // Linked explicitly to Wednesday although done on Tuesday (manual entry).
        performed('a_linked', '2024-06-11', { planned_session_id: 'p_wed' as never, source: 'manual', provider: null }),
        performed('a_mon', '2024-06-10'),
        performed('a_mon_2', '2024-06-10', { performed_start: '2024-06-10T18:00:00.000Z' }),
        performed('a_tue_ride', '2024-06-11', { discipline_id: 'dis_cycling' }),
        performed('a_sat_climb', '2024-06-15', { discipline_id: null, category: 'hobby' }),
        performed('a_other_week', '2024-06-20', { planned_session_id: 'p_elsewhere' as never }),
      ],
      { today: '2024-06-13' },
    );
    expect(PlannedPerformedMatchSchema.parse(result)).toEqual(result);
    expect(result.planned.map((match) => [match.planned_session_id, match.outcome, match.method, match.activity_ids])).toEqual([
      ['p_mon', 'completed', 'same_day_discipline', ['a_mon']],
      ['p_tue', 'missed', null, []],
      ['p_wed', 'completed', 'explicit_link', ['a_linked']],
      ['p_thu', 'pending', null, []],
      ['p_fri', 'skipped', null, []],
    ]);
    expect(result.unplanned.map((activity) => [activity.activity_id, activity.hobby])).toEqual([
      ['a_mon_2', false],
      ['a_tue_ride', false],
      ['a_sat_climb', true],
    ]);
    expect(result.linked_elsewhere).toEqual([{ activity_id: 'a_other_week', planned_session_id: 'p_elsewhere' }]);

    const report = adherence(result, {
      weekStart: 'monday',
      blocks: [
        { id: 'block_1', name: 'Base', start_date: '2024-06-10', end_date: '2024-06-16' },
        { id: 'block_2', name: 'Next', start_date: '2024-06-17', end_date: null },
      ],
    });
    expect(AdherenceReportSchema.parse(report)).toEqual(report);
    expect(report.weeks).toHaveLength(1);
    expect(report.weeks[0]).toMatchObject({
      week_start: '2024-06-10',
      week_end: '2024-06-16',
      planned: 5,
      completed: 2,
      missed: 1,
      skipped: 1,
      pending: 1,
      due: 4,
      ratio: 0.5,
      unplanned: 3,
      hobbies: 1,
      unplanned_seconds: 5400,
    });
    expect(report.blocks.map((block) => [block.block_id, block.planned, block.unplanned, block.ratio])).toEqual([
      ['block_1', 5, 3, 0.5],
      ['block_2', 0, 0, null],
    ]);
    expect(report.totals.ratio).toBe(0.5);
  });

  it('matches by activity definition when the discipline is unknown, and honours marked statuses', () => {
    const result = matchPlannedToPerformed(
      [
        planned('p1', '2024-06-10', { discipline_id: null, activity_definition_id: 'act_rowing' as never }),
        planned('p2', '2024-06-10', { status: 'partially_completed', discipline_id: null }),
        planned('p3', '2024-06-11', { status: 'completed' }),
        planned('p4', '2024-06-11', { status: 'cancelled' }),
      ],
      [performed('a1', '2024-06-10', { discipline_id: null, activity_definition_id: 'act_rowing' as never })],
    );
    expect(result.planned.map((match) => [match.outcome, match.method])).toEqual([
      ['completed', 'same_day_discipline'],
      ['partial', 'status'],
      ['completed', 'status'],
      ['cancelled', null],
    ]);
    expect(adherence(result).totals).toMatchObject({ due: 3, ratio: 1, cancelled: 1 });
  });

  it('rejects a bad today, bad dates and a bad week start', () => {
    expect(() => matchPlannedToPerformed([], [], { today: '12/06/2024' })).toThrow(/today/);
    expect(() => matchPlannedToPerformed([planned('p1', '2024-6-1')], [])).toThrow(/planned\.0\.scheduled_date/);
    expect(() => matchPlannedToPerformed([], [performed('a1', 'June 1st')])).toThrow(/performed\.0\.local_date/);
    expect(() => adherence(matchPlannedToPerformed([], []), { weekStart: 'someday' as never })).toThrow(/weekStart/);
  });

  it('properties: every activity is used once; counts add up; the input order never matters', () => {
    const day = fc.integer({ min: 0, max: 27 }).map((offset) => addLocalDays('2024-06-03' as LocalDate, offset));
    const discipline = fc.constantFrom('dis_running', 'dis_cycling', 'dis_strength', null);
    const arbitrary = fc
      .record({
        planned: fc.array(
          fc.record({ date: day, discipline, status: fc.constantFrom('planned', 'planned', 'completed', 'skipped', 'cancelled', 'partially_completed') }),
          { maxLength: 15 },
        ),
        performed: fc.array(fc.record({ date: day, discipline, link: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), hobby: fc.boolean() }), {
          maxLength: 15,
        }),
        today: day,
      })
      .map((spec) => ({
        planned: spec.planned.map((entry, index) =>
          planned(`p${index}`, entry.date, { discipline_id: entry.discipline as never, status: entry.status as never }),
        ),
        performed: spec.performed.map((entry, index) =>
          performed(`a${index}`, entry.date, {
            discipline_id: entry.discipline as never,
            planned_session_id: entry.link === null ? null : (`p${entry.link}` as never),
            category: entry.hobby ? 'hobby' : 'cardio',
          }),
        ),
        today: spec.today,
      }));
    fc.assert(
      fc.property(arbitrary, ({ planned: plans, performed: activities, today }) => {
        const result = matchPlannedToPerformed(plans, activities, { today });
        const usedIds = [
          ...result.planned.flatMap((match) => match.activity_ids),
          ...result.unplanned.map((activity) => activity.activity_id),
          ...result.linked_elsewhere.map((entry) => entry.activity_id),
        ].sort();
        expect(usedIds).toEqual(activities.map((activity) => activity.id).sort());
        for (const match of result.planned) {
          if (match.method === 'same_day_discipline') expect(match.activity_ids).toHaveLength(1);
          if (match.outcome === 'pending') expect(match.scheduled_date >= today).toBe(true);
          if (match.outcome === 'missed') expect(match.scheduled_date < today).toBe(true);
        }
        const again = matchPlannedToPerformed([...plans].reverse(), [...activities].reverse(), { today });
        expect(again).toEqual(result);
        const report = adherence(result);
        const totals = report.totals;
        expect(totals.planned).toBe(plans.length);
        expect(totals.completed + totals.partial + totals.missed + totals.skipped + totals.cancelled + totals.pending).toBe(plans.length);
        expect(report.weeks.reduce((sum, week) => sum + week.planned, 0)).toBe(plans.length);
        expect(report.weeks.reduce((sum, week) => sum + week.unplanned, 0)).toBe(result.unplanned.length);
        if (totals.ratio !== null) expect(totals.ratio).toBeGreaterThanOrEqual(0);
        if (totals.ratio !== null) expect(totals.ratio).toBeLessThanOrEqual(1);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
