/**
 * Planning benchmark: recommendations for 12 weeks of planned sessions (four a week, four to six exercises each)
 * over the fatigue benchmark's ten-year synthetic history (about 5,000 sessions, 100,000 lifting sets; deterministic,
 * seeded PRNG), with movement constraints (a `hard_no`, a `limited`), limited equipment, skills, a strength goal and
 * an event goal. The fatigue config's forecast is widened to the 12 weeks so every session is judged on its
 * projected state (the most work planning can do). Times, as medians of several runs, measured in the same run:
 *   - the fatigue report alone (`computeFatigue`, no planned sessions): the baseline;
 *   - the fatigue report with the 12-week forecast over the planned sessions (what planning reads);
 *   - planning alone: the progression graph from the catalog seed rows plus `recommendSessions`;
 *   - everything: report with forecast, then planning.
 * Prints ms and the ratios to the report alone. Nothing here asserts a time.
 *
 *   node --conditions=source --import tsx packages/planning/bench/planning.bench.ts [--scale 0.1]
 */
import { parseArgs } from 'node:util';
import { buildCatalogSeed, catalogId, MOVEMENTS } from '@trainkit/catalog';
import { localDayOf, type GoalRow, type Instant, type LocalDate } from '@trainkit/core';
import {
  computeFatigue,
  DEFAULT_HEURISTICS_CONFIG,
  resolveHeuristicsConfig,
  type ComputeFatigueInput,
  type MuscleMaps,
} from '@trainkit/fatigue';
import { buildSyntheticHistory } from '../../fatigue/bench/fatigue.bench.js';
import {
  buildProgressionGraph,
  recommendSessions,
  type PlannedSessionWithExercises,
  type RecommendationDraft,
  type RecommendSessionsInput,
} from '../src/index.js';
import { formatTiming, time, type Timing } from '../../../scripts/bench-support/median-timing.js';
import { seededRandom } from '../../../scripts/bench-support/seeded-random.js';
import { plannedLiftingSessions } from '../src/test-support/planning-fixtures.js';

/** Options of {@link runPlanningBenchmark}. */
export interface PlanningBenchmarkOptions {
  /** Fraction of the ten-year history (1 = full scale); the 12 weeks of plans are always 12 weeks. */
  readonly scale?: number;
  /** Runs per measurement (the median is reported, the minimum printed beside it). */
  readonly runs?: number;
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** Numbers measured by {@link runPlanningBenchmark} (medians, ms). */
export interface PlanningBenchmarkResult {
  readonly historySessions: number;
  readonly plannedSessions: number;
  readonly recommendations: number;
  readonly reportAloneMs: number;
  readonly reportWithForecastMs: number;
  readonly planningMs: number;
  readonly totalMs: number;
  /** planning / report alone (the aim: below 1). */
  readonly planningRatio: number;
  /** (report with forecast + planning) / report alone. */
  readonly totalRatio: number;
}

const TIME_ZONE = 'Europe/Berlin';
const WEEKS = 12;

function addDays(date: string, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10) as LocalDate;
}

/** Session templates: movement slugs of the catalog (all in the progression graph's movement list). */
const TEMPLATES: readonly (readonly string[])[] = [
  ['back_squat', 'romanian_deadlift', 'barbell_walking_lunge', 'plank', 'goblet_squat'],
  ['bench_press', 'pull_up', 'overhead_press', 'barbell_row', 'push_up', 'parallel_bar_dip'],
  ['front_squat', 'conventional_deadlift', 'split_squat', 'hanging_knee_raise'],
  ['pull_up', 'push_up', 'ring_row', 'pike_push_up', 'toes_to_bar'],
];

