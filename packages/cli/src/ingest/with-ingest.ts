import type { UserId } from '@trainkit/core';
import type { IngestPipeline } from '@trainkit/ingest';
import { createTrainkit, type Trainkit } from 'trainkit';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { withStorage } from '../storage/open-storage.js';

/**
 * The SQLite page cache of the ingestion commands, in MiB (the storage's default is 64): rows get time-ordered ids,
 * so a long import appends to its indexes and needs few pages at hand, and the import's memory stays 48 MiB lower.
 */
export const INGEST_SQLITE_CACHE_MIB = 16;

/**
 * What the ingestion commands work with: the facade over the open storage, its pipeline (`trainkit.ingest`), and
 * whether the `--user` athlete was created by this command.
 *
 * @example
 * ```ts
 * await withIngest(common, io, { userId, createUser: true }, async ({ ingest }) => ingest.listRuns({ userId }));
 * ```
 */
export interface IngestContext {
  /** The facade, bound to the CLI's clock. */
  readonly trainkit: Trainkit;
  /** `trainkit.ingest`. */
  readonly ingest: IngestPipeline;
  /** True when the athlete did not exist and was created (the command says so). */
  readonly createdUser: boolean;
}

/**
 * Opens the database (applying pending migrations, as on every writing command), builds the facade with the CLI's
 * clock, and runs `work`. With `createUser`, an athlete that does not exist yet is created first (`import` and
 * `ingest` on a freshly migrated database just work) and `note: created user '<id>'` goes to stderr, as
 * `trainkit log` does (with `--json`, the command's JSON says `created_user` instead); without it an unknown athlete
 * is left to the pipeline (`NotFoundError`, exit 2). With `closeInterrupted`, runs left `running` by a killed
 * process are closed first (see `closeInterruptedRuns`).
 *
 * @example
 * ```ts
 * const summaries = await withIngest(common, io, { userId, createUser: true }, ({ ingest }) => ingest.importFiles({ userId, paths }));
 * ```
 */
export async function withIngest<T>(
  common: CommonOptions,
  io: CliIo,
  options: {
    readonly userId: UserId;
    readonly createUser: boolean;
    /**
     * First close the athlete's runs that a killed process left `running` (`closeInterruptedRuns`), with a `note:`
     * on stderr for each (not with `--json`): what `import`, `ingest` and `replay` do before they open their own.
     */
    readonly closeInterrupted?: boolean;
  },
  work: (context: IngestContext) => Promise<T>,
): Promise<T> {
  return withStorage(common, io, { migrate: true, sqliteCacheMib: INGEST_SQLITE_CACHE_MIB }, async (storage) => {
    const trainkit = createTrainkit({ storage, clock: () => io.now() });
    let createdUser = false;
    if (options.createUser && (await trainkit.users.find(options.userId)) === undefined) {
      await trainkit.users.create({ id: options.userId });
      createdUser = true;
      // With --json the output says so (`created_user`), and stderr stays free for the one error object.
      if (!common.json) io.stderr.write(`note: created user '${options.userId}'\n`);
    }
    if (options.closeInterrupted === true && !createdUser && (await trainkit.users.find(options.userId)) !== undefined) {
      for (const run of await trainkit.ingest.closeInterruptedRuns({ userId: options.userId })) {
        if (!common.json) io.stderr.write(`note: closed run ${run.id} (${run.provider}, ${run.kind}) as cancelled: ${run.error ?? 'interrupted'}\n`);
      }
    }
    return work({ trainkit, ingest: trainkit.ingest, createdUser });
  });
}
