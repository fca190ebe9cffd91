import type {
  ActivityInstanceId,
  ActivityInstanceInsert,
  ActivityInstanceRow,
  ActivityMergeDecisionInsert,
  ActivityMergeDecisionRow,
  ActivityStrengthSetInsert,
  ActivityStrengthSetRow,
  ExternalActivityRecordRow,
  Instant,
  MovementId,
  PlannedSessionRow,
  TrainkitRepositories,
} from '@trainkit/core';
import type { ProviderRecordDraft } from '@trainkit/providers';
import { mergeActivityFields, rankCandidates, MERGE_FIELD_COLUMNS, type MergeCandidate, type MergedValues } from '../merge/merge-activity-fields.js';
import { MERGE_FIELDS } from '../merge/merge-policy.js';
import { matchScore, type MatchSubject } from '../merge/match-score.js';
import { decodeOriginSnapshot, encodeOriginSnapshot, type SnapshotSet } from '../merge/origin-snapshot.js';
import { draftActivityValues } from './canonical-rows.js';
import { draftFor, type IngestScope } from './ingest-scope.js';
import type { RecordRef } from './record-rows.js';

const MERGED_COLUMNS = MERGE_FIELDS.flatMap((field) => [...MERGE_FIELD_COLUMNS[field]]);

function iso(ms: number): Instant {
  return new Date(ms).toISOString() as Instant;
}

/** The time span of an activity in epoch ms; the end is the start plus the duration when it has no end. */
export function activitySpan(values: Pick<MergedValues, 'performed_start' | 'performed_end' | 'duration_seconds'>): { startMs: number; endMs: number } {
  const startMs = Date.parse(values.performed_start);
  const endMs = values.performed_end !== null ? Date.parse(values.performed_end) : startMs + (values.duration_seconds ?? 0) * 1000;
  return { startMs, endMs: Math.max(startMs, endMs) };
}

async function subjectOf(scope: IngestScope, repositories: TrainkitRepositories, values: MergedValues): Promise<MatchSubject> {
  return {
    category: await scope.catalog.categoryOf(repositories, values.activity_definition_id),
    definitionId: values.activity_definition_id,
    ...activitySpan(values),
  };
}

/** The merged-column values of a stored instance. */
function instanceValues(instance: ActivityInstanceRow): MergedValues {
  const values: Record<string, unknown> = {};
  for (const column of MERGED_COLUMNS) values[column] = instance[column];
  return values as MergedValues;
}

/** The values a draft offers, with its activity resolved through `repositories` (no catalog seeding here). */
export async function draftValuesIn(scope: IngestScope, repositories: TrainkitRepositories, draft: ProviderRecordDraft): Promise<MergedValues | null> {
  if (draft.activity === null) return null;
  const definition = await scope.catalog.activityIn(repositories, draft.activity.activity_definition_slug);
  return draftActivityValues(draft, definition);
}

function toSnapshotSet(set: ActivityStrengthSetRow): SnapshotSet {
  return {
    movement_id: set.movement_id,
    planned_session_exercise_id: set.planned_session_exercise_id,
    set_index: set.set_index,
    reps: set.reps,
    load_kg: set.load_kg,
    rpe: set.rpe,
    rir: set.rir,
    duration_seconds: set.duration_seconds,
    distance_m: set.distance_m,
    is_warmup: set.is_warmup,
    notes: set.notes,
  };
}

/**
 * The strength sets of a draft whose movement the catalog knows; the others stay in the raw record, with an
 * `unknown_movement` warning when the record is ingested in this run.
 */
