/**
 * Fatigue engine benchmark: ten years of daily history (about 5,000 sessions, 100,000 lifting sets), synthetic and
 * deterministic (seeded PRNG). Times, as medians of several runs:
 *   - the full recompute (validation, load ladder, dedup, PMC, per-muscle and acute systemic daily series, report);
 *   - the same without the report (`buildFatigueState`);
 *   - the incremental update after one new session (`updateFatigueState`);
 *   - a plain loop doing only the decay arithmetic over the same muscle-days, measured in the same run.
 * Prints ms, muscle-day updates per second and the ratio to the plain loop. Nothing here asserts a time.
 *
 *   node --conditions=source --import tsx packages/fatigue/bench/fatigue.bench.ts [--scale 0.1]
 */
import { parseArgs } from 'node:util';
import {
  buildFatigueState,
  computeFatigue,
  ComputeFatigueInputSchema,
  summarizeFatigueState,
  updateFatigueState,
  type ComputeFatigueInput,
  type FatigueSessionInput,
} from '../src/index.js';
import { formatTiming, time, type Timing } from '../../../scripts/bench-support/median-timing.js';

/** Options of {@link runFatigueBenchmark}. */
export interface FatigueBenchmarkOptions {
  /** Fraction of the ten-year history (1 = full scale). */
  readonly scale?: number;
  /** Runs per measurement (the median is reported, the minimum printed beside it). */
  readonly runs?: number;
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** Numbers measured by {@link runFatigueBenchmark} (medians, ms). */
export interface FatigueBenchmarkResult {
  readonly sessions: number;
  readonly sets: number;
  readonly days: number;
  readonly muscles: number;
  readonly fullReportMs: number;
  readonly fullStateMs: number;
  readonly validationMs: number;
  readonly incrementalMs: number;
  readonly plainLoopMs: number;
  readonly fullRatio: number;
  readonly incrementalRatio: number;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MOVEMENTS = {
  back_squat: ['compound', 'squat', [['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['adductors', 'secondary', 0.6], ['lower_back', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.4]]],
  romanian_deadlift: ['compound', 'hinge', [['hamstrings', 'primary', 1], ['glutes', 'primary', 0.8], ['lower_back', 'secondary', 0.6], ['forearms', 'stabilizer', 0.5], ['traps', 'stabilizer', 0.3]]],
  bench_press: ['compound', 'horizontal_push', [['chest', 'primary', 1], ['triceps', 'secondary', 0.7], ['shoulders', 'secondary', 0.6]]],
  overhead_press: ['compound', 'vertical_push', [['shoulders', 'primary', 1], ['triceps', 'secondary', 0.7], ['traps', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4]]],
  pull_up: ['compound', 'vertical_pull', [['lats', 'primary', 1], ['biceps', 'secondary', 0.7], ['middle_back', 'secondary', 0.6], ['forearms', 'stabilizer', 0.5]]],
  barbell_row: ['compound', 'horizontal_pull', [['middle_back', 'primary', 1], ['lats', 'primary', 0.8], ['biceps', 'secondary', 0.6], ['lower_back', 'stabilizer', 0.5]]],
  walking_lunge: ['compound', 'lunge', [['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['adductors', 'secondary', 0.5], ['calves', 'stabilizer', 0.3]]],
  leg_curl: ['isolation', 'knee_flexion', [['hamstrings', 'primary', 1], ['calves', 'stabilizer', 0.2]]],
  biceps_curl: ['isolation', 'elbow_flexion', [['biceps', 'primary', 1], ['forearms', 'secondary', 0.5]]],
  triceps_pushdown: ['isolation', 'elbow_extension', [['triceps', 'primary', 1]]],
  calf_raise: ['isolation', 'calf_raise', [['calves', 'primary', 1]]],
  plank: ['isolation', 'core_anti_extension', [['abdominals', 'primary', 0.7], ['shoulders', 'stabilizer', 0.3]]],
} as const;

function muscleMaps() {
  return {
    movements: Object.fromEntries(
      Object.entries(MOVEMENTS).map(([id, [mechanic, pattern, muscles]]) => [
        id,
        { mechanic, pattern, muscles: muscles.map(([muscle, role, magnitude]) => ({ muscle, role, magnitude })) },
      ]),
    ),
  };
}

/** Builds the synthetic history: deterministic for a given scale. */
export function buildSyntheticHistory(scale = 1): ComputeFatigueInput {
  const random = mulberry32(20_240_612);
  const days = Math.max(30, Math.round(3650 * scale));
  const start = Date.parse('2014-06-01T00:00:00Z');
  const movementIds = Object.keys(MOVEMENTS);
  const sessions: FatigueSessionInput[] = [];
  const cardio = ['running', 'cycling', 'hiking', 'tennis', 'climbing'];
  for (let day = 0; day < days; day += 1) {
    const dayStart = start + day * 86_400_000;
    // About 1.37 sessions per day: lifting on ~0.82 of days, cardio or a hobby on ~0.55.
    if (random() < 0.82) {
      const setCount = 24 + Math.floor(random() * 18);
      const sets = Array.from({ length: setCount }, () => {
        const movement = movementIds[Math.floor(random() * movementIds.length)]!;
        const effort = random();
        return {
          movement_id: movement,
          reps: 3 + Math.floor(random() * 10),
          load_kg: Math.round(20 + random() * 120),
          ...(effort < 0.7 ? { rir: Math.floor(random() * 5) } : effort < 0.9 ? { rpe: 6 + Math.floor(random() * 5) } : {}),
        };
      });
      sessions.push({
        id: `lift_${day}`,
        activity: 'lifting',
        started_at: new Date(dayStart + (16 + random() * 3) * 3_600_000).toISOString(),
        duration_seconds: 2700 + Math.floor(random() * 2700),
        time_zone: 'Europe/Berlin',
        source: { provider: 'manual', external_id: `lift_${day}` },
        ...(random() < 0.6 ? { rpe: 6 + Math.floor(random() * 4) } : {}),
        sets,
      });
    }
    if (random() < 0.55) {
      const activity = cardio[Math.floor(random() * cardio.length)]!;
      const duration = 1800 + Math.floor(random() * 7200);
      const kind = random();
      sessions.push({
        id: `cardio_${day}`,
        activity,
        started_at: new Date(dayStart + (6 + random() * 3) * 3_600_000).toISOString(),
        duration_seconds: duration,
        time_zone: 'Europe/Berlin',
        source: { provider: 'garmin', external_id: `g${day}`, priority: 30 },
        ...(activity === 'cycling' && kind < 0.5
          ? { normalized_power_w: 150 + Math.round(random() * 120) }
          : kind < 0.8
            ? { avg_hr_bpm: 120 + Math.round(random() * 45) }
            : { rpe: 3 + Math.floor(random() * 6) }),
        ...(activity === 'hiking' ? { descent_m: Math.round(random() * 1200) } : {}),
      });
    }
  }
  return {
    sessions,
    profile: {
      time_zone: 'Europe/Berlin',
      birth_date: '1985-03-14',
      sex: 'female',
      resting_hr_bpm: 55,
      max_hr_bpm: 188,
      lthr_bpm: 168,
      ftp_w: 230,
      threshold_speed_m_per_s: 3.6,
    },
    asOf: new Date(start + days * 86_400_000 - 3_600_000).toISOString(),
    muscleMaps: muscleMaps(),
  };
}

/**
 * Plain loop over the same muscle-days: per muscle and day `s = s·f + dose`, nothing else (no time zones, no
 * sessions, no validation). The checksum keeps the JIT from removing it.
 */
function plainDecayLoop(muscles: number, days: number, doses: Float64Array): number {
  let checksum = 0;
  const series = new Float64Array(days);
  for (let muscle = 0; muscle < muscles; muscle += 1) {
    const factor = Math.exp(-24 / (36 + muscle * 2));
    let state = 0;
    for (let day = 0; day < days; day += 1) {
      state = state * factor + doses[day]!;
      series[day] = state;
    }
    checksum += series[days - 1]!;
  }
  return checksum;
}

/**
 * Runs the benchmark and prints its numbers; also returns them. Called by the root `pnpm bench`.
 *
 * @example
 * ```ts
 * await runFatigueBenchmark({ scale: 0.1 });
 * ```
 */
export async function runFatigueBenchmark(options: FatigueBenchmarkOptions = {}): Promise<FatigueBenchmarkResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 7;
  const input = buildSyntheticHistory(scale);
  const sets = input.sessions.reduce((total, session) => total + (session.sets?.length ?? 0), 0);

  // Warm up the JIT and the time-zone caches.
  const warmState = buildFatigueState(input);
  computeFatigue(input);
  const warmReport = summarizeFatigueState(warmState);
  const days = warmReport.pmc.days.length;
  const muscles = Object.keys(warmReport.muscles).length;
  const muscleDays = muscles * days;

  const validationMs = time(runs, () => ComputeFatigueInputSchema.parse(input));
  const fullReportMs = time(runs, () => computeFatigue(input));
  const fullStateMs = time(runs, () => buildFatigueState(input));

  const lastStart = Date.parse(input.sessions[input.sessions.length - 1]!.started_at);
  const newSession: FatigueSessionInput = {
    id: 'bench_new_session',
    activity: 'lifting',
    started_at: new Date(lastStart + 2 * 3_600_000).toISOString(),
    duration_seconds: 3600,
    time_zone: 'Europe/Berlin',
    rpe: 8,
    sets: Array.from({ length: 20 }, (_, index) => ({
      movement_id: Object.keys(MOVEMENTS)[index % 12]!,
      reps: 8,
      load_kg: 60,
      rir: 2,
    })),
  };
  const newAsOf = new Date(Date.parse(input.asOf) + 3_600_000).toISOString();
  for (let run = 0; run < 5; run += 1) updateFatigueState(warmState, [newSession], newAsOf);
  const incrementalMs = time(Math.max(runs, 21), () => updateFatigueState(warmState, [newSession], newAsOf));

  const doses = new Float64Array(days);
  for (let day = 0; day < days; day += 7) doses[day] = 2.5;
  plainDecayLoop(muscles, days, doses);
  const plainLoopMs = time(Math.max(runs, 21), () => plainDecayLoop(muscles, days, doses));

  const perSecond = (timing: Timing) => `${((muscleDays / timing.median) * 1000).toExponential(2)} muscle-day updates/s`;
  const fullRatio = fullReportMs.median / plainLoopMs.median;
  const incrementalRatio = incrementalMs.median / plainLoopMs.median;
  log(`fatigue: ${input.sessions.length} sessions, ${sets} sets, ${days} days x ${muscles} muscles = ${muscleDays} muscle-days (scale ${scale}, median of ${runs})`);
  const row = (label: string, timing: Timing, extra = '') => log(`  ${label.padEnd(40)} ${formatTiming(timing, 2)} ${extra}`.trimEnd());
  row('full recompute (computeFatigue, report)', fullReportMs, `${perSecond(fullReportMs)}  ${fullRatio.toFixed(0)}x plain loop  (target < 100 ms)`);
  row('full recompute (buildFatigueState)', fullStateMs, `${perSecond(fullStateMs)}  ${(fullStateMs.median / plainLoopMs.median).toFixed(0)}x plain loop`);
  row('incremental, one new session', incrementalMs, `${incrementalRatio.toFixed(1)}x plain loop  (target < 5 ms)`);
  row('plain decay loop, same muscle-days', plainLoopMs, perSecond(plainLoopMs));
  row('for reference: zod parse of the input', validationMs, '(the engine validates with a compiled fast path)');
  return {
    sessions: input.sessions.length,
    sets,
    days,
    muscles,
    fullReportMs: fullReportMs.median,
    fullStateMs: fullStateMs.median,
    validationMs: validationMs.median,
    incrementalMs: incrementalMs.median,
    plainLoopMs: plainLoopMs.median,
    fullRatio,
    incrementalRatio,
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' } },
  });
  await runFatigueBenchmark({ scale: Number(values.scale) });
}
