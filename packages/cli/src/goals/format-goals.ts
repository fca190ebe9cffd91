import type { GoalCheckinRow, GoalRow } from '@trainkit/core';
import { formatMeasureValue, type GoalHistory, type GoalWriteResult, type TrainkitGoalProgress } from 'trainkit';
import { formatTable } from '../format/format-table.js';
import { describeGoalTarget } from './describe-goal-target.js';

/** `2025-02-10T09:00:00.000Z` -> `2025-02-10T09:00Z`, `null` -> `-`. */
function shortInstant(instant: string | null): string {
  return instant === null ? '-' : instant.replace(/:00\.000Z$/, 'Z');
}

/** Where a goal belongs: `block b1`, `cycle c2025`, or nothing for a session goal without either. */
function placeOf(goal: GoalRow): string {
  const parts = [`${goal.horizon} goal`];
  if (goal.program_id !== null) parts.push(`of block ${goal.program_id}`);
  else if (goal.macro_cycle_id !== null) parts.push(`of cycle ${goal.macro_cycle_id}`);
  if (goal.parent_goal_key !== null) parts.push(`serving ${goal.parent_goal_key}`);
  return parts.join(' ');
}

/**
 * The text `trainkit goals create` / `revise` print: the revision stored and the block's goal snapshot.
 *
 * @example
 * ```ts
 * io.stdout.write(formatGoalWrite(await trainkit.goals.create(input)));
 * ```
 */