async function draftSets(scope: IngestScope, repositories: TrainkitRepositories, record: Pick<ExternalActivityRecordRow, 'id' | 'external_id'>, draft: ProviderRecordDraft): Promise<SnapshotSet[]> {
  const sets: SnapshotSet[] = [];
  const warn = scope.drafts.get(record.id) === draft;
  for (const [index, set] of draft.strength_sets.entries()) {
    const movement: MovementId | undefined = set.movement_slug === null ? undefined : await scope.catalog.movementIn(repositories, set.movement_slug);
    if (movement === undefined) {
      if (warn) {
        scope.tally.warn({
          external_id: record.external_id,
          code: 'unknown_movement',
          message: `set ${set.set_index} (${set.movement_raw ?? set.movement_slug ?? 'no movement'}) names no catalog movement; it is kept only in the raw record`,
          path: ['strength_sets', index],
        });
      }
      continue;
    }
    sets.push({
      movement_id: movement,
      planned_session_exercise_id: null,
      set_index: set.set_index,
      reps: set.reps,
      load_kg: set.load_kg,
      rpe: null,
      rir: null,
      duration_seconds: set.duration_seconds,
      distance_m: null,
      is_warmup: set.is_warmup,
      notes: null,
    });
  }
  return sets;
}

/** Values a record offers when no normalizer can read it again: what it contributed last time, from the instance. */
function fallbackValues(instance: ActivityInstanceRow, lastSources: Readonly<Record<string, string>> | null, recordId: string, isSource: boolean): MergedValues {
  const current = instanceValues(instance);
  const values: Record<string, unknown> = { ...current };
  for (const field of MERGE_FIELDS) {
    if (field === 'timing') continue;
    const fromRecord = lastSources === null ? isSource : lastSources[field] === recordId;
    if (!fromRecord) for (const column of MERGE_FIELD_COLUMNS[field]) values[column] = null;
  }
  return values as MergedValues;
}

function setsEqual(a: readonly SnapshotSet[], b: readonly SnapshotSet[]): boolean {
  const key = (set: SnapshotSet) => JSON.stringify([set.set_index, set.movement_id, set.planned_session_exercise_id, set.reps, set.load_kg, set.rpe, set.rir, set.duration_seconds, set.distance_m, set.is_warmup, set.notes]);
  if (a.length !== b.length) return false;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((value, index) => value === right[index]);
}

/**
 * What {@link recomputeInstance} decided: the field sources to store with a merge decision (including the origin
 * snapshot of a manual or planned activity) and whether the instance changed.
 *
 * @internal
 */
export interface RecomputeOutcome {
  readonly instance: ActivityInstanceRow;
  readonly fieldSources: Record<string, string>;
  readonly changed: boolean;
}

/**
 * Rebuilds one activity instance from its sources: every linked raw record (its draft from this run, else normalized
 * again from the lake) and, for a manual or planned activity, the values it had before any merge. Applies the merge
 * policy per field group, marks the primary record's link `source` and the others `duplicate` (with their match
 * confidence), writes the strength sets of the winning source, and writes only what differs. An instance of provider
 * data left without any record is deleted (`undefined`).
 *
 * @internal
 */
