import { catalogId, CATALOG_VERSION } from '@trainkit/catalog';
import {
  NotFoundError,
  SYSTEMIC_FATIGUE_SCOPE_KEY,
  toInstant,
  type IdFactory,
  type Instant,
  type LocalDate,
  type TrainkitStorage,
} from '@trainkit/core';
import {
  buildFatigueState,
  canonicalJson,
  FATIGUE_ENGINE,
  fatigueDailySeries,
  sha256Hex,
  summarizeFatigueState,
  updateFatigueState,
  type AffectedRange,
  type FatigueReport,
  type FatigueSessionInput,
  type FatigueState,
} from '@trainkit/fatigue';
import { FatigueStateWatermarkSchema, type FatigueStateWatermark } from './fatigue-state-row-provenance-schema.js';
import type { FatigueStateRefresh } from './fatigue-state-refresh-schema.js';
import { fatigueStateRows } from './fatigue-state-rows.js';
import { loadFatigueInput, type HeuristicsSetup, type InputOrigins, type LoadedActivity, type LoadedFatigueInput } from './load-fatigue-input.js';
import { relabelEngineError } from './relabel-engine-error.js';
import type { FatigueAsOf } from './resolve-as-of.js';

/**
 * Version of how the facade turns a state into rows; part of `inputs_sha256`, so changing the mapping forces one
 * full recompute of every stored state.
 */
const ROW_FORMAT = 'user_fatigue_state/1';

type Reason = FatigueStateRefresh['reason'];

/** Internal: SHA-256 of the canonical JSON of a session (its content identity). */
function sessionSha256(session: FatigueSessionInput): string {
  return sha256Hex(canonicalJson(session));
}

/** Internal: one hash over the (id, content hash) pairs of a set of activities, independent of order. */
function sessionsSha256(activities: readonly LoadedActivity[], hashes: ReadonlyMap<string, string>): string {
  const pairs = activities.map((activity) => [activity.id, hashes.get(activity.id)!]).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return sha256Hex(canonicalJson(pairs));
}

function inputsSha256(loaded: LoadedFatigueInput): string {
  const state = {
    row_format: ROW_FORMAT,
    engine: FATIGUE_ENGINE,
    heuristics_sha256: loaded.input.config.sha256,
    muscle_maps: sha256Hex(canonicalJson(loaded.input.muscleMaps)),
    catalog_version: CATALOG_VERSION,
    profile: loaded.input.profile,
  };
  return sha256Hex(canonicalJson(state));
}

function subsetOrigins(origins: InputOrigins, indices: readonly number[]): InputOrigins {
  return { ...origins, sessions: indices.map((index) => origins.sessions[index]!) };
}

/** Runs engine work, naming stored rows in validation errors. */
function withStoredNames<T>(work: () => T, origins: InputOrigins, userId: string): T {
  try {
    return work();
  } catch (error) {
    throw relabelEngineError(error, origins, userId);
  }
}

async function readWatermark(storage: TrainkitStorage, loaded: LoadedFatigueInput): Promise<FatigueStateWatermark | null> {
  const [head] = await storage.fatigueStates.list(loaded.userId, {
    where: { scope_key: SYSTEMIC_FATIGUE_SCOPE_KEY },
    orderBy: [{ column: 'date', direction: 'desc' }],
    limit: 1,
  });
  const json = head?.provenance_json;
  if (json === null || json === undefined || typeof json !== 'object' || Array.isArray(json)) return null;
  const parsed = FatigueStateWatermarkSchema.safeParse((json as Record<string, unknown>).watermark);
  return parsed.success ? parsed.data : null;
}

async function checkMuscleRows(storage: TrainkitStorage, slugs: readonly string[]): Promise<void> {
  const present = new Set((await storage.muscles.list()).map((row) => row.id as string));
  for (const slug of slugs) {
    const id = catalogId('muscle', slug);
    if (!present.has(id)) {
      throw new NotFoundError('muscles', `${id} (seed the catalog with trainkit.seedCatalog() before refreshing fatigue state)`);
    }
  }
}

