import { EQUIPMENT, MOVEMENT_CONSTRAINT_LEVELS, type Equipment, type LocalDate } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogProgressionGraph } from '../scaling/catalog-progression-graph.js';
import { addLocalDays } from './local-date-arithmetic.js';
import {
  AS_OF,
  catalogMovementMaps,
  fatigueReportFor,
  goalRow,
  patchedReport,
  plannedSession,
  squatDay,
  TODAY,
  type ExerciseSpec,
} from '../test-support/planning-fixtures.js';
import type { RecommendationDraft } from './recommendation-draft-schema.js';
import { recommendSessions } from './recommend-sessions.js';
import type { RecommendSessionsInput } from './recommend-sessions-input.js';

const SEED = 20_240_612;
const graph = catalogProgressionGraph();
const muscleMaps = catalogMovementMaps();
const ids = [...graph.movements.keys()].sort();
/** Movements of real ladders, so prescriptions, refusals and fatigue meet often. */
const POOL = [
  'back_squat', 'front_squat', 'goblet_squat', 'air_squat', 'split_squat', 'pull_up', 'negative_pull_up', 'ring_row',
  'band_assisted_pull_up', 'lat_pulldown', 'push_up', 'knee_push_up', 'incline_push_up', 'bench_press', 'parallel_bar_dip',
  'bench_dip', 'romanian_deadlift', 'conventional_deadlift', 'overhead_press', 'pike_push_up', 'hanging_knee_raise', 'toes_to_bar',
].filter((slug) => graph.movementsBySlug.has(slug));
const slugs = POOL.length >= 10 ? POOL : [...graph.movements.values()].map((movement) => movement.slug).sort();
const poolIds = slugs.map((slug) => graph.movementsBySlug.get(slug)!.id);
const baseReport = fatigueReportFor([squatDay(1, 10), squatDay(3, 8)]);

const exerciseArbitrary: fc.Arbitrary<ExerciseSpec> = fc.tuple(
  fc.constantFrom(...slugs),
  fc.integer({ min: 1, max: 8 }),
  fc.integer({ min: 1, max: 12 }),
  fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
);

const inputArbitrary: fc.Arbitrary<RecommendSessionsInput> = fc
  .record({
    sessions: fc.array(
      fc.record({
        offset: fc.integer({ min: -2, max: 20 }),
        exercises: fc.array(exerciseArbitrary, { minLength: 0, maxLength: 5 }),
        status: fc.constantFrom('planned', 'planned', 'planned', 'skipped'),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    constraints: fc.array(
      fc.record({ movement_id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...poolIds) }, { weight: 1, arbitrary: fc.constantFrom(...ids) }), level: fc.constantFrom(...MOVEMENT_CONSTRAINT_LEVELS), reason: fc.option(fc.constantFrom('injury', 'dislike'), { nil: null }) }),
      { minLength: 5, maxLength: 30 },
    ),
    equipment: fc.option(fc.subarray([...EQUIPMENT] as Equipment[]), { nil: null }),
    formPercent: fc.integer({ min: -60, max: 20 }),
    systemicPercent: fc.integer({ min: 0, max: 95 }),
    muscles: fc.dictionary(fc.constantFrom('quadriceps', 'glutes', 'chest', 'lats', 'hamstrings', 'shoulders', 'triceps'), fc.integer({ min: 0, max: 95 })),
    readiness: fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), band: fc.constantFrom('high' as const, 'moderate' as const, 'low' as const) }), { nil: undefined }),
    goalMovement: fc.option(fc.constantFrom(...ids), { nil: null }),
    runs: fc.array(fc.constantFrom('run_1', 'run_2', 'run_3'), { maxLength: 4 }),
  })
  .map((spec) => ({
    asOf: AS_OF,
    sessions: spec.sessions.map((session, index) =>
      plannedSession(`ps${index}`, addLocalDays(TODAY as LocalDate, session.offset), session.exercises, { status: session.status as 'planned' }),
    ),
    fatigueReport: patchedReport(baseReport, {
      formPercent: spec.formPercent,
      systemicPercent: spec.systemicPercent,
      muscles: spec.muscles,
      ...(spec.readiness === undefined ? {} : { readiness: spec.readiness }),
    }),
    goals:
      spec.goalMovement === null
        ? []
        : [goalRow('g1', { title: 'Goal lift', target_json: { type: 'one_rep_max', movement_id: spec.goalMovement, load_kg: 100 } })],
    constraints: spec.constraints,
    equipment: spec.equipment,
    graph,
    muscleMaps,
    ingestionRunIds: spec.runs,
  }));

