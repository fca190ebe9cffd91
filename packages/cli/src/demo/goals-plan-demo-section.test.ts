import { join } from 'node:path';
import { UserIdSchema } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit } from 'trainkit';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T10:00:00Z';
const opened: KyselyStorage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
  removeTempDirs();
});

interface PlanSessionJson {
  planned_session_id: string;
  date: string;
  latest: { sequence: number; actions: string[]; goal_revision_ids: string[] } | null;
  earlier: { sequence: number; actions: string[]; goal_revision_ids: string[] }[];
}
interface GoalsPlanJson {
  program_goals: { goal_1: string | null; goal_2: string | null; goal_3: string | null };
  race_goal: { goal_key: string; revisions: { id: string; revision: number }[]; as_known_on: { revisions: number[] }; moved_to: string; revision_2_id: string };
  plan: { from: string; to: string; first: { inserted: number }; second: { inserted: number }; recommendations_stored: number; sessions: PlanSessionJson[] };
}

describe('the demo goals-and-plan section', () => {
  const cwd = makeTempDir();

  it('revises the race goal and adapts the plan: new sets cite the new revision, the earlier sets stay stored as they were', async () => {
    const result = await runInProcess(['demo', '--json'], { cwd, now: NOW });
    expect(result.code).toBe(0);
    const section = (JSON.parse(result.stdout) as { goals_and_plan: GoalsPlanJson }).goals_and_plan;
    expect(section.program_goals.goal_1).toBe('Back squat 1RM 120 kg');
    expect(section.race_goal.revisions.map((entry) => entry.revision)).toEqual([1, 2]);
    expect(section.race_goal.as_known_on.revisions).toEqual([1]);
    const [revision1, revision2] = section.race_goal.revisions;

    const { plan } = section;
    expect(plan.first.inserted).toBeGreaterThan(0);
    expect(plan.recommendations_stored).toBe(plan.first.inserted + plan.second.inserted);
    expect(plan.sessions.length).toBeGreaterThan(0);
    for (const session of plan.sessions) {
      expect(session.latest?.goal_revision_ids).toContain(revision2!.id);
      expect(session.latest?.goal_revision_ids).not.toContain(revision1!.id);
      expect(session.earlier.at(-1)?.goal_revision_ids).toContain(revision1!.id);
    }
    // Sessions in the week before the moved race taper; they did not before it moved.
    const beforeRace = plan.sessions.filter((session) => session.date < section.race_goal.moved_to);
    expect(beforeRace.length).toBeGreaterThan(0);
    for (const session of beforeRace) {
      expect(session.latest?.actions).toContain('reduce_volume');
      expect(session.earlier.at(-1)?.actions).not.toContain('reduce_volume');
    }

    // What the demo printed is what the database holds.
    const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
    opened.push(storage);
    const stored = await storage.recommendations.list(UserIdSchema.parse('demo_athlete'));
    expect(stored).toHaveLength(plan.recommendations_stored);
    const listed = await createTrainkit({ storage }).plan.list({ userId: 'demo_athlete', from: plan.from, to: plan.to, includeHistory: true });
    expect(listed.sessions.map((entry) => [entry.planned_session.id, entry.latest_set?.sequence])).toEqual(
      plan.sessions.map((session) => [session.planned_session_id, session.latest?.sequence]),
    );
  });
});
