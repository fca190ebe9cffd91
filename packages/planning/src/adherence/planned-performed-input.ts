import type { ActivityCategory, ActivitySource, PlannedSessionStatus } from '@trainkit/core';

/**
 * A planned session as matching reads it (a stored `planned_sessions` row fits as it is).
 *
 * @example
 * ```ts
 * const planned: MatchPlannedSession = { id: 'ps_1', scheduled_date: '2024-06-10', order_index: 0, status: 'planned',
 *   program_id: 'prog_1', discipline_id: 'dis_running', activity_definition_id: null, title: 'Easy run' };
 * ```
 */
export interface MatchPlannedSession {
  readonly id: string;
  /** Local day (`YYYY-MM-DD`). */
  readonly scheduled_date: string;
  readonly order_index: number;
  readonly status: PlannedSessionStatus;
  /** The block (program) it belongs to. */
  readonly program_id: string | null;
  readonly discipline_id: string | null;
  readonly activity_definition_id: string | null;
  readonly title: string;
}

/**
 * A performed activity as matching reads it: a stored `activity_instances` row (manual or ingested) fits as it is;
 * add the category of its activity definition when known (`hobby` activities are counted apart).
 *
 * @example
 * ```ts
 * const performed: MatchPerformedActivity = { id: 'act_1', planned_session_id: null, local_date: '2024-06-10',
 *   performed_start: '2024-06-10T05:00:00.000Z', discipline_id: 'dis_running', activity_definition_id: null,
 *   source: 'provider', provider: 'strava', title: 'Morning run', duration_seconds: 2700, category: 'cardio' };
 * ```
 */
export interface MatchPerformedActivity {
  readonly id: string;
  /** The planned session it fulfils (explicit link), or null. */
  readonly planned_session_id: string | null;
  /** Local day of its start (`YYYY-MM-DD`). */
  readonly local_date: string;
  /** Start instant (ISO-8601), orders activities of one day. */
  readonly performed_start: string;
  readonly discipline_id: string | null;
  readonly activity_definition_id: string | null;
  readonly source: ActivitySource;
  readonly provider: string | null;
  readonly title: string | null;
  readonly duration_seconds: number | null;
  readonly category?: ActivityCategory | null;
}