export async function recomputeInstance(scope: IngestScope, tx: TrainkitRepositories, instanceId: ActivityInstanceId): Promise<RecomputeOutcome | undefined> {
  const user = scope.userId;
  const instance = await tx.activityInstances.find(user, instanceId);
  if (instance === undefined) return undefined;
  const links = (await tx.activityInstances.listLinks(user, instanceId)).filter((link) => link.external_activity_record_id !== null);
  const records = links.length === 0 ? [] : await tx.externalActivityRecords.list(user, { where: { id: links.map((link) => link.external_activity_record_id!) } });
  const decisions = await tx.activityMergeDecisions.listByActivity(user, instanceId);
  const own = decisions.filter((decision) => decision.activity_instance_id === instanceId && decision.field_sources_json !== null);
  const lastSources = own.length === 0 ? null : own[own.length - 1]!.field_sources_json;
  const storedSets = await tx.activityStrengthSets.listByActivity(user, instanceId);

  const candidates: MergeCandidate[] = [];
  const setsByKey = new Map<string, readonly SnapshotSet[]>();
  const recordById = new Map(records.map((record) => [record.id as string, record]));
  const draftById = new Map<string, ProviderRecordDraft>();
  for (const link of links) {
    const record = recordById.get(link.external_activity_record_id!);
    if (record === undefined) continue;
    const draft = await draftFor(scope, tx, record);
    const rank = `${record.provider}:${record.external_id}`;
    const values = draft === undefined ? null : await draftValuesIn(scope, tx, draft);
    if (draft !== undefined && values !== null) {
      draftById.set(record.id, draft);
      const sets = await draftSets(scope, tx, record, draft);
      setsByKey.set(record.id, sets);
      candidates.push({ key: record.id, source: draft.activity!.manual ? 'manual' : record.provider, rank, values, hasStrengthSets: sets.length > 0 });
    } else {
      const fromSets = lastSources === null ? link.link_kind === 'source' : lastSources.strength_sets === record.id;
      const sets = fromSets ? storedSets.map(toSnapshotSet) : [];
      setsByKey.set(record.id, sets);
      candidates.push({
        key: record.id,
        source: record.provider,
        rank,
        values: fallbackValues(instance, lastSources, record.id, link.link_kind === 'source'),
        hasStrengthSets: sets.length > 0,
      });
    }
  }

  let origin: Record<string, string> = {};
  if (instance.source !== 'provider') {
    const snapshot = [...own].reverse().map((decision) => decodeOriginSnapshot(decision.field_sources_json)).find((found) => found !== undefined) ?? {
      values: instanceValues(instance),
      sets: storedSets.map(toSnapshotSet),
    };
    origin = encodeOriginSnapshot(snapshot.values, snapshot.sets);
    candidates.push({ key: instance.source, source: instance.source, rank: instance.source, values: snapshot.values, hasStrengthSets: snapshot.sets.length > 0 });
    setsByKey.set(instance.source, snapshot.sets);
  }

  if (candidates.length === 0) {
    await tx.activityInstances.delete(user, instanceId);
    scope.tally.changes += 1;
    return undefined;
  }

  const merged = mergeActivityFields(candidates, scope.policy);
  const recordCandidates = candidates.filter((candidate) => recordById.has(candidate.key));
  const primary = rankCandidates(recordCandidates, 'timing', scope.policy)[0];
  const primaryRecord = primary === undefined ? undefined : recordById.get(primary.key);
  const primaryDraft = primary === undefined ? undefined : draftById.get(primary.key);

  const next: Record<string, unknown> = { ...merged.values };
  if (instance.source === 'provider' && primaryRecord !== undefined) next.provider = primaryRecord.provider;
  if (primaryRecord !== undefined) {
    next.normalizer_id = primaryDraft?.normalizer.id ?? primaryRecord.normalizer_id;
    next.normalizer_version = primaryDraft?.normalizer.version ?? primaryRecord.normalizer_version;
  }
  const patch: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(next)) {
    if (JSON.stringify((instance as Record<string, unknown>)[column] ?? null) !== JSON.stringify(value ?? null)) patch[column] = value;
  }
  let current = instance;
  const changed = Object.keys(patch).length > 0;
  if (changed) current = await tx.activityInstances.update(user, instanceId, { ...patch, ingestion_run_id: scope.run.id, updated_at: scope.now() });

  // Links: the primary record is the source, the others duplicates with their confidence against it.
  const primarySubject = primary === undefined ? undefined : await subjectOf(scope, tx, primary.values);
  let linksChanged = false;
  for (const link of links) {
    const candidate = candidates.find((entry) => entry.key === link.external_activity_record_id);
    if (candidate === undefined) continue;
    const isPrimary = candidate === primary;
    const kind = isPrimary ? 'source' : 'duplicate';
    let confidence = link.match_confidence;
    if (isPrimary) confidence = null;
    else if (primarySubject !== undefined && draftById.has(candidate.key)) {
      confidence = matchScore(await subjectOf(scope, tx, candidate.values), primarySubject, scope.policy).confidence;
    }
    if (link.link_kind !== kind || link.match_confidence !== confidence) {
      await tx.activityInstanceLinks.update(user, link.id, { link_kind: kind, match_confidence: confidence });
      linksChanged = true;
    }
  }

  // Strength sets of the winning source.
  const setsSource = merged.fieldSources.strength_sets;
  const desiredSets = setsSource === undefined ? [] : (setsByKey.get(setsSource) ?? []);
  if (!setsEqual(storedSets.map(toSnapshotSet), desiredSets)) {
    const rows: ActivityStrengthSetInsert[] = desiredSets.map((set) => ({
      ...set,
      id: scope.ids('set') as ActivityStrengthSetInsert['id'],
      user_id: user,
      activity_instance_id: instanceId,
      movement_id: set.movement_id as MovementId,
      planned_session_exercise_id: set.planned_session_exercise_id as ActivityStrengthSetInsert['planned_session_exercise_id'],
    }));
    await tx.activityStrengthSets.replaceForActivity(user, instanceId, rows);
  }

  const fieldSources: Record<string, string> = { ...origin };
  for (const [field, key] of Object.entries(merged.fieldSources)) if (key !== undefined) fieldSources[field] = key;
  const anyChange = changed || linksChanged || !setsEqual(storedSets.map(toSnapshotSet), desiredSets);
  if (anyChange) scope.tally.changes += 1;
  return { instance: current, fieldSources, changed: anyChange };
}

