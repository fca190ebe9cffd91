import { CATALOG_VERSION } from '@trainkit/catalog';
import {
  ConfigError,
  localDayOf,
  NotFoundError,
  UserIdSchema,
  ValidationError,
  type ActivityDefinitionRow,
  type ActivityInstanceId,
  type ActivityInstanceRow,
  type ActivityStrengthSetRow,
  type Instant,
  type MovementRow,
  type PlannedSessionExerciseRow,
  type PlannedSessionId,
  type RecoverySignalRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import {
  resolveHeuristicsConfig,
  type ComputeFatigueInput,
  type FatigueSessionInput,
  type HeuristicsConfig,
  type HeuristicsConfigOverride,
  type RecoverySignal,
} from '@trainkit/fatigue';
import { catalogMuscleMaps } from '../catalog/catalog-muscle-maps.js';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import { activityToFatigueSession } from './activity-to-fatigue-session.js';
import type { FatigueInputSources } from './fatigue-input-sources-schema.js';
import { DEFAULT_PROFILE_TIME_ZONE, fatigueProfileFromStorage, PROFILE_FIELD_COLUMNS } from './fatigue-profile-from-storage.js';
import { PLANNED_SESSION_DEFAULT_SECONDS, plannedSessionToFatigueSession } from './planned-session-to-fatigue-session.js';
import type { FatigueInputInclude } from './fatigue-report-options.js';
import { asOfInstant, parseAsOf, type FatigueAsOf } from './resolve-as-of.js';

/** Ids per `IN (...)` list, well below every dialect's bound-parameter limit. */
const CHUNK = 500;

/** Most recent activities searched for a time zone when the settings name none. */
const RECENT_FOR_TIME_ZONE = 50;

/** Recovery signal types readiness reads, by the engine field they fill. */
const READINESS_SIGNALS = {
  hrv_rmssd_ms: 'hrv_rmssd_ms',
  resting_hr_bpm: 'resting_hr_bpm',
  sleep_duration_seconds: 'sleep_duration_seconds',
  sleep_score: 'sleep_score',
} as const satisfies Partial<Record<RecoverySignalRow['signal_type'], keyof RecoverySignal>>;

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
}

function chunks<T>(values: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += CHUNK) result.push(values.slice(start, start + CHUNK));
  return result;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The user's heuristics: the facade's config with `user_settings.fatigue_overrides_json` applied. */
function userHeuristics(setup: HeuristicsSetup, override: unknown, userId: string): { config: HeuristicsConfig; overridden: boolean } {
  if (override === null || override === undefined) return { config: setup.config, overridden: false };
  try {
    return { config: resolveHeuristicsConfig(setup.config, override as HeuristicsConfigOverride), overridden: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid fatigue heuristics config: /, '') : String(error);
    throw new ConfigError(`user_settings.fatigue_overrides_json of user ${userId} is not a valid heuristics override: ${detail}`, {
      cause: error,
    });
  }
}