/** The whole range of a state as an affected range (what a full recompute wrote). */
function wholeRange(summary: FatigueReport, dates: readonly LocalDate[]): AffectedRange {
  return {
    full_rebuild: true,
    from_date: dates[0] ?? null,
    to_date: dates.at(-1) ?? summary.as_of_date,
    appended_from_date: null,
    pmc_from_date: dates[0] ?? null,
    changed_muscles: Object.keys(summary.muscles).sort(),
    systemic_changed: true,
    added_session_ids: [...summary.provenance.sessions.used].sort(),
    removed_session_ids: [],
  };
}

/**
 * Internal: recomputes the stored `user_fatigue_state` of a user up to `asOf`, incrementally when it can.
 *
 * 1. Load the input as for a report (the whole performed history before `asOf`; no forecast or readiness) and hash
 *    it: every activity's content, and everything else (`inputs_sha256`).
 * 2. Read the watermark of the last run (systemic row of the last stored day). Without one, or when the other inputs
 *    changed, or `asOf` moved back: recompute fully.
 * 3. The activities the last run knew are those created through its `created_through` and starting before its
 *    `as_of`. When they hash as it recorded, the rest are new; otherwise one was edited or deleted: full.
 * 4. Incremental: rebuild the last run's state (`buildFatigueState` at its `as_of` with the known activities),
 *    apply the new ones and the new `asOf` with `updateFatigueState`, and write exactly what its `affected` names:
 *    the changed muscles (and the systemic row) from `from_date`, every scope from `appended_from_date`, through
 *    `to_date`. An engine full rebuild (a new first day) falls back to the full write.
 * 5. Full: write every day of the state's range for every muscle and the systemic channel, and delete stored rows
 *    outside it. All writes of a run happen in one transaction.
 */
