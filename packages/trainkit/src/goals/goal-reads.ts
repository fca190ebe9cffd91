import {
  localDayOf,
  NotFoundError,
  parseGoalCheckin,
  parseWithSchema,
  SKILL_LEVELS,
  toInstant,
  ValidationError,
  type GoalCheckinRow,
  type GoalKey,
  type GoalRow,
  type Instant,
  type LocalDate,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import {
  GOAL_PROGRESS_LOOKBACK_DAYS,
  goalProgress,
  goalsInForce,
  goalTargetMeasure,
  goalTimelineAsKnownOn,
  parseGoalTarget,
  resolveGoalAsKnownOn,
  type GoalTarget,
} from '@trainkit/goals';
import { endOfLocalDay } from '../time/local-date-time-to-instant.js';
import { parseUserIdArgument } from '../users/create-users-api.js';
import {
  GoalCheckinInputSchema,
  GoalHistoryOptionsSchema,
  GoalProgressOptionsSchema,
  GoalsInForceOptionsSchema,
  type GoalCheckinInput,
  type GoalHistoryOptions,
  type GoalProgressOptions,
  type GoalsInForceOptions,
} from './goal-call-inputs.js';
import { goalObservationsFromStorage } from './goal-observations-from-storage.js';
import { goalTimeInstant, userTimeZone } from './goal-time.js';
import type { GoalsDependencies } from './goals-dependencies.js';
import type { GoalHistory, TrainkitGoalProgress } from './trainkit-goals.js';

const DAY_MS = 86_400_000;

async function requireRevisions(repositories: TrainkitRepositories, userId: UserId, goalKey: string): Promise<GoalRow[]> {
  const revisions = await repositories.goals.listRevisions(userId, goalKey as GoalKey);
  if (revisions.length === 0) throw new NotFoundError('goals', goalKey);
  return revisions;
}

/** The check-ins of a goal recorded by `knownOn` (all when null), by date then record time then id. */
async function checkinsKnownOn(repositories: TrainkitRepositories, userId: UserId, goalKey: string, knownOn: Instant | null): Promise<GoalCheckinRow[]> {
  const rows = await repositories.goalCheckins.list(userId, {
    where: { goal_key: goalKey as GoalKey },
    orderBy: [{ column: 'date' }, { column: 'created_at' }, { column: 'id' }],
  });
  return knownOn === null ? rows : rows.filter((row) => row.created_at <= knownOn);
}

/** A stored target; a stored value the schema rejects names the row. */
function storedTarget(revision: GoalRow): GoalTarget {
  try {
    return parseGoalTarget(revision.target_json);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        `stored goal ${revision.id}`,
        error.issues.map((issue) => ({ ...issue, path: issue.path === '' ? 'target_json' : `target_json.${issue.path}` })),
        { cause: error },
      );
    }
    throw error;
  }
}

/** Internal: `trainkit.goals.history`. */
export async function goalHistory(deps: GoalsDependencies, options: GoalHistoryOptions): Promise<GoalHistory> {
  const parsed = parseWithSchema(GoalHistoryOptionsSchema, options, 'goal history');
  const userId = parseUserIdArgument(parsed.userId, 'goal history', 'userId');
  const { storage } = deps;
  const revisions = await requireRevisions(storage, userId, parsed.goalKey);
  const timeZone = await userTimeZone(storage, userId);
  const asKnownOn =
    parsed.asKnownOn === undefined ? null : goalTimeInstant(parsed.asKnownOn, { path: 'asKnownOn', subject: 'goal history', timeZone, edge: 'end' });
  return {
    goalKey: parsed.goalKey,
    asKnownOn,
    revisions: goalTimelineAsKnownOn(revisions, asKnownOn === null ? {} : { knownOn: asKnownOn }),
    checkins: await checkinsKnownOn(storage, userId, parsed.goalKey, asKnownOn),
  };
}

/** Internal: `trainkit.goals.inForce`. */
export async function goalsInForceFromStorage(deps: GoalsDependencies, options: GoalsInForceOptions): Promise<GoalRow[]> {
  const parsed = parseWithSchema(GoalsInForceOptionsSchema, options, 'goal query');
  const userId = parseUserIdArgument(parsed.userId, 'goal query', 'userId');
  const { storage } = deps;
  if (!(await storage.users.find(userId))) throw new NotFoundError('user', userId);
  const timeZone = await userTimeZone(storage, userId);
  const at = (text: string | undefined, path: string) =>
    text === undefined ? undefined : goalTimeInstant(text, { path, subject: 'goal query', timeZone, edge: 'end' });
  const knownOn = at(parsed.knownOn, 'knownOn');
  return goalsInForce(await storage.goals.list(userId), {
    validAt: at(parsed.validAt, 'validAt') ?? deps.now(),
    ...(knownOn === undefined ? {} : { knownOn }),
    ...(parsed.includeRetired === undefined ? {} : { includeRetired: parsed.includeRetired }),
  });
}

