import { CATALOG_VERSION } from '@trainkit/catalog';
import {
  ENTITY_ID_MESSAGE,
  localDayOf,
  MIN_INSTANT,
  TRAINKIT_BOUNDS,
  NotFoundError,
  UserIdSchema,
  ValidationError,
  type ValidationIssue,
  type ActivityDefinitionRow,
  type ActivityInstanceId,
  type ActivityInstanceRow,
  type ActivityStrengthSetRow,
  type Instant,
  type LocalDate,
  type MovementRow,
  type PlannedSessionExerciseRow,
  type PlannedSessionId,
  type RecoverySignalRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import {
  fatigueSessionIssues,
  FatigueProfileSchema,
  RecoverySignalSchema,
  resolveHeuristicsConfig,
  type ComputeFatigueInput,
  type FatigueProfileInput,
  type FatigueSessionInput,
  type HeuristicsConfig,
  type HeuristicsConfigOverride,
  type RecoverySignal,
} from '@trainkit/fatigue';
import { loadPhysiology } from '../biometrics/load-physiology.js';
import { catalogMuscleMaps } from '../catalog/catalog-muscle-maps.js';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import { activityToFatigueSession } from './activity-to-fatigue-session.js';
import { ingestionRunsOf } from './ingestion-runs-of.js';
import type { FatigueInputSources } from './fatigue-input-sources-schema.js';
import {
  addBodyValues,
  BODY_VALUE_COLUMNS,
  DEFAULT_PROFILE_TIME_ZONE,
  fatigueProfileFromStorage,
  PROFILE_FIELD_COLUMNS,
} from './fatigue-profile-from-storage.js';
import { PLANNED_SESSION_DEFAULT_SECONDS, plannedSessionToFatigueSession } from './planned-session-to-fatigue-session.js';
import type { FatigueInputInclude } from './fatigue-report-options.js';
import { asOfInstant, parseAsOf, type FatigueAsOf } from './resolve-as-of.js';
import type { SkippedStoredValue } from './skipped-stored-value-schema.js';
import {
  formatStoredLocation,
  performedSessionLocation,
  plannedSessionLocation,
  type StoredLocation,
} from './stored-location.js';
import { idChunks, groupRowsBy } from '../collections/id-chunks.js';

/** Most recent activities searched for a time zone when the settings name none. */
const RECENT_FOR_TIME_ZONE = 50;

/** Recovery signal types readiness reads, by the engine field they fill. */
const READINESS_SIGNALS = {
  hrv_rmssd_ms: 'hrv_rmssd_ms',
  resting_hr_bpm: 'resting_hr_bpm',
  sleep_duration_seconds: 'sleep_duration_seconds',
  sleep_score: 'sleep_score',
} as const satisfies Partial<Record<RecoverySignalRow['signal_type'], keyof RecoverySignal>>;

/**
 * The last day a planned session is read for the forecast: its local noon (the assumed start) is an instant the
 * engine accepts in every zone (UTC−12 included), so a report at the very end of the supported years has no plans
 * the engine would refuse.
 */
const LAST_PLANNED_DAY = `${TRAINKIT_BOUNDS.years.max}-12-30`;

/** Most passes of dropping invalid profile values (a cross-field rule can surface once a field rule is fixed). */
const PROFILE_REPAIR_PASSES = 4;

/** Internal: the heuristics setup of a facade. */
export interface HeuristicsSetup {
  readonly config: HeuristicsConfig;
  readonly source: FatigueInputSources['heuristics']['source'];
}

/** Internal: where each engine input row came from, to name stored rows in errors. */
export interface InputOrigins {
  readonly sessions: readonly { readonly id: string; readonly setIds: readonly string[]; readonly durationColumn: string; readonly definitionId: string | null }[];
  readonly plannedSessions: readonly { readonly id: string; readonly exerciseIds: readonly string[]; readonly definitionId: string | null }[];
  readonly recoverySignals: readonly string[];
  readonly profileSources: Readonly<Record<string, string>>;
}

/** Internal: one performed activity given to the engine, with what incremental refresh needs. */
export interface LoadedActivity {
  readonly id: string;
  readonly createdAt: Instant;
  readonly performedStart: Instant;
  readonly ingestionRunId: string | null;
  readonly session: FatigueSessionInput;
}

/** Internal: the engine input with its sources. */
export interface LoadedFatigueInput {
  readonly userId: UserId;
  readonly asOf: Instant;
  readonly input: ComputeFatigueInput & { readonly config: HeuristicsConfig; readonly asOf: Instant };
  readonly activities: readonly LoadedActivity[];
  readonly sources: FatigueInputSources;
  readonly origins: InputOrigins;
  /** Ingestion runs of the recovery signals given to readiness (distinct, sorted). */
  readonly signalRunIds: readonly string[];
}

/** The earlier of two ISO dates or instants of the same form (they sort as text). */
function minText<T extends string>(a: T, b: T): T {
  return a <= b ? a : b;
}

function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Collects the stored values the engine cannot read, each once, in the order found. */
class SkippedValues {
  readonly entries: SkippedStoredValue[] = [];

  add(location: StoredLocation, issues: readonly Pick<ValidationIssue, 'rule' | 'message'>[], effect: SkippedStoredValue['effect']): void {
    for (const issue of issues) {
      const entry: SkippedStoredValue = {
        table: location.table,
        row_id: location.rowId,
        column: location.column,
        rule: issue.rule,
        reason: issue.message,
        effect,
      };
      if (!this.entries.some((known) => JSON.stringify(known) === JSON.stringify(entry))) this.entries.push(entry);
    }
  }

  /** One warning per skipped value: `stored.skipped:<table>[<row>].<column>`. */
  warnings(): string[] {
    return this.entries.map(
      (entry) => `stored.skipped:${formatStoredLocation({ table: entry.table, rowId: entry.row_id, column: entry.column })}`,
    );
  }
}

/**
 * The user's heuristics: the facade's config with `user_settings.fatigue_overrides_json` applied. An override the
 * engine rejects is ignored (and reported as skipped), never a failed report.
 */
function userHeuristics(
  setup: HeuristicsSetup,
  override: unknown,
  userId: string,
  skipped: SkippedValues,
): { config: HeuristicsConfig; overridden: boolean } {
  if (override === null || override === undefined) return { config: setup.config, overridden: false };
  try {
    return { config: resolveHeuristicsConfig(setup.config, override as HeuristicsConfigOverride), overridden: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid fatigue heuristics config: /, '') : String(error);
    skipped.add(
      { table: 'user_settings', rowId: userId, column: 'fatigue_overrides_json' },
      [{ rule: 'invalid_override', message: `not a valid heuristics override: ${detail}` }],
      'value_ignored',
    );
    return { config: setup.config, overridden: false };
  }
}

/** The storage column of an engine profile field, given where its value came from. */
function profileColumn(field: string, source: string | undefined): string {
  if (source === 'latest_activity') return 'activity_instances.timezone';
  if (source !== undefined && Object.hasOwn(BODY_VALUE_COLUMNS, source)) return BODY_VALUE_COLUMNS[source]!;
  return PROFILE_FIELD_COLUMNS[field] ?? `profile.${field}`;
}

/**
 * Drops every profile value the engine rejects (a zone falls back to UTC), reporting each as skipped, so a stored
 * setting the engine cannot read never fails a report.
 */
function repairProfile(
  profile: FatigueProfileInput,
  sources: Record<string, string>,
  context: { readonly userId: string; readonly zoneActivityId: string | null; readonly skipped: SkippedValues },
): FatigueProfileInput {
  let current: Record<string, unknown> = { ...profile };
  for (let pass = 0; pass < PROFILE_REPAIR_PASSES; pass += 1) {
    const parsed = FatigueProfileSchema.safeParse(current);
    if (parsed.success) break;
    const next = { ...current };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!Object.hasOwn(next, field)) continue;
      const column = profileColumn(field, sources[field]);
      const [table, name] = column.split('.') as [string, string];
      const rowId = table === 'activity_instances' ? (context.zoneActivityId ?? context.userId) : context.userId;
      context.skipped.add({ table, rowId, column: name }, [{ rule: issue.code, message: issue.message }], 'value_ignored');
      if (field === 'time_zone') {
        next.time_zone = DEFAULT_PROFILE_TIME_ZONE;
        sources.time_zone = 'default';
      } else {
        delete next[field];
        delete sources[field];
      }
    }
    current = next;
  }
  return current as FatigueProfileInput;
}