/** 12 weeks of planned sessions from `firstDay` (Mon, Tue, Thu, Sat pattern), deterministic. */
export function buildPlannedWeeks(firstDay: string, known: ReadonlySet<string>): PlannedSessionWithExercises[] {
  const random = seededRandom(12_2024);
  const sessions: PlannedSessionWithExercises[] = [];
  for (let week = 0; week < WEEKS; week += 1) {
    for (const [slot, dayOffset] of [0, 1, 3, 5].entries()) {
      const id = `plan_w${week}_${slot}`;
      const template = TEMPLATES[(week + slot) % TEMPLATES.length]!.filter((slug) => known.has(slug));
      const count = Math.min(template.length, 4 + Math.floor(random() * 3));
      sessions.push({
        session: {
          id,
          scheduled_date: addDays(firstDay, week * 7 + dayOffset),
          order_index: 0,
          title: `Week ${week + 1} session ${slot + 1}`,
          status: 'planned',
          program_id: 'block_1',
          discipline_id: null,
          activity_definition_id: null,
          planned_duration_seconds: 3600 + Math.floor(random() * 4) * 900,
          planned_distance_m: null,
          planned_rpe: 6 + Math.floor(random() * 3),
        } as unknown as PlannedSessionWithExercises['session'],
        exercises: template.slice(0, count).map((slug, index) => ({
          id: `${id}_e${index}`,
          movement_id: catalogId('movement', slug),
          order_index: index,
          sets: 3 + Math.floor(random() * 3),
          reps: 4 + Math.floor(random() * 8),
          load_kg: slug.includes('squat') || slug.includes('deadlift') || slug.includes('press') ? Math.round(40 + random() * 100) : null,
          rpe: null,
          rir: Math.floor(random() * 4),
        })) as unknown as PlannedSessionWithExercises['exercises'],
      });
    }
  }
  return sessions;
}

function goal(id: string, fields: Partial<Record<keyof GoalRow, unknown>>): GoalRow {
  return {
    id,
    user_id: 'bench_user',
    goal_key: `key_${id}`,
    revision: 1,
    parent_goal_key: null,
    macro_cycle_id: null,
    program_id: 'block_1',
    horizon: 'block',
    goal_type: 'strength',
    title: id,
    target_json: {},
    priority: 1,
    status: 'active',
    effective_from: '2014-01-01T00:00:00.000Z',
    effective_to: null,
    created_at: '2014-01-01T00:00:00.000Z',
    ...fields,
  } as unknown as GoalRow;
}

/**
 * Runs the benchmark and prints its numbers; also returns them. Called by the root `pnpm bench`.
 *
 * @example
 * ```ts
 * await runPlanningBenchmark({ scale: 0.1 });
 * ```
 */
