import {
  NotFoundError,
  safeBuildCardioLog,
  safeBuildSessionLog,
  safeBuildStrengthLog,
  ValidationError,
  type ActivityStrengthSetRow,
  type CardioLogInput,
  type IdFactory,
  type Instant,
  type ManualLog,
  type ManualLogContext,
  type MovementRow,
  type PlannedSessionRow,
  type Result,
  type SessionLogInput,
  type StrengthLogInput,
  type TrainkitStorage,
  type ValidationIssue,
} from '@trainkit/core';
import { parseUserIdArgument } from '../users/create-users-api.js';
import type { LogOptions } from './log-inputs.js';
import type { LogKind } from './log-kind.js';
import type { LoggedSession } from './logged-session.js';
import { resolveLogReferences } from './resolve-log-references.js';

/**
 * The activity of a strength log that names none (the catalog's general strength training).
 *
 * @example
 * ```ts
 * (await trainkit.log.strength({ userId: 'u1', sets })).activityDefinition?.slug === DEFAULT_STRENGTH_ACTIVITY; // true
 * ```
 */
export const DEFAULT_STRENGTH_ACTIVITY = 'strength_training';

/** Stand-ins for the reference ids while the builders validate everything else (replaced once resolved). */
const PENDING_ACTIVITY_ID = 'pending_activity';
const PENDING_MOVEMENT_ID = 'pending_movement';
/** Longest activity or movement key accepted before lookup. */
const MAX_KEY_LENGTH = 200;

/** Internal: what the log functions need from the facade. */
export interface LogDependencies {
  readonly storage: TrainkitStorage;
  readonly ids: IdFactory;
  readonly now: () => Instant;
}

type Builder = (input: unknown, context: ManualLogContext) => Result<ManualLog, ValidationError>;

