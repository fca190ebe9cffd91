import { join } from 'node:path';
import { catalogId } from '@trainkit/catalog';
import type { MovementId, PlannedSessionExerciseId, PlannedSessionId, UserId } from '@trainkit/core';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit, PlanRecommendationResultSchema, TrainkitPlanListSchema } from 'trainkit';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T06:00:00Z';
afterAll(removeTempDirs);

/** A database with one logged squat session (June 11th) and two planned sessions (June 13th, one with pull-ups). */
async function setup() {
  const cwd = makeTempDir();
  const run = (...argv: string[]) => runInProcess(argv, { cwd, now: NOW });
  const logged = await run(
    'log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '6x5@110', '--rir', '1',
    '--at', '2024-06-11T16:00:00Z', '--tz', 'Europe/Berlin', '--duration', '1h',
  );
  expect(logged.code).toBe(0);
  const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
  try {
    await createTrainkit({ storage }).seedCatalog();
    const user = 'u1' as UserId;
    const at = '2024-06-01T00:00:00.000Z';
    for (const [id, date, slug] of [['ps_1', '2024-06-13', 'pull_up'], ['ps_2', '2024-06-20', 'bench_press']] as const) {
      await storage.plannedSessions.insert({
        id: id as PlannedSessionId, user_id: user, scheduled_date: date, title: `Upper ${id}`,
        activity_definition_id: catalogId('activityDefinition', 'strength_training'), planned_duration_seconds: 3600, planned_rpe: 7,
        created_at: at, updated_at: at,
      } as never);
      await storage.plannedSessionExercises.insert({
        id: `${id}_e0` as PlannedSessionExerciseId, user_id: user, planned_session_id: id as PlannedSessionId,
        movement_id: catalogId('movement', slug) as MovementId, order_index: 0, sets: 4, reps: 6, load_kg: null,
      });
    }
    await storage.movementConstraints.insert({
      id: 'c1' as never, user_id: user, movement_id: catalogId('movement', 'pull_up') as MovementId, level: 'hard_no',
      reason: 'elbow tendinopathy', created_at: at, updated_at: at,
    });
  } finally {
    await storage.close();
  }
  return { run };
}

describe('trainkit plan', () => {
  it('--json stores recommendations and prints them with their provenance; a second run stores nothing', async () => {
    const { run } = await setup();
    const first = await run('plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-30', '--json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const result = PlanRecommendationResultSchema.parse(JSON.parse(first.stdout));
    expect(result.as_of).toBe('2024-06-12T06:00:00.000Z');
    expect(result.sessions.map((entry) => entry.planned_session.id)).toEqual(['ps_1', 'ps_2']);
    const swap = result.sessions[0]!.latest_set!.recommendations.find((row) => row.kind === 'swap_movement' || row.kind === 'regress_movement');
    expect(swap?.explanation).toContain('elbow tendinopathy');
    expect(result.sessions[1]!.latest_set!.recommendations.map((row) => row.kind)).toEqual(['note']);
    expect(result.inserted).toBeGreaterThan(1);

    const second = await run('plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-30', '--json');
    expect(PlanRecommendationResultSchema.parse(JSON.parse(second.stdout)).inserted).toBe(0);

    const listed = await run('plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-30', '--list-only', '--history', '--json');
    const plan = TrainkitPlanListSchema.parse(JSON.parse(listed.stdout));
    expect(plan.sessions.map((entry) => [entry.latest_set?.sequence, entry.earlier_sets, entry.history])).toEqual([
      [1, 0, []],
      [1, 0, []],
    ]);
  });

  it('prints sessions, recommendations and provenance as text', async () => {
    const { run } = await setup();
    const result = await run('plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-30', '--equipment', 'barbell,rings');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Plan of u1 from 2024-06-10 to 2024-06-30 (as of 2024-06-12T06:00:00.000Z)');
    expect(lines).toContain('2024-06-13  Upper ps_1  [planned, 1:00:00, RPE 7]  (ps_1)');
    expect(lines).toContain('  exercises: pull_up 4x6');
    expect(result.stdout).toMatch(/^ {2}- \[(swap_movement|regress_movement)\] In "Upper ps_1" on 2024-06-13, swap Pull-up for /m);
    expect(result.stdout).toMatch(/^ {4}provenance: goal revisions none; ingestion runs none; heuristics trainkit\.planning@0\.1\.0 \(sha256 [0-9a-f]{12}\); @trainkit\/planning@/m);
    expect(result.stdout).toMatch(/^ {2}\d+ recommendations written: 2 new set\(s\), 0 unchanged, 0 not upcoming$/m);
  });

  it('reports mistakes with exit code 2 and prints nothing on stdout', async () => {
    const { run } = await setup();
    expect(await run('plan', '--user', 'u1', '--from', '2024-06-10')).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: --to is required (run 'trainkit plan --help' for usage)\n",
    });
    const reversed = await run('plan', '--user', 'u1', '--from', '2024-06-20', '--to', '2024-06-10');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/--to/);
    const equipment = await run('plan', '--user', 'u1', '--from', '2024-06-10', '--to', '2024-06-20', '--equipment', 'spaceship');
    expect(equipment.code).toBe(2);
    expect(equipment.stderr).toMatch(/--equipment/);
    expect((await run('plan', '--user', 'nobody', '--from', '2024-06-10', '--to', '2024-06-20')).stderr).toBe('error: user not found: nobody\n');
    expect((await run('--help')).stdout).toMatch(/^ {2}plan +Show planned sessions with their adaptive recommendations/m);
  });
});
