import {
  ConflictError,
  NotFoundError,
  parseWithSchema,
  ValidationError,
  type GoalHorizon,
  type GoalKey,
  type GoalRow,
  type Instant,
  type MacroCycleId,
  type ProgramId,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import { createGoalRevision, latestGoalRevision, retireGoal, reviseGoal, type GoalChange } from '@trainkit/goals';
import { parseUserIdArgument } from '../users/create-users-api.js';
import {
  CreateGoalInputSchema,
  RetireGoalInputSchema,
  ReviseGoalInputSchema,
  type CreateGoalInput,
  type RetireGoalInput,
  type ReviseGoalInput,
} from './goal-call-inputs.js';
import { goalTimeInstant, userTimeZone } from './goal-time.js';
import type { GoalsDependencies } from './goals-dependencies.js';
import { refreshProgramGoalSnapshot } from './refresh-program-goal-snapshot.js';
import { resolveGoalTargetReferences } from './resolve-goal-target-references.js';
import type { GoalWriteResult } from './trainkit-goals.js';

/** How long a horizon is: a goal serves a goal of a longer horizon. */
const HORIZON_RANK: Readonly<Record<GoalHorizon, number>> = { session: 0, block: 1, macro: 2 };

/** The facade's names for the columns the goals package names in its issues. */
const INPUT_NAMES: Readonly<Record<string, string>> = {
  goal_key: 'goalKey',
  goal_type: 'goalType',
  macro_cycle_id: 'macroCycleId',
  program_id: 'programId',
  parent_goal_key: 'parentGoalKey',
  effective_from: 'effectiveFrom',
};

/** Runs `work`; a `ValidationError` from it comes back with the facade's field names. */
function withInputNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ValidationError && error.subject === 'goals') {
      throw new ValidationError('goals', error.issues.map((issue) => ({ ...issue, path: INPUT_NAMES[issue.path] ?? issue.path })), { cause: error });
    }
    throw error;
  }
}

/** The latest revision of a parent goal, checked to be of a longer horizon than `horizon`. */
async function checkParent(tx: TrainkitRepositories, userId: UserId, parentGoalKey: string, horizon: GoalHorizon): Promise<void> {
  const parent = latestGoalRevision(await tx.goals.listRevisions(userId, parentGoalKey as GoalKey));
  if (!parent) throw new NotFoundError('goals', parentGoalKey);
  if (HORIZON_RANK[parent.horizon] <= HORIZON_RANK[horizon]) {
    throw new ValidationError('goals', [
      {
        path: 'parentGoalKey',
        rule: 'invalid_value',
        message: `a ${horizon} goal serves a goal of a longer horizon; '${parentGoalKey}' is a ${parent.horizon} goal`,
      },
    ]);
  }
}

async function requireUser(tx: TrainkitRepositories, userId: UserId): Promise<void> {
  if (!(await tx.users.find(userId))) throw new NotFoundError('user', userId);
}

/** Internal: `trainkit.goals.create`. */
export async function createGoal(deps: GoalsDependencies, input: CreateGoalInput): Promise<GoalWriteResult> {
  const parsed = parseWithSchema(CreateGoalInputSchema, input, 'goals');
  const userId = parseUserIdArgument(parsed.userId, 'goals', 'userId');
  const at = deps.now();
  const target = await resolveGoalTargetReferences(deps.storage, parsed.target);
  return deps.storage.transaction(async (tx) => {
    await requireUser(tx, userId);
    const timeZone = await userTimeZone(tx, userId);
    const effectiveFrom =
      parsed.effectiveFrom === undefined ? at : goalTimeInstant(parsed.effectiveFrom, { path: 'effectiveFrom', subject: 'goals', timeZone, edge: 'start' });
    const goalKey = parsed.goalKey ?? deps.ids();
    if ((await tx.goals.listRevisions(userId, goalKey as GoalKey)).length > 0) {
      throw new ConflictError('goals', 'unique', `user ${userId} already has a goal '${goalKey}' (revise it, or choose another key)`);
    }
    let macroCycleId = parsed.macroCycleId ?? null;
    const programId = parsed.programId ?? null;
    if (programId !== null) {
      const program = await tx.programs.find(userId, programId as ProgramId);
      if (!program) throw new NotFoundError('programs', programId);
      if (macroCycleId !== null && program.macro_cycle_id !== macroCycleId) {
        throw new ValidationError('goals', [
          { path: 'macroCycleId', rule: 'invalid_value', message: `block ${programId} belongs to ${program.macro_cycle_id ?? 'no macro cycle'}, not ${macroCycleId}` },
        ]);
      }
      macroCycleId = program.macro_cycle_id;
    }
    if (macroCycleId !== null && !(await tx.macroCycles.find(userId, macroCycleId as MacroCycleId))) {
      throw new NotFoundError('macro_cycles', macroCycleId);
    }
    const parentGoalKey = parsed.parentGoalKey ?? null;
    if (parentGoalKey !== null) await checkParent(tx, userId, parentGoalKey, parsed.horizon);
    const row = withInputNames(() =>
      createGoalRevision(
        {
          user_id: userId,
          goal_key: goalKey,
          title: parsed.title,
          goal_type: parsed.goalType,
          horizon: parsed.horizon,
          target,
          ...(parsed.priority === undefined ? {} : { priority: parsed.priority }),
          ...(parsed.status === undefined ? {} : { status: parsed.status }),
          parent_goal_key: parentGoalKey,
          macro_cycle_id: macroCycleId,
          program_id: programId,
          effective_from: effectiveFrom,
        },
        { at, id: deps.ids() },
      ),
    );
    const goal = await tx.goals.insert(row);
    const program = goal.program_id === null ? null : await refreshProgramGoalSnapshot(tx, userId, goal.program_id, at);
    return { goal, program };
  });
}

