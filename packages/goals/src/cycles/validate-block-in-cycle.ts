import type { ValidationIssue } from '@trainkit/core';
import { BlockOutsideCycleError } from '../errors/block-outside-cycle-error.js';
import type { MacroCycleLike } from './validate-macro-cycles.js';

/**
 * What block validation reads of a `programs` row (a stored `ProgramRow` fits). A block is a program with a
 * `macro_cycle_id`, a `start_date` and an `end_date`.
 *
 * @example
 * ```ts
 * const block: BlockLike = { id: 'block_1', user_id: 'u1', name: 'Base 1', macro_cycle_id: 'macro_2025', start_date: '2025-01-06', end_date: '2025-03-30' };
 * ```
 */
export interface BlockLike {
  readonly id: string;
  readonly user_id: string;
  readonly name: string;
  readonly macro_cycle_id: string | null;
  readonly start_date: string;
  readonly end_date: string | null;
}

/**
 * Checks that a block lies within its macro cycle: same athlete, `block.macro_cycle_id` is the cycle's id, the block
 * has an end date, ends on or after its start, and `cycle.start_date <= block.start_date` and
 * `block.end_date <= cycle.end_date`. Every broken rule is one issue.
 *
 * @throws {BlockOutsideCycleError} Naming the block, the cycle and their dates (issue paths `macro_cycle_id`,
 * `user_id`, `start_date`, `end_date`).
 *
 * @example
 * ```ts
 * validateBlockInCycle(
 *   { id: 'b1', user_id: 'u1', name: 'Base 1', macro_cycle_id: 'm1', start_date: '2025-01-06', end_date: '2025-03-30' },
 *   { id: 'm1', user_id: 'u1', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28' },
 * ); // passes
 * ```
 */
export function validateBlockInCycle(block: BlockLike, cycle: MacroCycleLike): void {
  const issues: ValidationIssue[] = [];
  const blockText = `block ${block.id} '${block.name}'`;
  const cycleText = `macro cycle ${cycle.id} '${cycle.name}' (${cycle.start_date}..${cycle.end_date})`;
  if (block.macro_cycle_id !== cycle.id) {
    issues.push({ path: 'macro_cycle_id', rule: 'invalid_value', message: `${blockText} belongs to ${block.macro_cycle_id ?? 'no macro cycle'}, not ${cycleText}` });
  }
  if (block.user_id !== cycle.user_id) {
    issues.push({ path: 'user_id', rule: 'invalid_value', message: `${blockText} is of user ${block.user_id}, ${cycleText} of user ${cycle.user_id}` });
  }
  if (block.start_date < cycle.start_date) {
    issues.push({ path: 'start_date', rule: 'block_outside_cycle', message: `${blockText} starts ${block.start_date}, before ${cycleText} starts` });
  }
  if (block.start_date > cycle.end_date) {
    issues.push({ path: 'start_date', rule: 'block_outside_cycle', message: `${blockText} starts ${block.start_date}, after ${cycleText} ends` });
  }
  if (block.end_date === null) {
    issues.push({ path: 'end_date', rule: 'required', message: `${blockText} needs an end_date to lie within ${cycleText}` });
  } else if (block.end_date < block.start_date) {
    issues.push({ path: 'end_date', rule: 'invalid_range', message: `${blockText} ends (${block.end_date}) before it starts (${block.start_date})` });
  } else if (block.end_date > cycle.end_date) {
    issues.push({ path: 'end_date', rule: 'block_outside_cycle', message: `${blockText} ends ${block.end_date}, after ${cycleText} ends` });
  }
  if (issues.length > 0) throw new BlockOutsideCycleError(block.id, cycle.id, issues);
}
