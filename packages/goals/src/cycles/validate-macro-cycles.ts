import { ValidationError } from '@trainkit/core';
import { MacroCycleOverlapError, type MacroCycleSpan } from '../errors/macro-cycle-overlap-error.js';

/**
 * What macro-cycle validation reads of a `macro_cycles` row (a stored `MacroCycleRow` fits).
 *
 * @example
 * ```ts
 * const cycle: MacroCycleLike = { id: 'macro_2025', user_id: 'u1', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28' };
 * ```
 */
export interface MacroCycleLike extends MacroCycleSpan {
  readonly user_id: string;
}

/**
 * Two overlapping macro cycles, `first` starting first (ties: the smaller id).
 *
 * @example
 * ```ts
 * const [overlap]: MacroCycleOverlap[] = findMacroCycleOverlaps(cycles);
 * ```
 */
export interface MacroCycleOverlap {
  readonly first: MacroCycleSpan;
  readonly second: MacroCycleSpan;
}

function span(cycle: MacroCycleLike): MacroCycleSpan {
  return { id: cycle.id, name: cycle.name, start_date: cycle.start_date, end_date: cycle.end_date };
}

function compare(a: MacroCycleLike, b: MacroCycleLike): number {
  if (a.start_date !== b.start_date) return a.start_date < b.start_date ? -1 : 1;
  if (a.end_date !== b.end_date) return a.end_date < b.end_date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every pair of macro cycles of the same athlete whose date ranges (`start_date..end_date`, both included) share a
 * day, ordered by the first cycle's start, then the second's. Cycles of different users never overlap. The input
 * order does not matter.
 *
 * @example
 * ```ts
 * findMacroCycleOverlaps([
 *   { id: 'a', user_id: 'u1', name: '2025', start_date: '2025-01-01', end_date: '2025-12-31' },
 *   { id: 'b', user_id: 'u1', name: '2026', start_date: '2025-12-31', end_date: '2026-12-30' },
 * ]); // [{ first: { id: 'a', ... }, second: { id: 'b', ... } }]
 * ```
 */
export function findMacroCycleOverlaps(cycles: readonly MacroCycleLike[]): MacroCycleOverlap[] {
  const sorted = [...cycles].sort((a, b) => (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : compare(a, b)));
  const overlaps: MacroCycleOverlap[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const second = sorted[j]!;
      if (second.user_id !== first.user_id || second.start_date > first.end_date) break;
      overlaps.push({ first: span(first), second: span(second) });
    }
  }
  return overlaps;
}

/**
 * Checks that no two macro cycles of one athlete overlap, and that each ends on or after its start.
 *
 * @throws {MacroCycleOverlapError} For the first overlapping pair (see {@link findMacroCycleOverlaps}), naming both
 * cycles, their dates and the shared days.
 * @throws {ValidationError} When a cycle ends before it starts (subject `macro_cycles`, path `end_date`).
 *
 * @example
 * ```ts
 * validateMacroCycles([...storedCycles, newCycle]); // throws when newCycle overlaps one of them
 * ```
 */
export function validateMacroCycles(cycles: readonly MacroCycleLike[]): void {
  for (const cycle of cycles) {
    if (cycle.end_date < cycle.start_date) {
      throw new ValidationError('macro_cycles', [
        { path: 'end_date', rule: 'invalid_range', message: `macro cycle ${cycle.id} '${cycle.name}' ends (${cycle.end_date}) before it starts (${cycle.start_date})` },
      ]);
    }
  }
  const [overlap] = findMacroCycleOverlaps(cycles);
  if (overlap) throw new MacroCycleOverlapError(overlap.first, overlap.second);
}