const BUILDERS: Readonly<Record<LogKind, Builder>> = {
  strength: (input, context) => safeBuildStrengthLog(input as StrengthLogInput, context),
  cardio: (input, context) => safeBuildCardioLog(input as CardioLogInput, context),
  sport: (input, context) => safeBuildSessionLog(input as SessionLogInput, context),
  hobby: (input, context) => safeBuildSessionLog(input as SessionLogInput, context),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reference key (`activity`, `sets.N.movement`): a non-empty string, else an issue. */
function referenceKey(value: unknown, path: string, issues: ValidationIssue[]): string | null {
  if (typeof value !== 'string') {
    issues.push({ path, rule: 'invalid_type', message: 'expected a catalog slug or an id (string)' });
    return null;
  }
  const key = value.trim();
  if (key === '' || key.length > MAX_KEY_LENGTH) {
    issues.push({ path, rule: key === '' ? 'too_small' : 'too_big', message: `expected 1..${MAX_KEY_LENGTH} characters` });
    return null;
  }
  return key;
}

/** The facade's field names for the builders' (`activityDefinitionId` -> `activity`, `sets.2.movementId` -> `sets.2.movement`). */
function relabelBuilderIssue(issue: ValidationIssue): ValidationIssue {
  if (issue.path === 'activityDefinitionId') return { ...issue, path: 'activity' };
  const set = /^sets\.(\d+)\.movementId$/.exec(issue.path);
  return set ? { ...issue, path: `sets.${set[1]}.movement` } : issue;
}

/** The builder input of a facade input, with the reference keys taken out, and the issues of the facade's own fields. */
function toBuilderInput(
  kind: LogKind,
  input: Record<string, unknown>,
  now: Instant,
): { builderInput: Record<string, unknown>; activity: string | null; movements: string[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  for (const derived of ['activityDefinitionId', 'disciplineId'] as const) {
    if (Object.hasOwn(input, derived)) {
      issues.push({ path: derived, rule: 'unrecognized_keys', message: `${derived} is derived: give activity (a catalog slug or an id)` });
    }
  }
  const { activity: activityValue, start, ...rest } = input;
  const activity =
    activityValue === undefined && kind === 'strength'
      ? DEFAULT_STRENGTH_ACTIVITY
      : activityValue === undefined || activityValue === null
        ? null
        : referenceKey(activityValue, 'activity', issues);
  const movements: string[] = [];
  const builderInput: Record<string, unknown> = {
    ...rest,
    start: start ?? now,
    ...(activity === null ? {} : { activityDefinitionId: PENDING_ACTIVITY_ID }),
  };
  if (kind === 'strength' && Array.isArray(input.sets)) {
    builderInput.sets = input.sets.map((set: unknown, index) => {
      if (!isRecord(set)) return set;
      const { movement, ...fields } = set;
      if (Object.hasOwn(fields, 'movementId')) {
        issues.push({ path: `sets.${index}.movementId`, rule: 'unrecognized_keys', message: 'give movement (a catalog slug or an id)' });
      }
      const key = referenceKey(movement, `sets.${index}.movement`, issues);
      movements.push(key ?? '');
      return { ...fields, movementId: PENDING_MOVEMENT_ID };
    });
  }
  return { builderInput, activity, movements, issues };
}

/**
 * Internal: one `trainkit.log.*` call. Validates the whole input with the manual-log builder of its kind (issues
 * name the facade's fields), resolves the activity and movements to stored rows (seeding the catalog when a catalog
 * row is missing) and checks the activity's category against the kind, derives `discipline_id` from the activity
 * definition, then in one transaction: checks (or creates) the user, checks the named planned session and marks it
 * `completed`, inserts the activity instance and its sets, and reads them back.
 */
export async function writeManualLog(
  deps: LogDependencies,
  kind: LogKind,
  input: unknown,
  options: LogOptions = {},
): Promise<LoggedSession> {
  const subject = `${kind} log`;
  if (!isRecord(input)) throw new ValidationError(subject, [{ path: '', rule: 'invalid_type', message: 'expected an object' }]);
  const createdAt = deps.now();
  const prepared = toBuilderInput(kind, input, createdAt);
  const built = BUILDERS[kind](prepared.builderInput, { ids: deps.ids, createdAt });
  const issues = [...prepared.issues, ...(built.ok ? [] : built.error.issues.map(relabelBuilderIssue))];
  if (!built.ok || issues.length > 0) {
    throw new ValidationError(subject, issues, built.ok ? undefined : { cause: built.error });
  }
  const log = built.value;
  const userId = parseUserIdArgument(log.activityInstance.user_id, subject, 'userId');
  const { storage } = deps;
  if (options.createUser !== true && !(await storage.users.find(userId))) throw new NotFoundError('user', userId);

  const references = await resolveLogReferences(storage, kind, { activity: prepared.activity, movements: prepared.movements });
  if (references.issues.length > 0) throw new ValidationError(subject, references.issues);
  const activityDefinition = references.activity;
  const instance = {
    ...log.activityInstance,
    activity_definition_id: activityDefinition?.id ?? null,
    discipline_id: activityDefinition?.discipline_id ?? null,
  };
  const movementOf = (index: number): MovementRow => references.movements.get(prepared.movements[index]!)!;
  const sets: ActivityStrengthSetRow[] = log.strengthSets.map((set, index) => ({ ...set, movement_id: movementOf(index).id }));
  const movements = [...new Map(sets.map((_, index) => [movementOf(index).id, movementOf(index)])).values()];

  return storage.transaction(async (tx) => {
    let createdUser = false;
    if (!(await tx.users.find(userId))) {
      if (options.createUser !== true) throw new NotFoundError('user', userId);
      await tx.users.insert({ id: userId, created_at: createdAt });
      createdUser = true;
    }
    let plannedSession: PlannedSessionRow | null = null;
    if (instance.planned_session_id !== null) {
      const planned = await tx.plannedSessions.find(userId, instance.planned_session_id);
      if (!planned) {
        throw new ValidationError(subject, [
          { path: 'plannedSessionId', rule: 'not_found', message: `no planned session '${instance.planned_session_id}' for user '${userId}'` },
        ]);
      }
      plannedSession =
        planned.status === 'planned' || planned.status === 'skipped'
          ? await tx.plannedSessions.update(userId, planned.id, { status: 'completed', updated_at: createdAt })
          : planned;
    }
    const activityInstance = await tx.activityInstances.insert(instance);
    if (sets.length > 0) await tx.activityStrengthSets.insertMany(sets);
    const strengthSets = sets.length > 0 ? await tx.activityStrengthSets.listByActivity(userId, activityInstance.id) : [];
    return { kind, activityInstance, strengthSets, activityDefinition, movements, plannedSession, createdUser };
  });
}
