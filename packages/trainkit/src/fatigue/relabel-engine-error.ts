import { ValidationError, type ValidationIssue } from '@trainkit/core';
import type { InputOrigins } from './load-fatigue-input.js';

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

const SET_COLUMNS: Readonly<Record<string, string>> = {
  movement_id: 'movement_id',
  reps: 'reps',
  load_kg: 'load_kg',
  rir: 'rir',
  rpe: 'rpe',
  duration_seconds: 'duration_seconds',
  warmup: 'is_warmup',
};

const PLANNED_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  activity: 'activity_definition_id',
  category: 'activity_definition_id',
  started_at: 'scheduled_date',
  duration_seconds: 'planned_duration_seconds',
  time_zone: 'user_settings.timezone',
  rpe: 'planned_rpe',
};

/** The stored row and column behind an engine input path, e.g. `sessions.3.avg_hr_bpm`. */
function storagePath(path: string, origins: InputOrigins): string {
  const [list, indexText, field, setIndexText, setField] = path.split('.');
  const index = Number(indexText);
  if (list === 'sessions' && Number.isInteger(index)) {
    const origin = origins.sessions[index];
    if (origin === undefined) return path;
    if (field === 'sets') {
      const setId = origin.setIds[Number(setIndexText)];
      const column = setField === undefined ? '' : `.${SET_COLUMNS[setField] ?? setField}`;
      return setId === undefined ? `activity_instances[${origin.id}].sets` : `activity_strength_sets[${setId}]${column}`;
    }
    if (field === 'met' && origin.definitionId !== null) return `activity_definitions[${origin.definitionId}].met_value`;
    const column = field === 'duration_seconds' ? origin.durationColumn : field === undefined ? '' : (SESSION_COLUMNS[field] ?? field);
    return `activity_instances[${origin.id}]${column ? `.${column}` : ''}`;
  }
  if (list === 'plannedSessions' && Number.isInteger(index)) {
    const origin = origins.plannedSessions[index];
    if (origin === undefined) return path;
    if (field === 'sets') {
      const exerciseId = origin.exerciseIds[Number(setIndexText)];
      const column = setField === undefined ? '' : `.${SET_COLUMNS[setField] ?? setField}`;
      return exerciseId === undefined ? `planned_sessions[${origin.id}].exercises` : `planned_session_exercises[${exerciseId}]${column}`;
    }
    if (field === 'met' && origin.definitionId !== null) return `activity_definitions[${origin.definitionId}].met_value`;
    const column = field === undefined ? '' : (PLANNED_COLUMNS[field] ?? field);
    return column.includes('.') ? column : `planned_sessions[${origin.id}]${column ? `.${column}` : ''}`;
  }
  if (list === 'recoverySignals' && Number.isInteger(index)) {
    const id = origins.recoverySignals[index];
    return id === undefined ? path : `recovery_signals[${id}].value`;
  }
  if (list === 'profile' && indexText !== undefined) {
    return origins.profileSources[indexText] ?? `profile.${indexText}`;
  }
  return path;
}

/**
 * Internal: rewrites the engine's `ValidationError` about its input (paths like `sessions.3.avg_hr_bpm`) into one
 * naming the stored rows and columns (`activity_instances[act_1].avg_hr_bpm`), so a bad stored value is reported
 * where it can be fixed. Other errors pass through unchanged.
 */
export function relabelEngineError(error: unknown, origins: InputOrigins, userId: string): unknown {
  if (!(error instanceof ValidationError)) return error;
  const issues: ValidationIssue[] = error.issues.map((issue) => ({ ...issue, path: storagePath(issue.path, origins) }));
  return new ValidationError(`stored fatigue input of user ${userId}`, issues, { cause: error });
}
