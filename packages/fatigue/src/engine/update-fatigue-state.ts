import { LocalDateSchema, toValidationIssues, ValidationError } from '@trainkit/core';
import { z } from 'zod';
import { canonicalJson } from '../config/canonical-json.js';
import {
  compareByStart,
  componentsOf,
  lowerBoundByStart,
  resolveComponent,
  type DedupIndex,
  type DuplicateExclusion,
} from '../dedup/dedupe-sessions.js';
import { FatigueInstantSchema } from '../inputs/fatigue-instant-schema.js';
import type { FatigueSessionInput } from '../inputs/fatigue-session-schema.js';
import { dayNumberToLocalDate } from '../time/day-number.js';
import {
  buildStateFromPrepared,
  derivedAxisEnd,
  derivedAxisStart,
  prepareAll,
  wrapState,
  type FatigueState,
  type FatigueStateInternals,
} from './fatigue-state.js';
import type { PreparedSession } from './prepare-session.js';
import { collapseSameIds, INPUT_SUBJECT, validateSessions } from './resolve-engine-input.js';
import {
  cloneBuffers,
  extendAxis,
  placeSession,
  recomputeDailyLoads,
  recomputePmc,
  recomputeSeries,
  stateAt,
} from './state-kernels.js';

/**
 * What an update changed, for incremental storage of daily values (`user_fatigue_state`): rewrite the rows of
 * `changed_muscles` (and the systemic row when `systemic_changed`) from `from_date`, and write every muscle's rows
 * from `appended_from_date` (new days); both run to `to_date`. After a full rebuild every row may have changed.
 *
 * @example
 * ```ts
 * AffectedRangeSchema.parse(updateFatigueState(state, [session]).affected);
 * ```
 */
export const AffectedRangeSchema = z.object({
  /** True when the state was rebuilt (asOf moved back, or the first day of the history moved). */
  full_rebuild: z.boolean(),
  /** First day whose values changed or were added; null when nothing changed. */
  from_date: LocalDateSchema.nullable(),
  /** Last day of the daily series. */
  to_date: LocalDateSchema,
  /** First day of new days appended at the end (all muscles), or null. */
  appended_from_date: LocalDateSchema.nullable(),
  /** First PMC day (load, CTL, ATL, TSB, ramp) that changed or was added, or null. */
  pmc_from_date: LocalDateSchema.nullable(),
  /** Muscles whose existing daily values changed. */
  changed_muscles: z.array(z.string()),
  /** True when the acute systemic series or the PMC changed on existing days. */
  systemic_changed: z.boolean(),
  /** Sessions that became kept (new, changed, promoted past asOf, or no longer a duplicate). */
  added_session_ids: z.array(z.string()),
  /** Sessions that stopped being kept (replaced, or now a duplicate). */
  removed_session_ids: z.array(z.string()),
});

/**
 * An {@link AffectedRangeSchema} value.
 *
 * @example
 * ```ts
 * const affected: AffectedRange = updateFatigueState(state, [session]).affected;
 * ```
 */
export type AffectedRange = z.output<typeof AffectedRangeSchema>;

/**
 * The result of {@link updateFatigueState}.
 *
 * @example
 * ```ts
 * const { state: next, affected }: FatigueStateUpdate = updateFatigueState(state, [session]);
 * ```
 */
export interface FatigueStateUpdate {
  /** The new state. */
  readonly state: FatigueState;
  /** What changed. */
  readonly affected: AffectedRange;
}

function removeFromSorted(sorted: PreparedSession[], session: PreparedSession): void {
  let position = lowerBoundByStart(sorted, session.startMs);
  while (position < sorted.length && sorted[position] !== session) position += 1;
  if (position < sorted.length) sorted.splice(position, 1);
}

function insertIntoSorted(sorted: PreparedSession[], session: PreparedSession): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareByStart(sorted[middle]!, session) < 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, session);
}

function keyOf(session: PreparedSession): string | null {
  return session.provider !== null && session.externalId !== null ? `${session.provider}\u0000${session.externalId}` : null;
}

function fullRebuild(
  internal: FatigueStateInternals,
  sessions: ReadonlyMap<string, PreparedSession>,
  asOfMs: number,
  sameIdDuplicates: readonly DuplicateExclusion[],
  previouslyKept: readonly PreparedSession[],
): FatigueStateUpdate {
  const state = buildStateFromPrepared(
    internal.context,
    [...sessions.values()],
    asOfMs,
    { historyStartDay: internal.historyStartDay, untrackedDays: internal.untrackedDays, pmcFromDay: internal.pmcFromDay },
    sameIdDuplicates,
  );
  const next = state.internal;
  const before = new Set(previouslyKept);
  const after = new Set(next.kept);
  const buffers = next.buffers;
  return {
    state,
    affected: {
      full_rebuild: true,
      from_date: dayNumberToLocalDate(buffers.startDay),
      to_date: dayNumberToLocalDate(buffers.startDay + buffers.length - 1),
      appended_from_date: null,
      pmc_from_date: dayNumberToLocalDate(buffers.startDay),
      changed_muscles: [...next.context.registry.slugs],
      systemic_changed: true,
      added_session_ids: next.kept.filter((session) => !before.has(session)).map((session) => session.id).sort(),
      removed_session_ids: previouslyKept.filter((session) => !after.has(session)).map((session) => session.id).sort(),
    },
  };
}