async function loadSets(
  repositories: TrainkitRepositories,
  userId: UserId,
  activityIds: readonly ActivityInstanceId[],
): Promise<Map<string, ActivityStrengthSetRow[]>> {
  const rows: ActivityStrengthSetRow[] = [];
  for (const chunk of idChunks(activityIds)) {
    rows.push(
      ...(await repositories.activityStrengthSets.list(userId, {
        where: { activity_instance_id: chunk },
        orderBy: [{ column: 'activity_instance_id' }, { column: 'set_index' }],
      })),
    );
  }
  return groupRowsBy(rows, (row) => row.activity_instance_id);
}

/**
 * Internal: loads from storage everything the fatigue engine needs for one user at one instant.
 *
 * - **Performed history**: every `activity_instances` row with `performed_start` from the user's first activity up
 *   to `asOf` (exclusive), with its strength sets. The whole history, not a window: the PMC recursion is seeded
 *   at the first day (a cut-off would shift CTL), the engine's state sums the last ~2.7 years exactly, and one
 *   person's lifetime is small (ten years ≈ 5,000 sessions).
 * - **Forecast** (`include.forecast`): `planned_sessions` with status `planned` dated from the as-of day through
 *   `forecast.days`, with their prescribed exercises as sets.
 * - **Readiness** (`include.readiness`): HRV, resting HR, sleep duration and sleep score signals measured in the
 *   baseline window before `asOf`.
 * - **Profile**: `user_profile` and `user_settings` (see `fatigueProfileFromStorage`); where the settings leave them
 *   empty, the resting heart rate, observed maximum heart rate, body mass and VO2max from the body over time
 *   (`addBodyValues`: `user_biometrics_history`, resting HR `recovery_signals`, the activities' `max_hr_bpm`), each
 *   named with its row in `sources.profile`; the heuristics: the facade's config with the user's
 *   `fatigue_overrides_json`.
 * - **Muscle maps**: the catalog's (`catalogMuscleMaps`).
 *
 * A stored value the engine cannot read (written by an older version or by hand: the storage refuses it otherwise)
 * never fails the load: its activity, planned session or recovery signal is skipped, its profile value or the user's
 * override ignored, and each is listed in `sources.skipped` (and `warnings`) by table, row id and column.
 *
 * Throws `NotFoundError` for an unknown user, `ValidationError` for a bad `userId` or `asOf`.
 */
