import { readFileSync } from 'node:fs';
import { MOVEMENT_REFUSAL_LEVEL } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { PLANNING_HEURISTICS } from '../heuristics/planning-heuristics.js';
import { catalogProgressionGraph } from '../scaling/catalog-progression-graph.js';
import {
  AS_OF,
  catalogMovementMaps,
  fatigueReportFor,
  goalRow,
  mov,
  patchedReport,
  plannedSession,
  squatDay,
  TODAY,
} from '../test-support/planning-fixtures.js';
import { PLANNING_ENGINE, PLANNING_ENGINE_VERSION } from './planning-engine-version.js';
import { RecommendationDraftSchema } from './recommendation-draft-schema.js';
import { recommendSessions } from './recommend-sessions.js';
import type { RecommendSessionsInput } from './recommend-sessions-input.js';

const graph = catalogProgressionGraph();
const muscleMaps = catalogMovementMaps();
const calmReport = fatigueReportFor([]);

function input(overrides: Partial<RecommendSessionsInput>): RecommendSessionsInput {
  return {
    asOf: AS_OF,
    sessions: [],
    fatigueReport: calmReport,
    goals: [],
    graph,
    muscleMaps,
    ingestionRunIds: ['run_b', 'run_a', 'run_b'],
    ...overrides,
  };
}

