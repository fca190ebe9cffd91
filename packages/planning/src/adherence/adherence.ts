import { LocalDateSchema, ValidationError, weekStartOf, WEEKDAYS, type LocalDate, type Weekday } from '@trainkit/core';
import { addLocalDays } from '../recommend/local-date-arithmetic.js';
import type { AdherenceCounts, AdherenceReport } from './adherence-report-schema.js';
import type { PlannedMatch, PlannedPerformedMatch, UnplannedActivity } from './planned-performed-match-schema.js';

/**
 * A block (a `programs` row fits as it is): its id, name and dates (`end_date` null = open-ended).
 *
 * @example
 * ```ts
 * const block: AdherenceBlock = { id: 'prog_1', name: 'Base block', start_date: '2024-06-03', end_date: '2024-08-25' };
 * ```
 */
export interface AdherenceBlock {
  readonly id: string;
  readonly name?: string | null;
  readonly start_date: LocalDate | string;
  readonly end_date: LocalDate | string | null;
}

/**
 * Options of {@link adherence}.
 *
 * @example
 * ```ts
 * const options: AdherenceOptions = { weekStart: 'monday', blocks: programs, from: '2024-06-03', to: '2024-06-30' };
 * ```
 */
export interface AdherenceOptions {
  /** First day of a week (default `monday`). */
  readonly weekStart?: Weekday;
  /** Blocks (programs) to report on. */
  readonly blocks?: readonly AdherenceBlock[];
  /** Widen the weeks listed to cover this day. */
  readonly from?: LocalDate | string;
  /** Widen the weeks listed to cover this day. */
  readonly to?: LocalDate | string;
}

function emptyCounts(): AdherenceCounts {
  return { planned: 0, completed: 0, partial: 0, missed: 0, skipped: 0, cancelled: 0, pending: 0, due: 0, ratio: null, unplanned: 0, hobbies: 0, unplanned_seconds: 0 };
}

function finish(counts: AdherenceCounts): AdherenceCounts {
  const due = counts.completed + counts.partial + counts.missed + counts.skipped;
  return { ...counts, due, ratio: due === 0 ? null : (counts.completed + counts.partial) / due };
}

function addPlanned(counts: AdherenceCounts, match: PlannedMatch): void {
  counts.planned += 1;
  counts[match.outcome] += 1;
}

function addUnplanned(counts: AdherenceCounts, activity: UnplannedActivity): void {
  counts.unplanned += 1;
  if (activity.hobby) counts.hobbies += 1;
  counts.unplanned_seconds += activity.duration_seconds ?? 0;
}

function localDate(value: string, path: string): LocalDate {
  const parsed = LocalDateSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError('adherence options', [{ path, rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' }]);
  return parsed.data;
}

/**
 * Adherence per week, per block (block = program) and in total, from {@link matchPlannedToPerformed}'s result:
 * planned sessions by outcome, the adherence ratio `(completed + partial) / due` with `due = completed + partial +
 * missed + skipped` (cancelled and pending sessions are not due), and the unplanned activities and hobbies of each
 * period, counted and listed (they count toward fatigue and goals elsewhere; here they are shown, not judged).
 * Pure and deterministic.
 *
 * @throws {ValidationError} A bad `weekStart`, block date, `from` or `to`.
 *
 * @example
 * ```ts
 * const matches = matchPlannedToPerformed(planned, performed, { today: '2024-06-12' });
 * const report = adherence(matches, { weekStart: 'monday', blocks: [{ id: 'prog_1', start_date: '2024-06-03', end_date: null }] });
 * report.weeks[0]?.ratio; // e.g. 0.75
 * ```
 */
export function adherence(matches: PlannedPerformedMatch, options: AdherenceOptions = {}): AdherenceReport {
  const weekStart = options.weekStart ?? 'monday';
  if (!(WEEKDAYS as readonly string[]).includes(weekStart)) {
    throw new ValidationError('adherence options', [{ path: 'weekStart', rule: 'invalid_value', message: `must be one of ${WEEKDAYS.join(', ')}` }]);
  }
  const blocks = (options.blocks ?? []).map((block, index) => ({
    block,
    start: localDate(block.start_date, `blocks.${index}.start_date`),
    end: block.end_date === null ? null : localDate(block.end_date, `blocks.${index}.end_date`),
  }));
  const dates: string[] = [
    ...matches.planned.map((match) => match.scheduled_date),
    ...matches.unplanned.map((activity) => activity.local_date),
  ];
  if (options.from !== undefined) dates.push(localDate(options.from, 'from'));
  if (options.to !== undefined) dates.push(localDate(options.to, 'to'));
  const sorted = [...dates].sort();

  const weeks = new Map<string, AdherenceCounts>();
  if (sorted.length > 0) {
    const last = weekStartOf(sorted[sorted.length - 1]!, weekStart);
    for (let week = weekStartOf(sorted[0]!, weekStart); week <= last; week = addLocalDays(week, 7)) weeks.set(week, emptyCounts());
  }
  const totals = emptyCounts();
  const blockCounts = blocks.map(() => emptyCounts());
  for (const match of matches.planned) {
    addPlanned(weeks.get(weekStartOf(match.scheduled_date, weekStart))!, match);
    addPlanned(totals, match);
    blocks.forEach((entry, index) => {
      if (match.program_id === entry.block.id) addPlanned(blockCounts[index]!, match);
    });
  }
  for (const activity of matches.unplanned) {
    addUnplanned(weeks.get(weekStartOf(activity.local_date, weekStart))!, activity);
    addUnplanned(totals, activity);
    blocks.forEach((entry, index) => {
      if (activity.local_date >= entry.start && (entry.end === null || activity.local_date <= entry.end)) addUnplanned(blockCounts[index]!, activity);
    });
  }
  return {
    week_start_day: weekStart,
    weeks: [...weeks.entries()].map(([week, counts]) => ({ week_start: week as LocalDate, week_end: addLocalDays(week, 6), ...finish(counts) })),
    blocks: blocks.map((entry, index) => ({
      block_id: entry.block.id,
      name: entry.block.name ?? null,
      start_date: entry.start,
      end_date: entry.end,
      ...finish(blockCounts[index]!),
    })),
    totals: finish(totals),
    unplanned: matches.unplanned,
  };
}
