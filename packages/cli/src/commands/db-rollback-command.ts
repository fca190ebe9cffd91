import { ValidationError, type MigrationReport, type MigrationPort } from '@trainkit/core';
import { defineCommand } from '../cli-command.js';
import { printMigrationReport } from '../storage/print-migration-report.js';
import { withStorage } from '../storage/open-storage.js';
import { UsageError } from '../usage-error.js';

const PATH = ['db', 'rollback'] as const;

/** Rolls back the last applied migration: down to the one before it, or everything when it is the only one. */
async function rollbackLast(migrations: MigrationPort): Promise<MigrationReport> {
  const applied = (await migrations.status()).filter((entry) => entry.executedAt !== null);
  if (applied.length === 0) return { ok: true, direction: 'none', executed: [] };
  const previous = applied.at(-2);
  return previous ? migrations.migrateTo(previous.name) : migrations.migrateDownAll();
}

/**
 * `trainkit db rollback`: undoes the last migration, or every migration after `--to <name>` (which stays applied),
 * or all of them with `--all`.
 *
 * @example
 * ```ts
 * await runCli(['db', 'rollback', '--all', '--db', './trainkit.db'], io);
 * ```
 */
export const dbRollbackCommand = defineCommand({
  path: PATH,
  summary: 'Undo migrations: the last one, down to --to <name>, or --all',
  options: {
    to: { type: 'string', valueName: 'name', description: 'Roll back every migration after this one (it stays applied)' },
    all: { type: 'boolean', description: 'Roll back every migration' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['db rollback', 'db rollback --to 0001_initial_schema', 'db rollback --all'],
  run: async ({ values, common, io }) => {
    if (values.to !== undefined && values.all) throw new UsageError('give --to or --all, not both', PATH);
    return withStorage(common, io, { migrate: false }, async (storage) => {
      let report: MigrationReport;
      if (values.all) report = await storage.migrations.migrateDownAll();
      else if (values.to !== undefined) {
        const known = (await storage.migrations.status()).map((entry) => entry.name);
        if (!known.includes(values.to)) {
          throw new ValidationError('command line', [
            { path: '--to', rule: 'not_found', message: `no migration '${values.to}' (known: ${known.join(', ') || 'none'})` },
          ]);
        }
        report = await storage.migrations.migrateTo(values.to);
      } else report = await rollbackLast(storage.migrations);
      return printMigrationReport(report, storage, io, common.json);
    });
  },
});
