import type { InputOrigins } from './load-fatigue-input.js';

/** Internal: where a value of the engine input is stored: table, row id (the user id for per-user tables), column. */
export interface StoredLocation {
  readonly table: string;
  readonly rowId: string;
  /** Null when the row as a whole is meant (e.g. too many sets). */
  readonly column: string | null;
}

/** Engine session field -> `activity_instances` column. */
const SESSION_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  source: 'provider',
  activity: 'activity_definition_id',
  category: 'activity_definition_id',
  started_at: 'performed_start',
  moving_time_seconds: 'duration_seconds',
  time_zone: 'timezone',
  utc_offset_minutes: 'utc_offset_minutes',
  avg_hr_bpm: 'avg_hr_bpm',
  avg_power_w: 'avg_power_w',
  ngp_m_per_s: 'distance_m',
  rpe: 'perceived_difficulty',
};

/** Engine set field -> `activity_strength_sets` / `planned_session_exercises` column. */
const SET_COLUMNS: Readonly<Record<string, string>> = {
  movement_id: 'movement_id',
  reps: 'reps',
  load_kg: 'load_kg',
  rir: 'rir',
  rpe: 'rpe',
  duration_seconds: 'duration_seconds',
  warmup: 'is_warmup',
};

/** Engine planned-session field -> `planned_sessions` column. */
const PLANNED_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  activity: 'activity_definition_id',
  category: 'activity_definition_id',
  started_at: 'scheduled_date',
  duration_seconds: 'planned_duration_seconds',
  rpe: 'planned_rpe',
};

/** Internal: the `table[row].column` text of a location (`user_settings.hr_max_bpm` for the per-user tables). */
export function formatStoredLocation(location: StoredLocation): string {
  if (location.table === 'user_settings' || location.table === 'user_profile' || location.table === 'profile') {
    return location.column === null ? location.table : `${location.table}.${location.column}`;
  }
  return `${location.table}[${location.rowId}]${location.column === null ? '' : `.${location.column}`}`;
}

/** Internal: the stored location of a path inside one performed session (`duration_seconds`, `sets.2.rir`). */
export function performedSessionLocation(origin: InputOrigins['sessions'][number], path: string): StoredLocation {
  const [field, setIndexText, setField] = path.split('.');
  if (field === 'sets') {
    const setId = setIndexText === undefined ? undefined : origin.setIds[Number(setIndexText)];
    if (setId === undefined) return { table: 'activity_instances', rowId: origin.id, column: null };
    return { table: 'activity_strength_sets', rowId: setId, column: setField === undefined ? null : (SET_COLUMNS[setField] ?? setField) };
  }
  if (field === 'met' && origin.definitionId !== null) {
    return { table: 'activity_definitions', rowId: origin.definitionId, column: 'met_value' };
  }
  const column = field === undefined || field === '' ? null : field === 'duration_seconds' ? origin.durationColumn : (SESSION_COLUMNS[field] ?? field);
  return { table: 'activity_instances', rowId: origin.id, column };
}

/** Internal: the stored location of a path inside one planned session. */
export function plannedSessionLocation(origin: InputOrigins['plannedSessions'][number], path: string, userId: string): StoredLocation {
  const [field, setIndexText, setField] = path.split('.');
  if (field === 'sets') {
    const exerciseId = setIndexText === undefined ? undefined : origin.exerciseIds[Number(setIndexText)];
    if (exerciseId === undefined) return { table: 'planned_sessions', rowId: origin.id, column: null };
    return { table: 'planned_session_exercises', rowId: exerciseId, column: setField === undefined ? null : (SET_COLUMNS[setField] ?? setField) };
  }
  if (field === 'met' && origin.definitionId !== null) {
    return { table: 'activity_definitions', rowId: origin.definitionId, column: 'met_value' };
  }
  if (field === 'time_zone') return { table: 'user_settings', rowId: userId, column: 'timezone' };
  return { table: 'planned_sessions', rowId: origin.id, column: field === undefined || field === '' ? null : (PLANNED_COLUMNS[field] ?? field) };
}

/** Internal: the stored location of a profile field (`max_hr_bpm` -> `user_settings.hr_max_bpm`). */
export function profileLocation(field: string, origins: InputOrigins, userId: string): StoredLocation {
  const column = origins.profileSources[field] ?? `profile.${field}`;
  const [table, name] = column.includes('.') ? (column.split('.') as [string, string]) : ['profile', column];
  return { table, rowId: userId, column: name };
}

/**
 * Internal: the stored location behind a path of the whole engine input (`sessions.3.avg_hr_bpm`,
 * `recoverySignals.0.sleep_duration_seconds`, `profile.max_hr_bpm`), or undefined when it names no stored row.
 */
export function inputPathLocation(path: string, origins: InputOrigins, userId: string): StoredLocation | undefined {
  const [list, indexText, ...rest] = path.split('.');
  const index = Number(indexText);
  const inner = rest.join('.');
  if (list === 'sessions' && Number.isInteger(index)) {
    const origin = origins.sessions[index];
    return origin === undefined ? undefined : performedSessionLocation(origin, inner);
  }
  if (list === 'plannedSessions' && Number.isInteger(index)) {
    const origin = origins.plannedSessions[index];
    return origin === undefined ? undefined : plannedSessionLocation(origin, inner, userId);
  }
  if (list === 'recoverySignals' && Number.isInteger(index)) {
    const id = origins.recoverySignals[index];
    return id === undefined ? undefined : { table: 'recovery_signals', rowId: id, column: 'value' };
  }
  if (list === 'profile' && indexText !== undefined) return profileLocation(indexText, origins, userId);
  return undefined;
}