export async function refreshFatigueState(
  storage: TrainkitStorage,
  options: {
    readonly userId: string;
    readonly asOf: FatigueAsOf;
    readonly heuristics: HeuristicsSetup;
    readonly ids: IdFactory;
    readonly now: () => Date;
  },
): Promise<FatigueStateRefresh> {
  const loaded = await loadFatigueInput(storage, {
    userId: options.userId,
    asOf: options.asOf,
    heuristics: options.heuristics,
    include: { forecast: false, readiness: false, muscleSeries: false },
  });
  const { userId, asOf, origins } = loaded;
  const hashes = new Map(loaded.activities.map((activity) => [activity.id, sessionSha256(activity.session)]));
  const inputs = inputsSha256(loaded);
  const allSessionsSha = sessionsSha256(loaded.activities, hashes);
  const createdThrough = loaded.activities.reduce<Instant | null>(
    (latest, activity) => (latest === null || activity.createdAt > latest ? activity.createdAt : latest),
    null,
  );
  const run = `fatigue-run:${sha256Hex(canonicalJson([inputs, allSessionsSha, asOf])).slice(0, 32)}`;
  const watermark: FatigueStateWatermark = {
    as_of: asOf,
    inputs_sha256: inputs,
    created_through: createdThrough,
    sessions_sha256: allSessionsSha,
    session_count: loaded.activities.length,
  };
  const engineInput = { ...loaded.input, plannedSessions: null, recoverySignals: null, includeMuscleSeries: false };

  // Decide between incremental and full.
  const previous = await readWatermark(storage, loaded);
  let reason: Reason;
  let state: FatigueState;
  let affected: AffectedRange | null = null;
  let newSessionIds: string[] = [];
  const known: number[] = [];
  const fresh: number[] = [];
  if (previous === null) reason = 'no_previous_state';
  else if (previous.inputs_sha256 !== inputs) reason = 'inputs_changed';
  else if (Date.parse(asOf) < Date.parse(previous.as_of)) reason = 'as_of_moved_back';
  else {
    loaded.activities.forEach((activity, index) => {
      const knownBefore =
        previous.created_through !== null &&
        activity.createdAt <= previous.created_through &&
        Date.parse(activity.performedStart) < Date.parse(previous.as_of);
      (knownBefore ? known : fresh).push(index);
    });
    const knownActivities = known.map((index) => loaded.activities[index]!);
    reason = sessionsSha256(knownActivities, hashes) === previous.sessions_sha256 ? 'new_data' : 'sessions_changed';
  }

  if (reason === 'new_data' && previous !== null) {
    const previousAsOf = previous.as_of;
    const before = withStoredNames(
      () => buildFatigueState({ ...engineInput, sessions: known.map((index) => loaded.activities[index]!.session), asOf: previousAsOf }),
      subsetOrigins(origins, known),
      userId,
    );
    const update = withStoredNames(
      () => updateFatigueState(before, fresh.map((index) => loaded.activities[index]!.session), asOf),
      subsetOrigins(origins, fresh),
      userId,
    );
    state = update.state;
    affected = update.affected;
    newSessionIds = fresh.map((index) => loaded.activities[index]!.id);
    if (affected.full_rebuild) reason = 'history_start_changed';
    else if (affected.from_date === null && affected.appended_from_date === null) reason = 'up_to_date';
  } else {
    state = withStoredNames(() => buildFatigueState(engineInput), origins, userId);
  }
  const full = affected === null || reason === 'history_start_changed';
  if (!full && reason === 'up_to_date') {
    return { userId, asOf, run, full, reason, affected: affected!, newSessionIds, daysWritten: 0, rowsWritten: 0, rowsDeleted: 0 };
  }

  const summary = summarizeFatigueState(state);
  await checkMuscleRows(storage, Object.keys(summary.muscles));
  const writeFrom = full
    ? null
    : ([affected!.from_date, affected!.appended_from_date].filter((date): date is LocalDate => date !== null).sort()[0] ?? null);
  const series = fatigueDailySeries(state, { from: writeFrom });
  const lastDate = series.dates.at(-1)!;
  const changedMuscles = new Set(affected?.changed_muscles.map((slug) => catalogId('muscle', slug)) ?? []);
  const select = (date: string, scopeKey: string): boolean => {
    if (full) return true;
    const range = affected!;
    if (range.appended_from_date !== null && date >= range.appended_from_date) return true;
    if (date === lastDate && scopeKey === SYSTEMIC_FATIGUE_SCOPE_KEY) return true; // carries the new watermark
    if (range.from_date === null || date < range.from_date) return false;
    return scopeKey === SYSTEMIC_FATIGUE_SCOPE_KEY ? range.systemic_changed : changedMuscles.has(scopeKey);
  };
  const rows = fatigueStateRows(
    {
      userId,
      run,
      createdAt: toInstant(options.now()),
      ids: options.ids,
      config: loaded.input.config,
      timeZone: loaded.input.profile.time_zone,
      catalogVersion: CATALOG_VERSION,
      summary,
      series,
      watermark,
    },
    select,
  );

  const written = new Set(rows.map((row) => `${row.date}\u0000${row.scope_key}`));
  const rowsDeleted = await storage.transaction(async (tx) => {
    await tx.fatigueStates.upsertMany(rows);
    if (!full) return 0;
    let deleted = 0;
    for (const row of await tx.fatigueStates.list(userId)) {
      if (written.has(`${row.date}\u0000${row.scope_key}`)) continue;
      await tx.fatigueStates.delete(userId, row.id);
      deleted += 1;
    }
    return deleted;
  });
  return {
    userId,
    asOf,
    run,
    full,
    reason,
    affected: full ? wholeRange(summary, series.dates) : affected!,
    newSessionIds,
    daysWritten: new Set(rows.map((row) => row.date)).size,
    rowsWritten: rows.length,
    rowsDeleted,
  };
}