/** Every movement a draft tells the athlete to do. */
function recommendedMovements(draft: RecommendationDraft): string[] {
  const payload = draft.payload as Record<string, unknown>;
  const found: string[] = [];
  if (typeof payload.to_movement_id === 'string') found.push(payload.to_movement_id);
  for (const exercise of (payload.exercises as { movement_id: string | null; sets_to?: number }[] | undefined) ?? []) {
    if (exercise.movement_id !== null && exercise.sets_to !== 0) found.push(exercise.movement_id);
  }
  return found;
}

function reversed(input: RecommendSessionsInput): RecommendSessionsInput {
  return {
    ...input,
    sessions: [...input.sessions].reverse().map((entry) => ({ ...entry, exercises: [...entry.exercises].reverse() })),
    constraints: [...(input.constraints ?? [])].reverse(),
    equipment: input.equipment == null ? input.equipment : [...input.equipment].reverse(),
    ingestionRunIds: [...input.ingestionRunIds].reverse(),
  };
}

describe('recommendSessions properties', () => {
  it('never recommends a hard_no movement, and every refused exercise of a session still done is swapped or dropped', () => {
    let refusedExercises = 0;
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const levels = new Map<string, string>();
        for (const constraint of input.constraints ?? []) {
          if (constraint.level === 'hard_no' || !levels.has(constraint.movement_id)) levels.set(constraint.movement_id, constraint.level);
        }
        const refused = new Set([...levels].filter(([, level]) => level === 'hard_no').map(([id]) => id));
        const drafts = recommendSessions(input);
        for (const draft of drafts) {
          for (const movement of recommendedMovements(draft)) expect(refused.has(movement), `${movement} in ${draft.explanation}`).toBe(false);
          if (draft.payload.action === 'swap_movement' && input.equipment != null) {
            const equipment = graph.movements.get(draft.payload.to_movement_id as string)!.equipment;
            expect(equipment === 'bodyweight' || input.equipment.includes(equipment)).toBe(true);
          }
        }
        for (const entry of input.sessions) {
          const own = drafts.filter((draft) => draft.planned_session_id === entry.session.id);
          if (own.length === 0 || own.some((draft) => draft.payload.action === 'replace_with_recovery')) continue;
          for (const exercise of entry.exercises) {
            if (!refused.has(exercise.movement_id)) continue;
            refusedExercises += 1;
            const handled = own.some(
              (draft) => (draft.payload.action === 'swap_movement' || draft.payload.action === 'remove_exercise') && draft.payload.exercise_id === exercise.id,
            );
            expect(handled, `${exercise.movement_id} of ${entry.session.id}`).toBe(true);
          }
          if (own.some((draft) => draft.payload.action === 'keep')) expect(own).toHaveLength(1);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(refusedExercises).toBeGreaterThan(20);
  });

  it('the same inputs, in any order, give the same recommendations', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const first = recommendSessions(input);
        expect(recommendSessions(input)).toEqual(first);
        expect(JSON.stringify(recommendSessions(reversed(input)))).toBe(JSON.stringify(first));
        for (const draft of first) {
          expect(draft.provenance.ingestion_run_ids).toEqual([...new Set(input.ingestionRunIds)].sort());
          expect(draft.explanation.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });
});