/**
 * Adds (or replaces, by id) sessions and/or moves `asOf` forward, recomputing only what they affect. By linearity the
 * daily series before the first affected day are kept as they are, and the recursion restarts from the stored value
 * of the day before; duplicates are re-resolved only in the affected dedup components. The result equals
 * {@link buildFatigueState} over all sessions (the tests check it). A session resent unchanged is a no-op. Moving
 * `asOf` back, or a session before the first day of the history, triggers a full rebuild (`affected.full_rebuild`).
 * Validation errors name `sessions.<i>.<field>` or `asOf`.
 *
 * @example
 * ```ts
 * const { state: next, affected } = updateFatigueState(state, [todaysRun], '2024-06-12T19:00:00Z');
 * affected.changed_muscles; // ['calves', 'glutes', 'hamstrings', 'quadriceps']
 * ```
 */
export function updateFatigueState(
  state: FatigueState,
  newSessions: readonly FatigueSessionInput[],
  asOf?: string,
): FatigueStateUpdate {
  const internal = state.internal;
  const context = internal.context;
  const validSessions = validateSessions(newSessions, 'sessions', 200_000);
  let asOfMs = internal.asOfMs;
  if (asOf !== undefined) {
    const parsedAsOf = FatigueInstantSchema.safeParse(asOf);
    if (!parsedAsOf.success) {
      const issues = toValidationIssues(parsedAsOf.error.issues).map((issue) => ({ ...issue, path: 'asOf' }));
      throw new ValidationError(INPUT_SUBJECT, issues, { cause: parsedAsOf.error });
    }
    asOfMs = Date.parse(parsedAsOf.data);
  }
  const { unique, duplicates } = collapseSameIds(validSessions, 'sessions');
  const sameIdDuplicates = [...internal.sameIdDuplicates, ...duplicates];

  // Merge by id: unchanged resends are no-ops, changed ones replace their previous version.
  const sessions = new Map(internal.sessions);
  const replaced: PreparedSession[] = [];
  const fresh: PreparedSession[] = [];
  const changedIds = new Set<string>();
  const incoming = unique.filter((session) => {
    const previous = sessions.get(session.id);
    return previous === undefined || canonicalJson(previous.session) !== canonicalJson(session);
  });
  for (const session of prepareAll(incoming, context)) {
    const previous = sessions.get(session.id);
    if (previous !== undefined) replaced.push(previous);
    sessions.set(session.id, session);
    fresh.push(session);
    changedIds.add(session.id);
  }
  if (asOfMs < internal.asOfMs) return fullRebuild(internal, sessions, asOfMs, sameIdDuplicates, internal.kept);

  // Candidates (sessions ended by asOf) that leave or join.
  const removedCandidates = replaced.filter((session) => session.endMs <= internal.asOfMs);
  const addedCandidates: PreparedSession[] = fresh.filter((session) => session.endMs <= asOfMs);
  const pendingIds: string[] = [];
  for (const id of internal.pendingIds) {
    if (changedIds.has(id)) continue;
    const session = sessions.get(id)!;
    if (session.endMs <= asOfMs) addedCandidates.push(session);
    else pendingIds.push(id);
  }
  for (const session of fresh) if (session.endMs > asOfMs) pendingIds.push(session.id);
  pendingIds.sort();

  // Dedup: update the index, then re-resolve only the components that contain a change.
  const oldIndex = internal.candidates;
  const byStart = oldIndex.byStart.slice();
  const byKey = new Map(oldIndex.byKey);
  const editGroup = (key: string, session: PreparedSession, mode: 'add' | 'remove') => {
    const group = byKey.get(key) ?? [];
    const next = mode === 'add' ? [...group, session] : group.filter((member) => member !== session);
    if (next.length === 0) byKey.delete(key);
    else byKey.set(key, next);
  };
  for (const session of removedCandidates) {
    removeFromSorted(byStart, session);
    const key = keyOf(session);
    if (key !== null) editGroup(key, session, 'remove');
  }
  for (const session of addedCandidates) {
    insertIntoSorted(byStart, session);
    const key = keyOf(session);
    if (key !== null) editGroup(key, session, 'add');
  }
  const index: DedupIndex<PreparedSession> = { byStart, byKey };
  const dedupOptions = {
    maxStartDiffSeconds: context.config.dedup.max_start_diff_seconds,
    minOverlapRatio: context.config.dedup.min_overlap_ratio,
  };
  const removedSet = new Set(removedCandidates);
  const addedSet = new Set(addedCandidates);
  const seeds: PreparedSession[] = [...addedCandidates];
  for (const component of componentsOf(removedCandidates, oldIndex, dedupOptions)) {
    for (const member of component) if (!removedSet.has(member)) seeds.push(member);
  }
  const excluded = new Map(internal.excluded);
  const keptAdded: PreparedSession[] = [];
  const keptRemoved: PreparedSession[] = [];
  for (const session of removedCandidates) {
    if (internal.excluded.has(session.id)) excluded.delete(session.id);
    else keptRemoved.push(session);
  }
  for (const component of componentsOf(seeds, index, dedupOptions)) {
    const resolved = resolveComponent(component, dedupOptions);
    for (const session of resolved.kept) {
      const wasKept = !addedSet.has(session) && !internal.excluded.has(session.id);
      excluded.delete(session.id);
      if (!wasKept) keptAdded.push(session);
    }
    for (const { candidate, exclusion } of resolved.excluded) {
      const wasKept = !addedSet.has(candidate) && !internal.excluded.has(candidate.id);
      excluded.set(candidate.id, exclusion);
      if (wasKept) keptRemoved.push(candidate);
    }
  }

  const kept = internal.kept.slice();
  for (const session of keptRemoved) removeFromSorted(kept, session);
  for (const session of keptAdded) insertIntoSorted(kept, session);

  const buffersBefore = internal.buffers;
  const asOfDay = context.profileClock.dayOf(asOfMs);
  const options = {
    historyStartDay: internal.historyStartDay,
    untrackedDays: internal.untrackedDays,
    pmcFromDay: internal.pmcFromDay,
  };
  const startDay = derivedAxisStart(kept, asOfDay, options);
  const endDay = derivedAxisEnd(kept, asOfDay);
  const oldEndDay = buffersBefore.startDay + buffersBefore.length - 1;
  if (startDay !== buffersBefore.startDay || endDay < oldEndDay) {
    return fullRebuild(internal, sessions, asOfMs, sameIdDuplicates, internal.kept);
  }

  const oldLength = buffersBefore.length;
  const length = endDay - startDay + 1;
  const buffers = cloneBuffers(buffersBefore, length - oldLength);
  extendAxis(buffers, context, length);
  const touchedPmcDays = new Set<number>();
  let firstSeriesDay = oldLength;
  let firstPmcDay = oldLength;
  const changedMuscles = new Set<number>();
  const place = (session: PreparedSession, mode: 'add' | 'remove') => {
    const placed = placeSession(buffers, session, mode);
    for (const share of session.pmcShares) touchedPmcDays.add(share.day - startDay);
    firstPmcDay = Math.min(firstPmcDay, placed.pmcDay);
    firstSeriesDay = Math.min(firstSeriesDay, placed.impulseDay);
    for (const muscle of session.muscleIndex) changedMuscles.add(muscle);
  };
  for (const session of keptRemoved) place(session, 'remove');
  for (const session of keptAdded) place(session, 'add');
  recomputeDailyLoads(buffers, touchedPmcDays);
  recomputePmc(buffers, context, firstPmcDay);
  recomputeSeries(buffers, context, firstSeriesDay);

  const next: FatigueStateInternals = {
    ...internal,
    asOfMs,
    asOfDay,
    sessions,
    sameIdDuplicates,
    candidates: index,
    excluded,
    kept,
    pendingIds,
    buffers,
    current: stateAt(kept, context, asOfMs),
  };
  const firstChanged = Math.min(firstSeriesDay, firstPmcDay);
  const changedExisting = keptAdded.length + keptRemoved.length > 0;
  return {
    state: wrapState(next),
    affected: {
      full_rebuild: false,
      from_date: firstChanged < length ? dayNumberToLocalDate(startDay + firstChanged) : null,
      to_date: dayNumberToLocalDate(startDay + length - 1),
      appended_from_date: length > oldLength ? dayNumberToLocalDate(startDay + oldLength) : null,
      pmc_from_date: firstPmcDay < length ? dayNumberToLocalDate(startDay + firstPmcDay) : null,
      changed_muscles: [...changedMuscles].sort((a, b) => a - b).map((muscle) => context.registry.slugs[muscle]!),
      systemic_changed: changedExisting,
      added_session_ids: keptAdded.map((session) => session.id).sort(),
      removed_session_ids: keptRemoved.map((session) => session.id).sort(),
    },
  };
}

/**
 * Which days and muscles a batch of new sessions (and an optional new `asOf`) would change, without keeping the new
 * state: the `affected` part of {@link updateFatigueState}.
 *
 * @example
 * ```ts
 * affectedBySessions(state, [lateSyncedRide]).from_date; // '2024-06-03'
 * ```
 */
export function affectedBySessions(
  state: FatigueState,
  newSessions: readonly FatigueSessionInput[],
  asOf?: string,
): AffectedRange {
  return updateFatigueState(state, newSessions, asOf).affected;
}