/** A planned session of the activity's local day and category not yet fulfilled by another activity. */
async function matchPlannedSession(
  scope: IngestScope,
  tx: TrainkitRepositories,
  subject: MatchSubject,
  localDate: MergedValues['local_date'],
): Promise<{ session: PlannedSessionRow; confidence: number; reasons: string[] } | undefined> {
  if (subject.category === null) return undefined;
  const sessions = await tx.plannedSessions.listBetween(scope.userId, localDate, localDate);
  for (const session of sessions) {
    if (session.status !== 'planned') continue;
    if ((await scope.catalog.categoryOf(tx, session.activity_definition_id)) !== subject.category) continue;
    const taken = await tx.activityInstances.list(scope.userId, { where: { planned_session_id: session.id }, limit: 1 });
    if (taken.length > 0) continue;
    const sameDefinition = session.activity_definition_id !== null && session.activity_definition_id === subject.definitionId;
    return {
      session,
      confidence: sameDefinition ? 0.6 : 0.5,
      reasons: [`fulfils planned session ${session.id}`, `planned for ${localDate}`, `same category ${subject.category}`, ...(sameDefinition ? [`same activity ${subject.definitionId}`] : [])],
    };
  }
  return undefined;
}

/**
 * Stores a decision with a `created_at` strictly after every earlier decision of its activity: the latest decision
 * wins when an activity is rebuilt, so two decisions must never tie (a fixed or coarse clock would make them tie).
 *
 * @internal
 */
export async function storeDecision(scope: IngestScope, tx: TrainkitRepositories, decision: Omit<ActivityMergeDecisionInsert, 'id' | 'user_id' | 'created_at'>): Promise<ActivityMergeDecisionRow> {
  const earlier = await tx.activityMergeDecisions.listByActivity(scope.userId, decision.activity_instance_id as ActivityInstanceId);
  const now = scope.now();
  const latest = earlier.reduce((max, row) => Math.max(max, Date.parse(row.created_at)), Number.NEGATIVE_INFINITY);
  const createdAt = latest >= Date.parse(now) ? (new Date(latest + 1).toISOString() as typeof now) : now;
  return tx.activityMergeDecisions.insert({ ...decision, id: scope.ids('merge') as ActivityMergeDecisionInsert['id'], user_id: scope.userId, created_at: createdAt });
}

/**
 * Gives a raw record's drafted activity its place in the canonical history: the instance it is already linked to
 * (rebuilt), else the best matching instance of the same real-world session (a provider's, a manual log, a planned
 * one; never one it was unmerged from), else a new instance, linked to a planned session of that day when one
 * fits. Merges store a decision with the reasons, the confidence and the field sources.
 *
 * @internal
 */