export async function loadFatigueInput(
  repositories: TrainkitRepositories,
  options: {
    readonly userId: string;
    readonly asOf: FatigueAsOf;
    readonly heuristics: HeuristicsSetup;
    readonly include?: FatigueInputInclude;
  },
): Promise<LoadedFatigueInput> {
  const userIdResult = UserIdSchema.safeParse(options.userId);
  if (!userIdResult.success) {
    throw new ValidationError('fatigue input', [{ path: 'userId', rule: 'invalid_value', message: `user id ${ENTITY_ID_MESSAGE}` }]);
  }
  const userId = userIdResult.data;
  const parsedAsOf = parseAsOf(options.asOf, 'fatigue input');
  if (!(await repositories.users.find(userId))) throw new NotFoundError('user', userId);
  const include = { forecast: true, readiness: true, muscleSeries: false, ...options.include };

  const [settings, profileRow, recent] = await Promise.all([
    repositories.userSettings.find(userId),
    repositories.userProfiles.find(userId),
    repositories.activityInstances.list(userId, { orderBy: [{ column: 'performed_start', direction: 'desc' }], limit: RECENT_FOR_TIME_ZONE }),
  ]);
  const zoneActivity = recent.find((activity) => activity.timezone !== null);
  const latestTimeZone = zoneActivity?.timezone ?? null;
  const skipped = new SkippedValues();
  const fromStorage = fatigueProfileFromStorage(settings, profileRow, latestTimeZone);
  const profileSources = fromStorage.sources;
  const settingsProfile = repairProfile(fromStorage.profile, profileSources, { userId, zoneActivityId: zoneActivity?.id ?? null, skipped });
  const timeZone = settingsProfile.time_zone;
  const asOf = asOfInstant(parsedAsOf, timeZone);
  const { config, overridden } = userHeuristics(options.heuristics, settings?.fatigue_overrides_json, userId, skipped);
  const warnings: string[] = [];
  if (profileSources.time_zone === 'default') warnings.push(`profile.time_zone_default:${DEFAULT_PROFILE_TIME_ZONE}`);

  const [definitionRows, movementRows] = await Promise.all([repositories.activityDefinitions.list(), repositories.movements.list()]);
  const definitions = new Map<string, ActivityDefinitionRow>(definitionRows.map((row) => [row.id, row]));
  const movements = new Map<string, MovementRow>(movementRows.map((row) => [row.id, row]));

  // Performed history: from the first activity to asOf.
  const first = await repositories.activityInstances.list(userId, { orderBy: [{ column: 'performed_start' }], limit: 1 });
  const historyFrom = first[0] !== undefined && Date.parse(first[0].performed_start) < Date.parse(asOf) ? first[0].performed_start : null;
  const stored: ActivityInstanceRow[] = historyFrom === null ? [] : await repositories.activityInstances.listBetween(userId, historyFrom, asOf);
  const setsByActivity = await loadSets(repositories, userId, stored.map((activity) => activity.id));
  const hasThresholdPace = settingsProfile.threshold_speed_m_per_s != null;
  const activities: ActivityInstanceRow[] = [];
  const loaded: LoadedActivity[] = [];
  const sessionOrigins: InputOrigins['sessions'][number][] = [];
  for (const activity of stored) {
    const sets = setsByActivity.get(activity.id) ?? [];
    const origin: InputOrigins['sessions'][number] = {
      id: activity.id,
      setIds: sets.map((set) => set.id),
      durationColumn: activity.performed_end === null ? 'duration_seconds' : 'performed_end',
      definitionId: activity.activity_definition_id,
    };
    let { session, notes } = activityToFatigueSession(activity, sets, { definitions, movements, config, hasThresholdPace });
    let issues = fatigueSessionIssues(session);
    if (issues.length > 0 && session.ngp_m_per_s != null && issues.every((issue) => issue.path === 'ngp_m_per_s')) {
      // An average speed no runner holds (a GPS glitch) is not a pace; the session itself is fine.
      session = { ...session, ngp_m_per_s: null };
      notes = { ...notes, paceFromAverageSpeed: false };
      issues = [];
    }
    if (issues.length > 0) {
      for (const issue of issues) skipped.add(performedSessionLocation(origin, issue.path), [issue], 'row_skipped');
      continue;
    }
    if (notes.paceFromAverageSpeed) warnings.push('pace.ngp_from_average_speed');
    activities.push(activity);
    loaded.push({
      id: activity.id,
      createdAt: activity.created_at,
      performedStart: activity.performed_start,
      ingestionRunId: activity.ingestion_run_id,
      session,
    });
    sessionOrigins.push(origin);
  }

  // Profile values the settings leave empty, from the body over time: resting HR, observed maximum HR, mass, VO2max.
  const body = await loadPhysiology(repositories, {
    userId,
    profile: profileRow,
    asOf,
    asOfDate: localDayOf(asOf, { timeZone }),
    activities,
  });
  const withBody = addBodyValues(settingsProfile, profileSources, body);
  for (const rejected of withBody.rejected) {
    skipped.add({ table: rejected.table, rowId: rejected.rowId, column: rejected.column }, rejected.issues, 'value_ignored');
  }
  const profile = withBody.profile;

  // Forecast: planned sessions still planned, from the as-of day through the horizon.
  const plannedSessions: FatigueSessionInput[] = [];
  const plannedOrigins: InputOrigins['plannedSessions'][number][] = [];
  if (include.forecast) {
    const today = localDayOf(asOf, { timeZone });
    const horizon = minText<string>(addLocalDays(today, config.forecast.days), LAST_PLANNED_DAY) as LocalDate;
    const planned = (await repositories.plannedSessions.listBetween(userId, minText(today, horizon), horizon)).filter(
      (session) => session.status === 'planned',
    );
    const exercises: PlannedSessionExerciseRow[] = [];
    for (const chunk of idChunks(planned.map((session) => session.id as PlannedSessionId))) {
      exercises.push(
        ...(await repositories.plannedSessionExercises.list(userId, {
          where: { planned_session_id: chunk },
          orderBy: [{ column: 'planned_session_id' }, { column: 'order_index' }],
        })),
      );
    }
    const exercisesBySession = groupRowsBy(exercises, (row) => row.planned_session_id);
    for (const session of planned) {
      const mapped = plannedSessionToFatigueSession(session, exercisesBySession.get(session.id) ?? [], {
        definitions,
        movements,
        config,
        timeZone,
        asOf,
      });
      const origin = { id: session.id, exerciseIds: mapped.setOrigins, definitionId: session.activity_definition_id };
      const issues = fatigueSessionIssues(mapped.session);
      if (issues.length > 0) {
        for (const issue of issues) skipped.add(plannedSessionLocation(origin, issue.path, userId), [issue], 'row_skipped');
        continue;
      }
      if (mapped.durationAssumed) warnings.push(`planned.duration_assumed:${PLANNED_SESSION_DEFAULT_SECONDS}`);
      plannedSessions.push(mapped.session);
      plannedOrigins.push(origin);
    }
  }

  // Readiness: the signals of the baseline window.
  const recoverySignals: RecoverySignal[] = [];
  const signalOrigins: string[] = [];
  const signalRuns = new Set<string>();
  if (include.readiness) {
    const windowDays = config.readiness.baseline_days + 2;
    const from = new Date(Math.max(Date.parse(asOf) - windowDays * 86_400_000, Date.parse(MIN_INSTANT))).toISOString() as Instant;
    const firstDay = addLocalDays(localDayOf(asOf, { timeZone }), -config.readiness.baseline_days);
    for (const signal of await repositories.recoverySignals.listBetween(userId, from, asOf)) {
      const field = Object.hasOwn(READINESS_SIGNALS, signal.signal_type)
        ? READINESS_SIGNALS[signal.signal_type as keyof typeof READINESS_SIGNALS]
        : undefined;
      if (field === undefined || signal.local_date < firstDay) continue;
      const entry: RecoverySignal = { date: signal.local_date, [field]: signal.value };
      const parsed = RecoverySignalSchema.safeParse(entry);
      if (!parsed.success) {
        skipped.add(
          { table: 'recovery_signals', rowId: signal.id, column: 'value' },
          parsed.error.issues.map((issue) => ({ rule: issue.code, message: issue.message })),
          'row_skipped',
        );
        continue;
      }
      recoverySignals.push(entry);
      signalOrigins.push(signal.id);
      if (signal.ingestion_run_id !== null) signalRuns.add(signal.ingestion_run_id);
    }
  }

  const sources: FatigueInputSources = {
    user_id: userId,
    catalog_version: CATALOG_VERSION,
    history: { from: historyFrom, to: asOf },
    activity_instance_ids: activities.map((activity) => activity.id),
    provider_activities: activities
      .filter((activity) => activity.provider !== null)
      .map((activity) => ({
        activity_instance_id: activity.id,
        provider: activity.provider!,
        ingestion_run_id: activity.ingestion_run_id,
        normalizer_id: activity.normalizer_id,
        normalizer_version: activity.normalizer_version,
      })),
    ingestion_run_ids: sortedDistinct([
      ...(await ingestionRunsOf(repositories, userId, loaded)),
      ...signalRuns,
    ]),
    planned_session_ids: plannedSessions.map((session) => session.id),
    recovery_signal_ids: signalOrigins,
    profile: { time_zone: timeZone, sources: profileSources, source_ids: withBody.sourceIds },
    heuristics: { source: options.heuristics.source, user_override: overridden },
    skipped: skipped.entries,
    warnings: sortedDistinct([...warnings, ...skipped.warnings()]),
  };
  return {
    userId,
    asOf,
    input: {
      sessions: loaded.map((activity) => activity.session),
      plannedSessions: include.forecast ? plannedSessions : null,
      recoverySignals: include.readiness ? recoverySignals : null,
      profile,
      asOf,
      muscleMaps: catalogMuscleMaps(),
      config,
      includeMuscleSeries: include.muscleSeries,
    },
    activities: loaded,
    sources,
    origins: {
      sessions: sessionOrigins,
      plannedSessions: plannedOrigins,
      recoverySignals: signalOrigins,
      profileSources: Object.fromEntries(Object.entries(profileSources).map(([field, source]) => [field, profileColumn(field, source)])),
    },
    signalRunIds: sortedDistinct(signalRuns),
  };
}