async function loadSets(
  repositories: TrainkitRepositories,
  userId: UserId,
  activityIds: readonly ActivityInstanceId[],
): Promise<Map<string, ActivityStrengthSetRow[]>> {
  const rows: ActivityStrengthSetRow[] = [];
  for (const chunk of chunks(activityIds)) {
    rows.push(
      ...(await repositories.activityStrengthSets.list(userId, {
        where: { activity_instance_id: chunk },
        orderBy: [{ column: 'activity_instance_id' }, { column: 'set_index' }],
      })),
    );
  }
  return groupBy(rows, (row) => row.activity_instance_id);
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
 * - **Profile**: `user_profile` and `user_settings` (see `fatigueProfileFromStorage`); the heuristics: the facade's
 *   config with the user's `fatigue_overrides_json`.
 * - **Muscle maps**: the catalog's (`catalogMuscleMaps`).
 *
 * Throws `NotFoundError` for an unknown user, `ConfigError` for an invalid user override, `ValidationError` for a
 * bad `asOf`.
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
    throw new ValidationError('fatigue input', [{ path: 'userId', rule: 'invalid_value', message: 'expected a non-empty user id' }]);
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
  const latestTimeZone = recent.find((activity) => activity.timezone !== null)?.timezone ?? null;
  const { profile, sources: profileSources } = fatigueProfileFromStorage(settings, profileRow, latestTimeZone);
  const timeZone = profile.time_zone;
  const asOf = asOfInstant(parsedAsOf, timeZone);
  const { config, overridden } = userHeuristics(options.heuristics, settings?.fatigue_overrides_json, userId);
  const warnings: string[] = [];
  if (profileSources.time_zone === 'default') warnings.push(`profile.time_zone_default:${DEFAULT_PROFILE_TIME_ZONE}`);

  const [definitionRows, movementRows] = await Promise.all([repositories.activityDefinitions.list(), repositories.movements.list()]);
  const definitions = new Map<string, ActivityDefinitionRow>(definitionRows.map((row) => [row.id, row]));
  const movements = new Map<string, MovementRow>(movementRows.map((row) => [row.id, row]));

  // Performed history: from the first activity to asOf.
  const first = await repositories.activityInstances.list(userId, { orderBy: [{ column: 'performed_start' }], limit: 1 });
  const historyFrom = first[0] !== undefined && Date.parse(first[0].performed_start) < Date.parse(asOf) ? first[0].performed_start : null;
  const activities: ActivityInstanceRow[] = historyFrom === null ? [] : await repositories.activityInstances.listBetween(userId, historyFrom, asOf);
  const setsByActivity = await loadSets(repositories, userId, activities.map((activity) => activity.id));
  const hasThresholdPace = profile.threshold_speed_m_per_s != null;
  const loaded: LoadedActivity[] = [];
  const sessionOrigins: InputOrigins['sessions'][number][] = [];
  for (const activity of activities) {
    const sets = setsByActivity.get(activity.id) ?? [];
    const { session, notes } = activityToFatigueSession(activity, sets, { definitions, movements, config, hasThresholdPace });
    if (notes.paceFromAverageSpeed) warnings.push('pace.ngp_from_average_speed');
    loaded.push({
      id: activity.id,
      createdAt: activity.created_at,
      performedStart: activity.performed_start,
      ingestionRunId: activity.ingestion_run_id,
      session,
    });
    sessionOrigins.push({
      id: activity.id,
      setIds: sets.map((set) => set.id),
      durationColumn: activity.performed_end === null ? 'duration_seconds' : 'performed_end',
      definitionId: activity.activity_definition_id,
    });
  }

  // Forecast: planned sessions still planned, from the as-of day through the horizon.
  const plannedSessions: FatigueSessionInput[] = [];
  const plannedOrigins: InputOrigins['plannedSessions'][number][] = [];
  if (include.forecast) {
    const today = localDayOf(asOf, { timeZone });
    const planned = (await repositories.plannedSessions.listBetween(userId, today, addLocalDays(today, config.forecast.days))).filter(
      (session) => session.status === 'planned',
    );
    const exercises: PlannedSessionExerciseRow[] = [];
    for (const chunk of chunks(planned.map((session) => session.id as PlannedSessionId))) {
      exercises.push(
        ...(await repositories.plannedSessionExercises.list(userId, {
          where: { planned_session_id: chunk },
          orderBy: [{ column: 'planned_session_id' }, { column: 'order_index' }],
        })),
      );
    }
    const exercisesBySession = groupBy(exercises, (row) => row.planned_session_id);
    for (const session of planned) {
      const mapped = plannedSessionToFatigueSession(session, exercisesBySession.get(session.id) ?? [], {
        definitions,
        movements,
        config,
        timeZone,
        asOf,
      });
      if (mapped.durationAssumed) warnings.push(`planned.duration_assumed:${PLANNED_SESSION_DEFAULT_SECONDS}`);
      plannedSessions.push(mapped.session);
      plannedOrigins.push({ id: session.id, exerciseIds: mapped.setOrigins, definitionId: session.activity_definition_id });
    }
  }

  // Readiness: the signals of the baseline window.
  const recoverySignals: RecoverySignal[] = [];
  const signalOrigins: string[] = [];
  if (include.readiness) {
    const windowDays = config.readiness.baseline_days + 2;
    const from = new Date(Date.parse(asOf) - windowDays * 86_400_000).toISOString() as Instant;
    const firstDay = addLocalDays(localDayOf(asOf, { timeZone }), -config.readiness.baseline_days);
    for (const signal of await repositories.recoverySignals.listBetween(userId, from, asOf)) {
      const field = Object.hasOwn(READINESS_SIGNALS, signal.signal_type)
        ? READINESS_SIGNALS[signal.signal_type as keyof typeof READINESS_SIGNALS]
        : undefined;
      if (field === undefined || signal.local_date < firstDay) continue;
      recoverySignals.push({ date: signal.local_date, [field]: signal.value });
      signalOrigins.push(signal.id);
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
    ingestion_run_ids: sortedDistinct(activities.flatMap((activity) => (activity.ingestion_run_id === null ? [] : [activity.ingestion_run_id]))),
    planned_session_ids: plannedSessions.map((session) => session.id),
    recovery_signal_ids: signalOrigins,
    profile: { time_zone: timeZone, sources: profileSources },
    heuristics: { source: options.heuristics.source, user_override: overridden },
    warnings: sortedDistinct(warnings),
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
      profileSources: Object.fromEntries(
        Object.entries(profileSources).map(([field, source]) => [
          field,
          source === 'latest_activity' ? 'activity_instances.timezone' : (PROFILE_FIELD_COLUMNS[field] ?? `profile.${field}`),
        ]),
      ),
    },
  };
}
