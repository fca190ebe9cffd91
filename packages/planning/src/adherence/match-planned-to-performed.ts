import { LocalDateSchema, ValidationError, type ActivityCategory, type LocalDate, type ValidationIssue } from '@trainkit/core';
import type { MatchPerformedActivity, MatchPlannedSession } from './planned-performed-input.js';
import type { MatchMethod, PlannedMatch, PlannedOutcome, PlannedPerformedMatch, UnplannedActivity } from './planned-performed-match-schema.js';

/**
 * Options of {@link matchPlannedToPerformed}.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { today: '2024-06-12', hobbyCategories: ['hobby'] };
 * ```
 */
export interface MatchOptions {
  /**
   * The user's local today: an unmatched `planned` session before it is `missed`, from it `pending`. Without it
   * every unmatched `planned` session is `missed`.
   */
  readonly today?: LocalDate | string | null;
  /** Activity categories counted as hobbies among unplanned activities (default `['hobby']`). */
  readonly hobbyCategories?: readonly ActivityCategory[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameKind(planned: MatchPlannedSession, performed: MatchPerformedActivity): boolean {
  if (planned.discipline_id !== null && performed.discipline_id !== null && planned.discipline_id === performed.discipline_id) return true;
  return (
    planned.activity_definition_id !== null &&
    performed.activity_definition_id !== null &&
    planned.activity_definition_id === performed.activity_definition_id
  );
}

/**
 * Matches performed activities (manual and ingested alike) to planned sessions:
 *
 * 1. **Explicit link first**: an activity whose `planned_session_id` names a given planned session fulfils it
 *    (several may, e.g. a split session).
 * 2. **Same local day and discipline**: each planned session without a linked activity, in order (date,
 *    `order_index`, id), takes the first unlinked activity (by start, id) of its `scheduled_date` with the same
 *    `discipline_id`, or, failing that, the same `activity_definition_id`. An activity fulfils at most one session.
 *
 * Outcomes: matched -> `completed` (`partial` when the session is marked `partially_completed`); unmatched ->
 * `completed` / `partial` when marked so (method `status`), `skipped` / `cancelled` as marked, else `missed` before
 * `today` and `pending` from it. Activities left over are unplanned (hobbies flagged); activities linked to a planned
 * session that was not given are listed apart. Pure; the order of the inputs never matters.
 *
 * @throws {ValidationError} When `today`, a `scheduled_date` or a `local_date` is not a local date.
 *
 * @example
 * ```ts
 * const result = matchPlannedToPerformed(plannedRows, activityRows, { today: '2024-06-12' });
 * result.planned.filter((match) => match.outcome === 'missed').length;
 * result.unplanned.filter((activity) => activity.hobby).length;
 * ```
 */
export function matchPlannedToPerformed(
  planned: readonly MatchPlannedSession[],
  performed: readonly MatchPerformedActivity[],
  options: MatchOptions = {},
): PlannedPerformedMatch {
  let today: LocalDate | null = null;
  if (options.today !== undefined && options.today !== null) {
    const parsed = LocalDateSchema.safeParse(options.today);
    if (!parsed.success) {
      throw new ValidationError('planned/performed matching', [{ path: 'today', rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' }]);
    }
    today = parsed.data;
  }
  const dateIssues: ValidationIssue[] = [];
  planned.forEach((session, index) => {
    if (!LocalDateSchema.safeParse(session.scheduled_date).success) {
      dateIssues.push({ path: `planned.${index}.scheduled_date`, rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' });
    }
  });
  performed.forEach((activity, index) => {
    if (!LocalDateSchema.safeParse(activity.local_date).success) {
      dateIssues.push({ path: `performed.${index}.local_date`, rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' });
    }
  });
  if (dateIssues.length > 0) throw new ValidationError('planned/performed matching', dateIssues);
  const hobbyCategories = new Set<string>(options.hobbyCategories ?? ['hobby']);
  const sessions = [...planned].sort(
    (a, b) => compareText(a.scheduled_date, b.scheduled_date) || a.order_index - b.order_index || compareText(a.id, b.id),
  );
  const activities = [...performed].sort(
    (a, b) => compareText(a.local_date, b.local_date) || compareText(a.performed_start, b.performed_start) || compareText(a.id, b.id),
  );
  const plannedIds = new Set(sessions.map((session) => session.id));
  const matched = new Map<string, { method: MatchMethod; ids: string[] }>();
  const used = new Set<string>();
  const linkedElsewhere: PlannedPerformedMatch['linked_elsewhere'] = [];
  for (const activity of activities) {
    if (activity.planned_session_id === null) continue;
    used.add(activity.id);
    if (!plannedIds.has(activity.planned_session_id)) {
      linkedElsewhere.push({ activity_id: activity.id, planned_session_id: activity.planned_session_id });
      continue;
    }
    const entry = matched.get(activity.planned_session_id);
    if (entry) entry.ids.push(activity.id);
    else matched.set(activity.planned_session_id, { method: 'explicit_link', ids: [activity.id] });
  }
  const byDay = new Map<string, MatchPerformedActivity[]>();
  for (const activity of activities) {
    if (used.has(activity.id)) continue;
    const list = byDay.get(activity.local_date);
    if (list) list.push(activity);
    else byDay.set(activity.local_date, [activity]);
  }
  for (const session of sessions) {
    if (matched.has(session.id) || session.status === 'cancelled' || session.status === 'skipped') continue;
    const candidates = (byDay.get(session.scheduled_date) ?? []).filter((activity) => !used.has(activity.id));
    const chosen =
      candidates.find((activity) => session.discipline_id !== null && activity.discipline_id === session.discipline_id) ??
      candidates.find((activity) => sameKind(session, activity));
    if (chosen === undefined) continue;
    used.add(chosen.id);
    matched.set(session.id, { method: 'same_day_discipline', ids: [chosen.id] });
  }

  const plannedMatches: PlannedMatch[] = sessions.map((session) => {
    const entry = matched.get(session.id);
    let outcome: PlannedOutcome;
    let method: MatchMethod | null = entry?.method ?? null;
    if (entry !== undefined) outcome = session.status === 'partially_completed' ? 'partial' : 'completed';
    else if (session.status === 'completed' || session.status === 'partially_completed') {
      outcome = session.status === 'completed' ? 'completed' : 'partial';
      method = 'status';
    } else if (session.status === 'skipped' || session.status === 'cancelled') outcome = session.status;
    else outcome = today !== null && session.scheduled_date >= today ? 'pending' : 'missed';
    return {
      planned_session_id: session.id,
      scheduled_date: session.scheduled_date as LocalDate,
      program_id: session.program_id,
      title: session.title,
      outcome,
      method,
      activity_ids: entry?.ids ?? [],
    };
  });
  const unplanned: UnplannedActivity[] = activities
    .filter((activity) => !used.has(activity.id))
    .map((activity) => ({
      activity_id: activity.id,
      local_date: activity.local_date as LocalDate,
      discipline_id: activity.discipline_id,
      activity_definition_id: activity.activity_definition_id,
      category: activity.category ?? null,
      hobby: activity.category != null && hobbyCategories.has(activity.category),
      source: activity.source,
      provider: activity.provider,
      title: activity.title,
      duration_seconds: activity.duration_seconds,
    }));
  return { today, planned: plannedMatches, unplanned, linked_elsewhere: linkedElsewhere };
}
