import { StorageError, type MigrationReport, type TrainkitStorage } from '@trainkit/core';
import type { CliIo } from '../cli-io.js';
import { EXIT_CODES } from '../exit-codes.js';
import { reportCliError } from '../report-cli-error.js';

/**
 * Prints what a migration run did (which migrations ran, up or down, and how many are applied now), then the failure
 * as one `error:` line on stderr (with `json`, as the CLI's JSON error object, code `STORAGE_FAILED`); returns the
 * exit code (1 when the run failed).
 *
 * @example
 * ```ts
 * return printMigrationReport(await storage.migrations.migrateToLatest(), storage, io, common.json);
 * ```
 */
export async function printMigrationReport(report: MigrationReport, storage: TrainkitStorage, io: CliIo, json: boolean): Promise<number> {
  const status = await storage.migrations.status();
  const applied = status.filter((entry) => entry.executedAt !== null).length;
  if (json) {
    io.stdout.write(`${JSON.stringify({ ...report, applied, pending: status.length - applied }, null, 2)}\n`);
  } else if (report.executed.length === 0) {
    if (report.ok) io.stdout.write(`nothing to do: ${applied} of ${status.length} migrations applied\n`);
  } else {
    const verb = report.direction === 'down' ? 'rolled back' : 'applied';
    io.stdout.write(`${verb} ${report.executed.join(', ')}; ${applied} of ${status.length} migrations applied\n`);
  }
  if (!report.ok) {
    const which = report.error?.migration ? `migration ${report.error.migration}` : 'migrations';
    return reportCliError(new StorageError(`${which} failed: ${report.error?.message ?? 'unknown error'}`), io, { json });
  }
  return EXIT_CODES.ok;
}