export async function attachActivity(scope: IngestScope, tx: TrainkitRepositories, record: RecordRef, draft: ProviderRecordDraft): Promise<ActivityInstanceId | null> {
  const values = await draftValuesIn(scope, tx, draft);
  if (values === null) return null;
  const user = scope.userId;
  const linked = await tx.activityInstances.findByExternalRecord(user, record.id);
  if (linked !== undefined) {
    await recomputeInstance(scope, tx, linked.id);
    return linked.id;
  }
  const subject = await subjectOf(scope, tx, values);
  const tolerance = scope.policy.startToleranceSeconds * 1000;
  const overlapping = await tx.activityInstances.listOverlapping(user, iso(subject.startMs - tolerance), iso(subject.endMs + tolerance + 1));
  const forbidden = new Set(
    (await tx.activityMergeDecisions.listByRecord(user, record.id)).flatMap((decision) =>
      decision.decision === 'unmerge' && decision.counterpart_instance_id !== null ? [decision.counterpart_instance_id as string] : [],
    ),
  );
  let best: { instance: ActivityInstanceRow; confidence: number; reasons: readonly string[] } | undefined;
  for (const instance of overlapping) {
    if (forbidden.has(instance.id)) continue;
    const verdict = matchScore(subject, await subjectOf(scope, tx, instanceValues(instance)), scope.policy);
    if (!verdict.matched) continue;
    const better =
      best === undefined ||
      verdict.confidence > best.confidence ||
      (verdict.confidence === best.confidence && (instance.performed_start < best.instance.performed_start || (instance.performed_start === best.instance.performed_start && instance.id < best.instance.id)));
    if (better) best = { instance, confidence: verdict.confidence, reasons: verdict.reasons };
  }
  const now = scope.now();
  if (best !== undefined) {
    await tx.activityInstances.link({
      id: scope.ids('link') as never,
      user_id: user,
      activity_instance_id: best.instance.id,
      external_activity_record_id: record.id,
      link_kind: 'duplicate',
      match_confidence: best.confidence,
      created_at: now,
    });
    const outcome = await recomputeInstance(scope, tx, best.instance.id);
    await storeDecision(scope, tx, {
      activity_instance_id: best.instance.id,
      external_activity_record_id: record.id,
      counterpart_instance_id: null,
      decision: 'merge',
      confidence: best.confidence,
      reasons_json: [...best.reasons],
      field_sources_json: outcome?.fieldSources ?? null,
      ingestion_run_id: scope.run.id,
    });
    scope.tally.merges += 1;
    scope.tally.changes += 1;
    return best.instance.id;
  }

  const planned = await matchPlannedSession(scope, tx, subject, values.local_date);
  const instanceId = scope.ids('act') as ActivityInstanceId;
  const row: ActivityInstanceInsert = {
    ...values,
    id: instanceId,
    user_id: user,
    planned_session_id: planned?.session.id ?? null,
    source: 'provider',
    provider: record.provider,
    ingestion_run_id: scope.run.id,
    normalizer_id: draft.normalizer.id,
    normalizer_version: draft.normalizer.version,
    created_at: now,
    updated_at: now,
  };
  await tx.activityInstances.insert(row);
  await tx.activityInstances.link({
    id: scope.ids('link') as never,
    user_id: user,
    activity_instance_id: instanceId,
    external_activity_record_id: record.id,
    link_kind: 'source',
    created_at: now,
  });
  scope.tally.changes += 1;
  const outcome = await recomputeInstance(scope, tx, instanceId);
  if (planned !== undefined) {
    await storeDecision(scope, tx, {
      activity_instance_id: instanceId,
      external_activity_record_id: record.id,
      counterpart_instance_id: null,
      decision: 'merge',
      confidence: planned.confidence,
      reasons_json: planned.reasons,
      field_sources_json: outcome?.fieldSources ?? null,
      ingestion_run_id: scope.run.id,
    });
    scope.tally.merges += 1;
  }
  return instanceId;
}

/**
 * Detaches a record that no longer drafts an activity (a revision without one): its link is deleted and the instance
 * rebuilt from what remains.
 *
 * @internal
 */
export async function detachActivity(scope: IngestScope, tx: TrainkitRepositories, record: RecordRef): Promise<boolean> {
  const linked = await tx.activityInstances.findByExternalRecord(scope.userId, record.id);
  if (linked === undefined) return false;
  await tx.activityInstanceLinks.deleteWhere(scope.userId, { external_activity_record_id: record.id });
  scope.tally.changes += 1;
  await recomputeInstance(scope, tx, linked.id);
  return true;
}