/** The stored revisions of a goal and its latest one; `NotFoundError` when the user has no such goal. */
async function currentRevision(tx: TrainkitRepositories, userId: UserId, goalKey: string): Promise<GoalRow> {
  const current = latestGoalRevision(await tx.goals.listRevisions(userId, goalKey as GoalKey));
  if (!current) throw new NotFoundError('goals', goalKey);
  return current;
}

/** Appends `next` (made from the latest revision) with the storage's `revise` and refreshes the block's snapshot. */
async function appendRevision(
  deps: GoalsDependencies,
  call: { readonly userId: UserId; readonly goalKey: string; readonly effectiveFrom: string | undefined },
  makeNext: (current: GoalRow, stamp: { at: Instant; id: string; effectiveFrom: Instant }, tx: TrainkitRepositories) => Promise<GoalRow>,
): Promise<GoalWriteResult> {
  const at = deps.now();
  return deps.storage.transaction(async (tx) => {
    const current = await currentRevision(tx, call.userId, call.goalKey);
    const timeZone = await userTimeZone(tx, call.userId);
    const effectiveFrom =
      call.effectiveFrom === undefined ? at : goalTimeInstant(call.effectiveFrom, { path: 'effectiveFrom', subject: 'goals', timeZone, edge: 'start' });
    const next = await makeNext(current, { at, id: deps.ids(), effectiveFrom }, tx);
    const goal = await tx.goals.revise(call.userId, current.goal_key, next);
    const program = goal.program_id === null ? null : await refreshProgramGoalSnapshot(tx, call.userId, goal.program_id, at);
    return { goal, program };
  });
}

/** Internal: `trainkit.goals.revise`. */
export async function reviseStoredGoal(deps: GoalsDependencies, input: ReviseGoalInput): Promise<GoalWriteResult> {
  const parsed = parseWithSchema(ReviseGoalInputSchema, input, 'goals');
  const userId = parseUserIdArgument(parsed.userId, 'goals', 'userId');
  const target = parsed.target === undefined ? undefined : await resolveGoalTargetReferences(deps.storage, parsed.target);
  const change: GoalChange = {
    ...(parsed.title === undefined ? {} : { title: parsed.title }),
    ...(parsed.goalType === undefined ? {} : { goal_type: parsed.goalType }),
    ...(target === undefined ? {} : { target }),
    ...(parsed.priority === undefined ? {} : { priority: parsed.priority }),
    ...(parsed.status === undefined ? {} : { status: parsed.status }),
    ...(parsed.parentGoalKey === undefined ? {} : { parent_goal_key: parsed.parentGoalKey as GoalKey | null }),
  };
  return appendRevision(deps, { userId, goalKey: parsed.goalKey, effectiveFrom: parsed.effectiveFrom }, async (current, stamp, tx) => {
    const next = withInputNames(() =>
      reviseGoal(current, change, { basedOnRevision: parsed.basedOnRevision, at: stamp.at, id: stamp.id, effectiveFrom: stamp.effectiveFrom }),
    );
    if (parsed.parentGoalKey) await checkParent(tx, userId, parsed.parentGoalKey, current.horizon);
    return next;
  });
}

/** Internal: `trainkit.goals.retire`. */
export async function retireStoredGoal(deps: GoalsDependencies, input: RetireGoalInput): Promise<GoalWriteResult> {
  const parsed = parseWithSchema(RetireGoalInputSchema, input, 'goals');
  const userId = parseUserIdArgument(parsed.userId, 'goals', 'userId');
  return appendRevision(deps, { userId, goalKey: parsed.goalKey, effectiveFrom: parsed.effectiveFrom }, async (current, stamp) =>
    withInputNames(() =>
      retireGoal(current, parsed.status, { basedOnRevision: parsed.basedOnRevision, at: stamp.at, id: stamp.id, effectiveFrom: stamp.effectiveFrom }),
    ),
  );
}
