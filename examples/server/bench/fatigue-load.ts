import type { BenchAthlete } from './connect-bench-athlete.js';
import { expectOk } from './connect-bench-athlete.js';
import { fireConcurrently } from './fire-concurrently.js';
import { summarizeBurst, type LatencySummary } from './latency-summary.js';

const DAY_MS = 86_400_000;
const MOVEMENTS = ['back_squat', 'bench_press', 'romanian_deadlift', 'pull_up', 'overhead_press', 'barbell_row'] as const;

/**
 * Logs `sessions` strength sessions by hand (`POST /me/logs`, one every other day back from yesterday, 12 sets
 * each), so the fatigue report has per-muscle work besides the athlete's Strava activities.
 */
export async function seedLoggedWorkouts(base: string, athlete: BenchAthlete, sessions: number): Promise<void> {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  for (let index = 0; index < sessions; index += 1) {
    const sets = Array.from({ length: 12 }, (_, set) => ({ movement: MOVEMENTS[(index + set) % MOVEMENTS.length]!, reps: 5 + (set % 4), loadKg: 40 + ((index * 7 + set * 5) % 80), rir: set % 3 }));
    const entry = { start: new Date(today - (2 * index + 1) * DAY_MS + 17 * 3_600_000).toISOString(), durationSeconds: 3600, timeZone: 'Europe/Berlin', rpe: 7 + (index % 3), sets };
    await expectOk(
      fetch(`${base}/me/logs`, { method: 'POST', headers: { ...athlete.headers, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'strength', entry }) }),
      `log workout ${index + 1}`,
    );
  }
}

/**
 * `concurrency` fatigue reports (`GET /me/fatigue`) at once, after one report to warm the server's code paths.
 *
 * @example
 * ```ts
 * const reports = await runFatigueLoad({ base, athlete, concurrency: 20 });
 * ```
 */
export async function runFatigueLoad(options: { readonly base: string; readonly athlete: BenchAthlete; readonly concurrency: number }): Promise<LatencySummary> {
  const { base, athlete } = options;
  await expectOk(fetch(`${base}/me/fatigue`, { headers: athlete.headers }), 'warm up the fatigue report');
  return summarizeBurst(await fireConcurrently(options.concurrency, () => [`${base}/me/fatigue`, { headers: athlete.headers }]));
}