export async function runPlanningBenchmark(options: PlanningBenchmarkOptions = {}): Promise<PlanningBenchmarkResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 7;
  const history = buildSyntheticHistory(scale);
  const asOf = history.asOf as Instant;
  const firstDay = addDays(localDayOf(asOf, { timeZone: TIME_ZONE }), 1);

  const seed = buildCatalogSeed();
  const graphMovements = seed.movements.map((movement) => ({
    id: movement.id,
    slug: movement.slug,
    name: movement.name,
    pattern: movement.pattern,
    equipment: movement.equipment,
  }));
  const known = new Set(graphMovements.map((movement) => movement.slug));
  const planned = buildPlannedWeeks(firstDay, known);
  const catalogMaps: MuscleMaps['movements'] = Object.fromEntries(
    MOVEMENTS.map((movement) => [
      movement.slug,
      { mechanic: movement.mechanic, pattern: movement.pattern, muscles: movement.muscles.map(({ muscle, role, magnitude }) => ({ muscle, role, magnitude })) },
    ]),
  );
  const muscleMaps: MuscleMaps = { movements: { ...catalogMaps, ...history.muscleMaps!.movements } };
  const slugOf = new Map(seed.movements.map((movement) => [movement.id, movement.slug]));
  const plannedForFatigue = plannedLiftingSessions(planned, { slugOf, startTime: 'T16:00:00.000Z', timeZone: TIME_ZONE });
  const config = resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { forecast: { days: WEEKS * 7 + 1 } });
  const aloneInput: ComputeFatigueInput = { ...history, muscleMaps, config };
  const forecastInput: ComputeFatigueInput = { ...aloneInput, plannedSessions: plannedForFatigue };

  const eventDate = addDays(firstDay, 9 * 7 + 5);
  const planningInput = (report: ReturnType<typeof computeFatigue>): RecommendSessionsInput => ({
    asOf,
    sessions: planned,
    fatigueReport: report,
    goals: [
      goal('squat_goal', { title: 'Back squat 140 kg', target_json: { type: 'one_rep_max', movement_id: catalogId('movement', 'back_squat'), load_kg: 140 } }),
      goal('event_goal', { goal_type: 'event', title: 'Hyrox', target_json: { type: 'event', name: 'Hyrox', date: eventDate } }),
    ],
    skills: [
      { id: 'skill_pull', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'intermediate', can_do_flag: true },
      { id: 'skill_push', scope_type: 'pattern', scope_id: 'horizontal_push', skill_level: 'advanced', can_do_flag: true },
    ],
    constraints: [
      { movement_id: catalogId('movement', 'pull_up'), level: 'hard_no', reason: 'elbow tendinopathy' },
      { movement_id: catalogId('movement', 'back_squat'), level: 'limited', reason: 'knee' },
      { movement_id: catalogId('movement', 'goblet_squat'), level: 'preferred', reason: null },
    ],
    equipment: ['barbell', 'dumbbell', 'kettlebell', 'rings', 'box', 'plate', 'band', 'parallettes', 'pull_up_bar'],
    graph: buildProgressionGraph(seed.movementProgressions, graphMovements),
    muscleMaps,
    ingestionRunIds: ['bench_run_1', 'bench_run_2'],
  });

  // Warm up the JIT and the caches.
  const report = computeFatigue(forecastInput);
  computeFatigue(aloneInput);
  let drafts: RecommendationDraft[] = recommendSessions(planningInput(report));
  drafts = recommendSessions(planningInput(report));

  const reportAloneMs = time(runs, () => computeFatigue(aloneInput));
  const reportWithForecastMs = time(runs, () => computeFatigue(forecastInput));
  const planningMs = time(runs, () => recommendSessions(planningInput(report)));
  const totalMs = time(runs, () => recommendSessions(planningInput(computeFatigue(forecastInput))));

  const actions = new Map<string, number>();
  for (const draft of drafts) actions.set(draft.payload.action, (actions.get(draft.payload.action) ?? 0) + 1);
  const planningRatio = planningMs.median / reportAloneMs.median;
  const totalRatio = totalMs.median / reportAloneMs.median;
  log(
    `planning: ${planned.length} planned sessions over ${WEEKS} weeks, ${history.sessions.length} history sessions (scale ${scale}, median of ${runs}); ` +
      `${drafts.length} recommendations (${[...actions].sort().map(([action, count]) => `${action} ${count}`).join(', ')})`,
  );
  const row = (label: string, timing: Timing, extra = '') => log(`  ${label.padEnd(44)} ${formatTiming(timing, 2)} ${extra}`.trimEnd());
  row('fatigue report alone (computeFatigue)', reportAloneMs, '1.00x (baseline)');
  row('fatigue report with the 12-week forecast', reportWithForecastMs, `${(reportWithForecastMs.median / reportAloneMs.median).toFixed(2)}x report alone`);
  row('planning (graph + recommendSessions)', planningMs, `${planningRatio.toFixed(2)}x report alone  (aim < 1)`);
  row('report with forecast + planning', totalMs, `${totalRatio.toFixed(2)}x report alone`);
  return {
    historySessions: history.sessions.length,
    plannedSessions: planned.length,
    recommendations: drafts.length,
    reportAloneMs: reportAloneMs.median,
    reportWithForecastMs: reportWithForecastMs.median,
    planningMs: planningMs.median,
    totalMs: totalMs.median,
    planningRatio,
    totalRatio,
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' } },
  });
  await runPlanningBenchmark({ scale: Number(values.scale) });
}
