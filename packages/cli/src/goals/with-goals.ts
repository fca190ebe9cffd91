import { ValidationError, type UserId } from '@trainkit/core';
import { createTrainkit, type Trainkit } from 'trainkit';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { withStorage } from '../storage/open-storage.js';

/** The facade's field names of the goals calls, as the options of `trainkit goals ...` name them. */
const OPTION_NAMES: Readonly<Record<string, string>> = {
  userId: '--user',
  goalKey: '--key',
  title: '--title',
  goalType: '--type',
  horizon: '--horizon',
  target: '--target',
  priority: '--priority',
  programId: '--block',
  macroCycleId: '--cycle',
  parentGoalKey: '--parent',
  effectiveFrom: '--from',
  basedOnRevision: '--based-on',
  status: '--status',
  asKnownOn: '--as-known-on',
  validAt: '--at',
  knownOn: '--known-on',
  asOf: '--as-of',
  value: '--value',
  date: '--date',
  notes: '--notes',
  name: '--name',
  startDate: '--start',
  endDate: '--end',
  end_date: '--end',
  macro_cycle_id: '--cycle',
  start_date: '--start',
  description: '--description',
};

/** A facade `ValidationError` with its paths named as the command's options (`target.load_kg` -> `--target load_kg`). */
function withOptionNames(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const issues = error.issues.map((issue) => {
    const target = /^target\.(.+)$/.exec(issue.path);
    const path = target ? `--target ${target[1]!}` : (OPTION_NAMES[issue.path] ?? issue.path);
    return { ...issue, path };
  });
  return new ValidationError(error.subject, issues, { cause: error });
}

/**
 * Opens the database `--db` points at (pending migrations applied first), creates the user `options.createUser`
 * when absent (saying so on stderr), runs `work` with a facade whose clock is the CLI's, and reports the facade's
 * validation errors under the names of the options.
 *
 * @example
 * ```ts
 * return withGoals(common, io, async (trainkit) => { await trainkit.goals.checkin(input); return 0; });
 * ```
 */
export async function withGoals(
  common: CommonOptions,
  io: CliIo,
  work: (trainkit: Trainkit) => Promise<number>,
  options: { readonly createUser?: UserId } = {},
): Promise<number> {
  try {
    return await withStorage(common, io, { migrate: true }, async (storage) => {
      const trainkit = createTrainkit({ storage, clock: () => io.now() });
      // Commands that start an athlete's planning (a cycle, a goal) create the athlete on a fresh database, as
      // `log` and `import` do; the others need an existing one.
      const userId = options.createUser;
      if (userId !== undefined && (await trainkit.users.find(userId)) === undefined) {
        await trainkit.users.create({ id: userId });
        if (!common.json) io.stderr.write(`note: created user '${userId}'\n`);
      }
      return work(trainkit);
    });
  } catch (error) {
    throw withOptionNames(error);
  }
}