describe('recommendSessions', () => {
  it('keeps a session when nothing calls for a change, with explanation and full provenance', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100]]);
    const goal = goalRow('g1_r2', { revision: 2, title: 'Squat 140 kg', target_json: { type: 'one_rep_max', movement_id: mov('back_squat'), load_kg: 140 } });
    const drafts = recommendSessions(input({ sessions: [session], goals: [goal] }));
    expect(drafts).toHaveLength(1);
    const [keep] = drafts;
    expect(RecommendationDraftSchema.parse(keep)).toEqual(keep);
    expect(keep).toMatchObject({ planned_session_id: 'ps1', scheduled_date: '2024-06-13', kind: 'note', as_of: AS_OF });
    expect(keep!.payload.action).toBe('keep');
    expect(keep!.payload.basis).toMatchObject({ state_source: 'forecast', reference_date: TODAY });
    expect(keep!.explanation).toMatch(/^Keep "Session ps1" on 2024-06-13 as planned: entering the day: .*systemic fatigue 0 %/);
    expect(keep!.explanation).toContain('Goals in force: "Squat 140 kg" (revision 2).');
    expect(keep!.provenance).toEqual({
      goal_revision_ids: ['g1_r2'],
      heuristics: { id: PLANNING_HEURISTICS.id, version: PLANNING_HEURISTICS.version, sha256: PLANNING_HEURISTICS.sha256 },
      ingestion_run_ids: ['run_a', 'run_b'],
      engine_version: PLANNING_ENGINE,
    });
  });

  it('the engine version is the package version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PLANNING_ENGINE_VERSION).toBe(manifest.version);
  });

  it('gives nothing for past sessions and sessions no longer planned', () => {
    const drafts = recommendSessions(
      input({
        sessions: [
          plannedSession('past', '2024-06-11', [['back_squat', 5, 5, 100]]),
          plannedSession('done', '2024-06-13', [['back_squat', 5, 5, 100]], { status: 'completed' }),
          plannedSession('today', '2024-06-12', [['back_squat', 5, 5, 100]]),
        ],
      }),
    );
    expect(drafts.map((draft) => draft.planned_session_id)).toEqual(['today']);
    expect(drafts[0]!.payload.basis).toMatchObject({ state_source: 'as_of', reference_date: TODAY });
  });

  it('swaps a hard_no movement for its closest doable variant and never names it again', () => {
    const session = plannedSession('ps1', '2024-06-13', [['pull_up', 4, 6, null], ['back_squat', 3, 5, 100]]);
    const drafts = recommendSessions(
      input({ sessions: [session], constraints: [{ movement_id: mov('pull_up'), level: MOVEMENT_REFUSAL_LEVEL, reason: 'elbow tendinopathy' }] }),
    );
    expect(drafts).toHaveLength(1);
    const [swap] = drafts;
    expect(swap!.payload).toMatchObject({ action: 'swap_movement', exercise_id: 'ps1_e0', from_movement_id: mov('pull_up'), causes: ['constraint'] });
    expect(swap!.payload.to_movement_id).not.toBe(mov('pull_up'));
    expect((swap!.payload.path as string[])[0]).toBe(mov('pull_up'));
    expect(swap!.kind).toBe((swap!.payload.difficulty_delta as number) < 0 ? 'regress_movement' : 'swap_movement');
    expect(swap!.explanation).toContain('elbow tendinopathy');
  });

  it('drops an exercise when no variant is doable', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 3, 5, 100]]);
    const ids = [...graph.movements.keys()];
    const drafts = recommendSessions(
      input({ sessions: [session], constraints: ids.map((id) => ({ movement_id: id, level: 'hard_no' as const, reason: null })) }),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: 'adjust_volume', payload: { action: 'remove_exercise', exercise_id: 'ps1_e0', sets_from: 3, sets_to: 0 } });
  });

  it('replaces the session with recovery when form is far below fitness', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100]]);
    const drafts = recommendSessions(input({ sessions: [session], fatigueReport: patchedReport(calmReport, { formPercent: -60 }) }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: 'rest_day', payload: { action: 'replace_with_recovery', recovery: { activity: 'walking', duration_seconds: 1800 } } });
    expect(drafts[0]!.explanation).toContain('form -60 % of fitness (below -50 %)');
  });

  it('does not judge form on a short history, where fitness (CTL) is still underestimated', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100]]);
    const report = patchedReport(calmReport, { formPercent: -60 });
    report.pmc.history_days = PLANNING_HEURISTICS.form.min_history_days - 10;
    const [draft] = recommendSessions(input({ sessions: [session], fatigueReport: report }));
    expect(draft!.payload.action).toBe('keep');
    expect(draft!.explanation).toContain(`form not judged (${PLANNING_HEURISTICS.form.min_history_days - 10} days of history, under ${PLANNING_HEURISTICS.form.min_history_days})`);
  });

  it('reduces session volume by the stated amount when form is low or systemic fatigue is high', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100], ['bench_press', 4, 8, 70]]);
    for (const patch of [{ formPercent: -40 }, { systemicPercent: 70 }]) {
      const drafts = recommendSessions(input({ sessions: [session], fatigueReport: patchedReport(calmReport, patch) }));
      expect(drafts).toHaveLength(1);
      expect(drafts[0]).toMatchObject({
        kind: 'adjust_volume',
        payload: {
          action: 'reduce_volume',
          scope: 'session',
          reduction_percent: 30,
          duration_seconds: { from: 3600, to: 2520 },
          exercises: [
            { exercise_id: 'ps1_e0', sets_from: 5, sets_to: 4 },
            { exercise_id: 'ps1_e1', sets_from: 4, sets_to: 3 },
          ],
        },
      });
      expect(drafts[0]!.explanation).toMatch(/^Reduce the volume of "Session ps1" on 2024-06-13 by 30 %/);
    }
  });

  it('reads the real forecast: heavy squat days leave the quadriceps fatigued, so squats are swapped or cut', () => {
    const session = plannedSession('ps1', TODAY, [['back_squat', 5, 5, 100]]);
    const report = fatigueReportFor([squatDay(1, 12), squatDay(2, 12)], [session]);
    const drafts = recommendSessions(input({ sessions: [session], fatigueReport: report }));
    const quads = report.muscles.quadriceps!.fatigue_percent;
    expect(quads).toBeGreaterThan(PLANNING_HEURISTICS.muscle.swap_at_percent);
    const actions = drafts.map((draft) => draft.payload.action);
    expect(actions.some((action) => action === 'swap_movement' || action === 'reduce_volume')).toBe(true);
    for (const draft of drafts) expect((draft.payload.basis as { muscles: Record<string, number> }).muscles.quadriceps).toBeCloseTo(quads, 0);
  });

  it('keeps a goal movement with fewer sets instead of swapping it when its muscles are fatigued', () => {
    const session = plannedSession('ps1', '2024-06-13', [['back_squat', 5, 5, 100]]);
    const goal = goalRow('g1', { title: 'Squat 140 kg', target_json: { type: 'one_rep_max', movement_id: mov('back_squat'), load_kg: 140 } });
    const report = patchedReport(calmReport, { muscles: { quadriceps: 80, glutes: 80 } });
    const drafts = recommendSessions(input({ sessions: [session], fatigueReport: report, goals: [goal] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: 'adjust_volume', payload: { action: 'reduce_volume', scope: 'exercise', reduction_percent: 40, exercises: [{ sets_from: 5, sets_to: 3 }] } });
    expect(drafts[0]!.explanation).toContain('kept for goal "Squat 140 kg"');
  });

  it('reduces intensity on a low-readiness day and moves the session when readiness is very low', () => {
    const session = plannedSession('ps1', TODAY, [['back_squat', 5, 5, 100]]);
    const low = recommendSessions(input({ sessions: [session], fatigueReport: patchedReport(calmReport, { readiness: { score: 30, band: 'low' } }) }));
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({
      kind: 'adjust_load',
      payload: { action: 'reduce_intensity', reduction_percent: 10, exercises: [{ load_kg: { from: 100, to: 90 }, rir: { from: 2, to: 3 } }], planned_rpe: { from: 7, to: 6 } },
    });
    const veryLow = patchedReport(calmReport, { readiness: { score: 20, band: 'low' } });
    const tomorrow = plannedSession('ps2', '2024-06-13', [['bench_press', 3, 8, 60]]);
    const moved = recommendSessions(input({ sessions: [session, tomorrow], fatigueReport: veryLow }));
    expect(moved[0]).toMatchObject({ kind: 'reschedule_session', payload: { action: 'move_session', from_date: TODAY, to_date: '2024-06-14', days_later: 2 } });
    const busy = recommendSessions(input({ sessions: [session], fatigueReport: veryLow, busyDates: ['2024-06-13', '2024-06-14'] }));
    expect(busy[0]).toMatchObject({ kind: 'rest_day' });
    expect(busy[0]!.explanation).toContain('no free day within 2 days');
  });

  it('tapers before an event goal', () => {
    const event = goalRow('g_event', { goal_type: 'event', title: 'City 10k', target_json: { type: 'event', name: 'City 10k', date: '2024-06-16' } });
    const sessions = [plannedSession('near', '2024-06-13', [['back_squat', 5, 5, 100]]), plannedSession('far', '2024-06-20', [['back_squat', 5, 5, 100]])];
    const drafts = recommendSessions(input({ sessions, goals: [event] }));
    expect(drafts.find((draft) => draft.planned_session_id === 'near')).toMatchObject({ kind: 'adjust_volume', payload: { reduction_percent: 40 } });
    expect(drafts.find((draft) => draft.planned_session_id === 'near')!.explanation).toContain('taper: 3 days before "City 10k" on 2024-06-16');
    expect(drafts.find((draft) => draft.planned_session_id === 'far')!.payload.action).toBe('keep');
  });

  it('cites only the goal revisions in force on the session day as known at asOf, of its program or none', () => {
    const base = { goal_key: 'squat', target_json: { type: 'one_rep_max', movement_id: mov('back_squat'), load_kg: 140 } };
    const r1 = goalRow('squat_r1', { ...base, revision: 1 });
    const r2 = goalRow('squat_r2', { ...base, revision: 2, effective_from: '2024-06-15T00:00:00.000Z', created_at: '2024-06-10T00:00:00.000Z' });
    const r3 = goalRow('squat_r3', { ...base, revision: 3, effective_from: '2024-06-13T00:00:00.000Z', created_at: '2024-06-20T00:00:00.000Z' });
    const other = goalRow('other_program', { program_id: 'prog_b' as never, target_json: { type: 'habit' } });
    const sessions = [plannedSession('a', '2024-06-13', [['bench_press', 3, 8, 60]]), plannedSession('b', '2024-06-17', [['bench_press', 3, 8, 60]])];
    const drafts = recommendSessions(input({ sessions, goals: [r1, r2, r3, other] }));
    expect(drafts.map((draft) => draft.provenance.goal_revision_ids)).toEqual([['squat_r1'], ['squat_r2']]);
  });

  it('is beyond the forecast: fatigue decides nothing there', () => {
    const session = plannedSession('ps1', '2024-07-20', [['back_squat', 5, 5, 100]]);
    const drafts = recommendSessions(input({ sessions: [session], fatigueReport: patchedReport(calmReport, { formPercent: -90 }) }));
    expect(drafts[0]!.payload).toMatchObject({ action: 'keep', basis: { state_source: 'none' } });
    expect(drafts[0]!.explanation).toContain('beyond the fatigue forecast');
  });

  it('rejects a bad asOf, session date or busy date with a ValidationError naming the field', () => {
    expect(() => recommendSessions(input({ asOf: 'yesterday' }))).toThrow(/asOf/);
    const session = plannedSession('ps1', '13/06/2024', [['back_squat', 5, 5, 100]]);
    expect(() => recommendSessions(input({ sessions: [session] }))).toThrow(/sessions\.0\.session\.scheduled_date/);
    expect(() => recommendSessions(input({ busyDates: ['soon'] }))).toThrow(/busyDates\.0/);
  });
});