export function formatGoalWrite({ goal, program }: GoalWriteResult): string {
  const lines = [
    `Goal ${goal.goal_key} revision ${goal.revision}: ${goal.title} (${goal.status}, priority ${goal.priority})`,
    `  target      ${describeGoalTarget(goal.target_json)}`,
    `  ${placeOf(goal)}`,
    `  valid from  ${shortInstant(goal.effective_from)}, recorded ${shortInstant(goal.created_at)} (revision id ${goal.id})`,
  ];
  if (program !== null) {
    const titles = [program.goal_1, program.goal_2, program.goal_3].map((title, index) => `${index + 1}. ${title ?? '-'}`);
    lines.push(`Block ${program.id} '${program.name}' goals: ${titles.join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The text `trainkit goals history` prints: one row per revision known then, with its derived valid time, and the
 * check-ins recorded by then.
 *
 * @example
 * ```ts
 * io.stdout.write(formatGoalHistory(await trainkit.goals.history({ userId, goalKey })));
 * ```
 */
export function formatGoalHistory(history: GoalHistory): string {
  const known = history.asKnownOn === null ? 'as recorded now' : `as known on ${shortInstant(history.asKnownOn)}`;
  if (history.revisions.length === 0) return `Goal ${history.goalKey}: nothing recorded ${known}\n`;
  const lines = [`Goal ${history.goalKey}, ${known} (${history.revisions.length} revision${history.revisions.length === 1 ? '' : 's'})`];
  lines.push(
    formatTable(
      [
        { header: 'Rev', align: 'right' }, { header: 'Valid from' }, { header: 'Valid to' }, { header: 'Recorded' },
        { header: 'Status' }, { header: 'Prio', align: 'right' }, { header: 'Title' }, { header: 'Target' },
      ],
      history.revisions.map(({ revision, valid_from, valid_to }) => [
        String(revision.revision), shortInstant(valid_from), shortInstant(valid_to), shortInstant(revision.created_at),
        revision.status, String(revision.priority), revision.title, describeGoalTarget(revision.target_json),
      ]),
    ).trimEnd(),
  );
  const revisionOf = new Map(history.revisions.map(({ revision }) => [revision.id, revision.revision]));
  lines.push('', history.checkins.length === 0 ? 'No check-ins' : 'Check-ins');
  for (const checkin of history.checkins) lines.push(`  ${formatCheckinLine(checkin, revisionOf.get(checkin.goal_id))}`);
  return `${lines.join('\n')}\n`;
}

/** `2025-02-10  load_kg 130  (revision 2)  single`. */
function formatCheckinLine(checkin: GoalCheckinRow, revision: number | undefined): string {
  const value =
    typeof checkin.value_json === 'object' && checkin.value_json !== null && !Array.isArray(checkin.value_json)
      ? Object.entries(checkin.value_json).map(([key, entry]) => `${key} ${String(entry)}`).join(', ')
      : JSON.stringify(checkin.value_json);
  return [checkin.date, value, revision === undefined ? `(revision id ${checkin.goal_id})` : `(revision ${revision})`, checkin.notes ?? '']
    .filter((part) => part !== '')
    .join('  ');
}

/**
 * The line `trainkit goals checkin` prints.
 *
 * @example
 * ```ts
 * io.stdout.write(formatGoalCheckin(await trainkit.goals.checkin(input)));
 * ```
 */
export function formatGoalCheckin(checkin: GoalCheckinRow): string {
  return `Check-in ${checkin.id} on ${checkin.goal_key}: ${formatCheckinLine(checkin, undefined)}\n`;
}

/**
 * The text `trainkit goals progress` prints: the status and the numbers behind it, then where the measurements came
 * from.
 *
 * @example
 * ```ts
 * io.stdout.write(formatGoalProgress(await trainkit.goals.progress({ userId, goalKey })));
 * ```
 */
export function formatGoalProgress(progress: TrainkitGoalProgress): string {
  const unit = progress.measure?.unit ?? '';
  const show = (value: number | null) => (value === null ? '-' : formatMeasureValue(value, unit));
  const lines = [
    `Progress of ${progress.goal_key} at ${shortInstant(progress.as_of)}: ${progress.status.replace('_', ' ')}`,
    `  goal          revision ${progress.revision}: ${progress.goal.title} (${describeGoalTarget(progress.goal.target_json)})`,
    `  why           ${progress.explanation}`,
  ];
  if (progress.measure !== null) {
    lines.push(
      `  target        ${show(progress.measure.target)} (${progress.measure.better} is better, ${progress.measure.basis} value counts)`,
      `  baseline      ${show(progress.baseline_value)} at ${shortInstant(progress.start)}`,
      `  current       ${show(progress.current_value)} (latest ${show(progress.latest_value)})`,
      `  trend now     ${show(progress.projected_value)}${progress.slope_per_week === null ? '' : `, ${progress.slope_per_week >= 0 ? '+' : ''}${show(progress.slope_per_week)} per week`}`,
      `  expected now  ${show(progress.expected_value_now)}`,
      `  at deadline   ${progress.deadline === null ? 'no deadline' : `${show(progress.projected_at_deadline)} projected by ${shortInstant(progress.deadline)}`}`,
    );
  }
  lines.push(
    `  measurements  ${progress.points_used} (${progress.checkins_used} check-ins, ${progress.observations_used} from stored data` +
      `${progress.checkins_skipped > 0 ? `, ${progress.checkins_skipped} check-ins without this measure` : ''})`,
  );
  const sources = new Map<string, number>();
  for (const observation of progress.observations) sources.set(observation.source ?? 'stored data', (sources.get(observation.source ?? 'stored data') ?? 0) + 1);
  if (sources.size > 0) lines.push(`  sources       ${[...sources].map(([source, count]) => `${count} from ${source}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The table `trainkit goals list` prints: the goals in force, by priority.
 *
 * @example
 * ```ts
 * io.stdout.write(formatGoalList(await trainkit.goals.inForce({ userId }), 'now'));
 * ```
 */
export function formatGoalList(goals: readonly GoalRow[], when: string): string {
  if (goals.length === 0) return `no goals in force ${when}\n`;
  return `Goals in force ${when}\n${formatTable(
    [{ header: 'Key' }, { header: 'Rev', align: 'right' }, { header: 'Prio', align: 'right' }, { header: 'Horizon' }, { header: 'Status' }, { header: 'Title' }, { header: 'Target' }],
    goals.map((goal) => [goal.goal_key, String(goal.revision), String(goal.priority), goal.horizon, goal.status, goal.title, describeGoalTarget(goal.target_json)]),
  )}`;
}
