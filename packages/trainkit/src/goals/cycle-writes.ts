import {
  NotFoundError,
  parseMacroCycle,
  parseProgram,
  parseWithSchema,
  type MacroCycleId,
  type MacroCycleRow,
  type ProgramRow,
} from '@trainkit/core';
import { findMacroCycleOverlaps, MacroCycleOverlapError, validateBlockInCycle } from '@trainkit/goals';
import { parseUserIdArgument } from '../users/create-users-api.js';
import { CreateBlockInputSchema, CreateCycleInputSchema, type CreateBlockInput, type CreateCycleInput } from './goal-call-inputs.js';
import type { GoalsDependencies } from './goals-dependencies.js';

/** Internal: `trainkit.goals.createCycle`. */
export async function createCycle(deps: GoalsDependencies, input: CreateCycleInput): Promise<MacroCycleRow> {
  const parsed = parseWithSchema(CreateCycleInputSchema, input, 'macro_cycles');
  const userId = parseUserIdArgument(parsed.userId, 'macro_cycles', 'userId');
  const at = deps.now();
  const row = parseMacroCycle({
    id: parsed.id ?? deps.ids(),
    user_id: userId,
    name: parsed.name,
    start_date: parsed.startDate,
    end_date: parsed.endDate,
    notes: parsed.notes ?? null,
    created_at: at,
    updated_at: at,
  });
  return deps.storage.transaction(async (tx) => {
    if (!(await tx.users.find(userId))) throw new NotFoundError('user', userId);
    const existing = await tx.macroCycles.list(userId);
    const overlap = findMacroCycleOverlaps([...existing, row]).find((pair) => pair.first.id === row.id || pair.second.id === row.id);
    if (overlap) throw new MacroCycleOverlapError(overlap.first, overlap.second);
    return tx.macroCycles.insert(row);
  });
}

/** Internal: `trainkit.goals.createBlock`. */
export async function createBlock(deps: GoalsDependencies, input: CreateBlockInput): Promise<ProgramRow> {
  const parsed = parseWithSchema(CreateBlockInputSchema, input, 'programs');
  const userId = parseUserIdArgument(parsed.userId, 'programs', 'userId');
  const at = deps.now();
  const row = parseProgram({
    id: parsed.id ?? deps.ids(),
    user_id: userId,
    macro_cycle_id: parsed.macroCycleId,
    name: parsed.name,
    description: parsed.description ?? null,
    status: parsed.status ?? 'draft',
    start_date: parsed.startDate,
    end_date: parsed.endDate,
    created_at: at,
    updated_at: at,
  });
  return deps.storage.transaction(async (tx) => {
    if (!(await tx.users.find(userId))) throw new NotFoundError('user', userId);
    const cycle = await tx.macroCycles.find(userId, parsed.macroCycleId as MacroCycleId);
    if (!cycle) throw new NotFoundError('macro_cycles', parsed.macroCycleId);
    validateBlockInCycle(row, cycle);
    return tx.programs.insert(row);
  });
}