/** The stored value of a check-in for a measure field, or a `ValidationError` on `value`. */
function checkinValue(field: string, value: number | string): number | string {
  const invalid = (message: string) => new ValidationError('goal_checkins', [{ path: 'value', rule: 'invalid_value', message }]);
  if (field === 'level') {
    if (typeof value === 'string') return value;
    if (Number.isInteger(value) && SKILL_LEVELS[value] !== undefined) return SKILL_LEVELS[value];
    throw invalid(`a skill level is one of ${SKILL_LEVELS.join(', ')} (or its index 0..${SKILL_LEVELS.length - 1}), got ${value}`);
  }
  if (typeof value === 'string') throw invalid(`expected a number of ${field}, got '${value}'`);
  if (!Number.isFinite(value) || value < 0) throw invalid(`expected a number of ${field} >= 0, got ${value}`);
  return value;
}

/** Internal: `trainkit.goals.checkin`. */
export async function recordGoalCheckin(deps: GoalsDependencies, input: GoalCheckinInput): Promise<GoalCheckinRow> {
  const parsed = parseWithSchema(GoalCheckinInputSchema, input, 'goal_checkins');
  const userId = parseUserIdArgument(parsed.userId, 'goal_checkins', 'userId');
  const at = deps.now();
  return deps.storage.transaction(async (tx) => {
    const revisions = await requireRevisions(tx, userId, parsed.goalKey);
    const timeZone = await userTimeZone(tx, userId);
    const date: LocalDate = parsed.date ?? localDayOf(at, { timeZone });
    const revision =
      resolveGoalAsKnownOn(revisions, { validAt: endOfLocalDay(date, timeZone), knownOn: at }) ??
      [...revisions].sort((a, b) => a.revision - b.revision)[0]!;
    const measure = goalTargetMeasure(storedTarget(revision));
    if (measure === null) {
      throw new ValidationError('goal_checkins', [
        { path: 'value', rule: 'invalid_value', message: `goal ${parsed.goalKey} has nothing to measure (an event without distance or finish time)` },
      ]);
    }
    const row = parseGoalCheckin({
      id: deps.ids(),
      user_id: userId,
      goal_id: revision.id,
      goal_key: revision.goal_key,
      date,
      value_json: { [measure.field]: checkinValue(measure.field, parsed.value) },
      notes: parsed.notes ?? null,
      created_at: at,
    });
    return tx.goalCheckins.insert(row);
  });
}

/** The deadline of a goal: an event's day, else the end of its block, else of its macro cycle (in the athlete's zone). */
async function goalDeadline(repositories: TrainkitRepositories, goal: GoalRow, target: GoalTarget, timeZone: string): Promise<Instant | null> {
  if (target.type === 'event') return endOfLocalDay(target.date, timeZone);
  if (goal.program_id !== null) {
    const program = await repositories.programs.find(goal.user_id, goal.program_id);
    if (program?.end_date) return endOfLocalDay(program.end_date, timeZone);
  }
  if (goal.macro_cycle_id !== null) {
    const cycle = await repositories.macroCycles.find(goal.user_id, goal.macro_cycle_id);
    if (cycle) return endOfLocalDay(cycle.end_date, timeZone);
  }
  return null;
}

/** Internal: `trainkit.goals.progress`. */
export async function loadGoalProgress(deps: GoalsDependencies, options: GoalProgressOptions): Promise<TrainkitGoalProgress> {
  const parsed = parseWithSchema(GoalProgressOptionsSchema, options, 'goal progress');
  const userId = parseUserIdArgument(parsed.userId, 'goal progress', 'userId');
  const { storage } = deps;
  const revisions = await requireRevisions(storage, userId, parsed.goalKey);
  const timeZone = await userTimeZone(storage, userId);
  const at = (text: string, path: string) => goalTimeInstant(text, { path, subject: 'goal progress', timeZone, edge: 'end' });
  const asOf = parsed.asOf === undefined ? deps.now() : at(parsed.asOf, 'asOf');
  const knownOn = parsed.knownOn === undefined ? asOf : at(parsed.knownOn, 'knownOn');
  const known = goalTimelineAsKnownOn(revisions, { knownOn });
  const first = known[0]?.revision;
  if (first === undefined) throw new NotFoundError('goals', `${parsed.goalKey} (nothing recorded by ${knownOn})`);
  const goal = resolveGoalAsKnownOn(revisions, { validAt: asOf, knownOn }) ?? first;
  const target = storedTarget(goal);
  const start = first.effective_from;
  const observations = await goalObservationsFromStorage(storage, target, {
    userId,
    from: toInstant(Date.parse(start) - GOAL_PROGRESS_LOOKBACK_DAYS * DAY_MS),
    to: asOf,
    timeZone,
  });
  const progress = goalProgress({
    goal,
    checkins: await checkinsKnownOn(storage, userId, parsed.goalKey, knownOn),
    observations,
    asOf,
    start,
    deadline: await goalDeadline(storage, goal, target, timeZone),
  });
  return { ...progress, goal, observations };
}
