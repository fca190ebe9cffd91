import type { GoalRow, Instant, ProgramId, ProgramRow, TrainkitRepositories, UserId } from '@trainkit/core';
import { latestGoalRevision, programGoalSnapshot } from '@trainkit/goals';

/**
 * Internal: brings `programs.goal_1/2/3` of a block in line with its goals, inside the caller's transaction: of
 * every goal lineage of the block its latest revision (the goals as currently recorded, whatever their valid time, so
 * the snapshot never waits for a date to pass), retired ones left out, by priority then goal key (`programGoalSnapshot`
 * of `@trainkit/goals`). Writes only when a title changed; returns the block (`null` when it does not exist).
 */
export async function refreshProgramGoalSnapshot(
  tx: TrainkitRepositories,
  userId: UserId,
  programId: ProgramId,
  now: Instant,
): Promise<ProgramRow | null> {
  const program = await tx.programs.find(userId, programId);
  if (!program) return null;
  const lineages = new Map<string, GoalRow[]>();
  for (const row of await tx.goals.list(userId, { where: { program_id: programId } })) {
    const lineage = lineages.get(row.goal_key);
    if (lineage) lineage.push(row);
    else lineages.set(row.goal_key, [row]);
  }
  const latest = [...lineages.values()].map((rows) => latestGoalRevision(rows)!);
  const snapshot = programGoalSnapshot(latest);
  if (snapshot.goal_1 === program.goal_1 && snapshot.goal_2 === program.goal_2 && snapshot.goal_3 === program.goal_3) return program;
  return tx.programs.update(userId, programId, { ...snapshot, updated_at: now });
}
