import type { Instant, LocalDate } from '@trainkit/core';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import {
  buildDedupIndex,
  componentsOf,
  resolveComponent,
  type DedupIndex,
  type DuplicateExclusion,
} from '../dedup/dedupe-sessions.js';
import type { ComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import type { FatigueProfile } from '../inputs/fatigue-profile-schema.js';
import type { FatigueSession } from '../inputs/fatigue-session-schema.js';
import { dayNumberToLocalDate, localDateToDayNumber } from '../time/day-number.js';
import { FATIGUE_ENGINE } from '../engine-version.js';
import { createEngineContext, type EngineContext } from './engine-context.js';
import { prepareSession, type PreparedSession } from './prepare-session.js';
import { collapseSameIds, resolveEngineInput } from './resolve-engine-input.js';
import {
  allocateBuffers,
  compareSessions,
  placeSession,
  recomputeDailyLoads,
  recomputePmc,
  recomputeSeries,
  stateAt,
  type SeriesBuffers,
} from './state-kernels.js';

/** Internal: the data behind a {@link FatigueState}. Never mutated after the state is returned. */
export interface FatigueStateInternals {
  readonly context: EngineContext;
  readonly asOfMs: number;
  readonly asOfDay: number;
  readonly historyStartDay: number | null;
  readonly untrackedDays: ReadonlySet<number>;
  readonly pmcFromDay: number | null;
  /** Every distinct session given so far, by id (latest content). */
  readonly sessions: ReadonlyMap<string, PreparedSession>;
  /** Identical repeats of an id within one call. */
  readonly sameIdDuplicates: readonly DuplicateExclusion[];
  /** Sessions ended by `asOf` (dedup candidates). */
  readonly candidates: DedupIndex<PreparedSession>;
  /** Excluded duplicates by id. */
  readonly excluded: ReadonlyMap<string, DuplicateExclusion>;
  /** Kept sessions in canonical order (start, then id). */
  readonly kept: readonly PreparedSession[];
  /** Ids of sessions ending after `asOf`. */
  readonly pendingIds: readonly string[];
  /** Daily axis, buckets and series. */
  readonly buffers: SeriesBuffers;
  /** Continuous channels at `asOf`. */
  readonly current: { readonly muscles: Float64Array; readonly acute: number };
}

/**
 * The engine's state after a set of sessions, at an instant: the kept (deduplicated) sessions with their loads and
 * doses, the daily PMC, per-muscle and acute systemic series up to the local day of `asOf`, and the continuous
 * channels at `asOf`. Build it with {@link buildFatigueState}, advance it with {@link updateFatigueState}, read it
 * with {@link summarizeFatigueState} or {@link fatigueDailySeries}. Immutable; in-memory only (not serializable).
 *
 * @example
 * ```ts
 * const state: FatigueState = buildFatigueState({ sessions, profile, asOf: '2024-06-12T07:00:00Z' });
 * state.asOfDate; // '2024-06-12'
 * ```
 */
export interface FatigueState {
  /** Discriminator. */
  readonly kind: 'fatigue_state';
  /** Engine id and version. */
  readonly engine: string;
  /** The instant the state describes. */
  readonly asOf: Instant;
  /** Local day of `asOf` in the profile zone. */
  readonly asOfDate: LocalDate;
  /** The heuristics used. */
  readonly config: HeuristicsConfig;
  /** The profile used. */
  readonly profile: FatigueProfile;
  /** SHA-256 of the canonical JSON of the muscle maps used. */
  readonly muscleMapsSha256: string;
  /**
   * Engine internals.
   *
   * @internal
   */
  readonly internal: FatigueStateInternals;
}

/** Internal: options a state keeps between updates. */
export interface StateOptions {
  readonly historyStartDay: number | null;
  readonly untrackedDays: ReadonlySet<number>;
  readonly pmcFromDay: number | null;
}

/** Internal: first axis day: the day before the first kept session, widened by `pmcFrom` and the history start. */
export function derivedAxisStart(
  kept: readonly PreparedSession[],
  asOfDay: number,
  options: StateOptions,
): number {
  let first = Number.POSITIVE_INFINITY;
  for (const session of kept) {
    first = Math.min(first, session.pmcShares[0]!.day, session.profileStartDay);
  }
  let start = Number.isFinite(first) ? first - 1 : asOfDay;
  if (options.pmcFromDay !== null) start = Math.min(start, options.pmcFromDay);
  if (options.historyStartDay !== null) start = Math.min(start, options.historyStartDay - 1);
  return start;
}

/**
 * Internal: last axis day: the local day of `asOf` (profile zone). Kept sessions end by `asOf`, so by the PMC day rule
 * (`dayShares`) none of their PMC days, and none of their impulse days, is after it; the maximum only guards the
 * buffers should a zone ever break that.
 */
export function derivedAxisEnd(kept: readonly PreparedSession[], asOfDay: number): number {
  let end = asOfDay;
  for (const session of kept) {
    end = Math.max(end, session.pmcShares[session.pmcShares.length - 1]!.day, session.impulseDay);
  }
  return end;
}

/** Internal: builds a state from prepared, id-unique sessions. */
export function buildStateFromPrepared(
  context: EngineContext,
  prepared: readonly PreparedSession[],
  asOfMs: number,
  options: StateOptions,
  sameIdDuplicates: readonly DuplicateExclusion[],
): FatigueState {
  const sessions = new Map<string, PreparedSession>();
  const candidates: PreparedSession[] = [];
  const pendingIds: string[] = [];
  for (const session of prepared) {
    sessions.set(session.id, session);
    if (session.endMs <= asOfMs) candidates.push(session);
    else pendingIds.push(session.id);
  }
  pendingIds.sort();
  const dedupOptions = {
    maxStartDiffSeconds: context.config.dedup.max_start_diff_seconds,
    minOverlapRatio: context.config.dedup.min_overlap_ratio,
  };
  const index = buildDedupIndex(candidates, false);
  const kept: PreparedSession[] = [];
  const excluded = new Map<string, DuplicateExclusion>();
  for (const component of componentsOf(index.byStart, index, dedupOptions)) {
    const resolved = resolveComponent(component, dedupOptions);
    kept.push(...resolved.kept);
    for (const entry of resolved.excluded) excluded.set(entry.candidate.id, entry.exclusion);
  }
  kept.sort(compareSessions);

  const asOfDay = context.profileClock.dayOf(asOfMs);
  const startDay = derivedAxisStart(kept, asOfDay, options);
  const endDay = derivedAxisEnd(kept, asOfDay);
  const buffers = allocateBuffers(context, startDay, endDay - startDay + 1);
  const touched = new Set<number>();
  for (const session of kept) {
    placeSession(buffers, session, 'add');
    for (const share of session.pmcShares) touched.add(share.day - startDay);
  }
  recomputeDailyLoads(buffers, touched);
  recomputePmc(buffers, context, 0);
  recomputeSeries(buffers, context, 0);

  const internal: FatigueStateInternals = {
    context,
    asOfMs,
    asOfDay,
    ...options,
    sessions,
    sameIdDuplicates,
    candidates: index,
    excluded,
    kept,
    pendingIds,
    buffers,
    current: stateAt(kept, context, asOfMs),
  };
  return wrapState(internal);
}

/** Internal: the public face of internals. */
export function wrapState(internal: FatigueStateInternals): FatigueState {
  const context = internal.context;
  return {
    kind: 'fatigue_state',
    engine: FATIGUE_ENGINE,
    asOf: new Date(internal.asOfMs).toISOString() as Instant,
    asOfDate: dayNumberToLocalDate(internal.asOfDay),
    config: context.config,
    profile: context.profile,
    muscleMapsSha256: context.muscleMapsSha256,
    internal,
  };
}

/** Internal: prepares sessions with one scratch buffer. */
export function prepareAll(sessions: readonly FatigueSession[], context: EngineContext): PreparedSession[] {
  const scratch = new Float64Array(context.registry.slugs.length);
  return sessions.map((session) => prepareSession(session, context, scratch));
}

/**
 * Builds the engine state from the full input of {@link computeFatigue} (planned sessions and recovery signals are
 * not part of the state; pass them to {@link summarizeFatigueState}). Validates at the boundary: a
 * `ValidationError` names the field (`sessions.3.avg_hr_bpm`) and rule; an invalid config is a `ConfigError`. Over
 * valid input it never throws.
 *
 * @example
 * ```ts
 * const state = buildFatigueState({ sessions, profile: { time_zone: 'Europe/Berlin' }, asOf: '2024-06-12T07:00:00Z',
 *   muscleMaps });
 * ```
 */
export function buildFatigueState(input: ComputeFatigueInput): FatigueState {
  return buildStateFromResolved(resolveEngineInput(input));
}

/** Internal: builds the state from validated input. */
export function buildStateFromResolved(resolved: ReturnType<typeof resolveEngineInput>): FatigueState {
  const { parsed, config, maps } = resolved;
  const context = createEngineContext(config, parsed.profile, maps);
  const { unique, duplicates } = collapseSameIds(parsed.sessions, 'sessions');
  const prepared = prepareAll(unique, context);
  const options: StateOptions = {
    historyStartDay: parsed.coverage?.historyStart != null ? localDateToDayNumber(parsed.coverage.historyStart) : null,
    untrackedDays: new Set((parsed.coverage?.untrackedDates ?? []).map(localDateToDayNumber)),
    pmcFromDay: parsed.pmcFrom != null ? localDateToDayNumber(parsed.pmcFrom) : null,
  };
  return buildStateFromPrepared(context, prepared, Date.parse(parsed.asOf), options, duplicates);
}
