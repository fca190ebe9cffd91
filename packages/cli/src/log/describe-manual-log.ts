import type { ManualLog } from '@trainkit/core';
import { formatDuration, formatNumber } from '../format/format-quantity.js';

/**
 * One line saying what was logged: kind, id, athlete, local day, what (plus any `details`, such as the movements of
 * a strength session) and how much.
 *
 * @example
 * ```ts
 * describeManualLog('cardio', 'Running', log);
 * // 'logged cardio 3f2a... for u1 on 2024-06-01: Running, 0:45:00, 10.00 km, avg HR 150, RPE 6'
 * ```
 */
export function describeManualLog(kind: string, what: string, log: ManualLog, details: readonly string[] = []): string {
  const row = log.activityInstance;
  const parts = [what, ...details];
  if (row.duration_seconds !== null) parts.push(formatDuration(row.duration_seconds));
  if (row.distance_m !== null) parts.push(`${formatNumber(row.distance_m / 1000, 2)} km`);
  if (row.avg_hr_bpm !== null) parts.push(`avg HR ${formatNumber(row.avg_hr_bpm)}`);
  if (row.perceived_difficulty !== null) parts.push(`RPE ${row.perceived_difficulty}`);
  if (row.enjoyment_rating !== null) parts.push(`enjoyment ${row.enjoyment_rating}/5`);
  if (log.strengthSets.length > 0) {
    const working = log.strengthSets.filter((set) => !set.is_warmup);
    const reps = working.reduce((sum, set) => sum + (set.reps ?? 0), 0);
    const tonnage = working.reduce((sum, set) => sum + (set.reps ?? 0) * (set.load_kg ?? 0), 0);
    parts.push(`${log.strengthSets.length} sets, ${reps} reps, ${formatNumber(tonnage, 1, 0)} kg tonnage`);
  }
  const planned = row.planned_session_id === null ? '' : ` (planned session ${row.planned_session_id})`;
  return `logged ${kind} ${row.id} for ${row.user_id} on ${row.local_date}${planned}: ${parts.join(', ')}`;
}
