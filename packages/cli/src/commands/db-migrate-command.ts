import { defineCommand } from '../cli-command.js';
import { printMigrationReport } from '../storage/print-migration-report.js';
import { withStorage } from '../storage/open-storage.js';

/**
 * `trainkit db migrate`: applies every pending migration and says which ran.
 *
 * @example
 * ```ts
 * await runCli(['db', 'migrate', '--db', 'postgres://localhost/trainkit'], io);
 * ```
 */
export const dbMigrateCommand = defineCommand({
  path: ['db', 'migrate'],
  summary: 'Apply pending migrations',
  options: {},
  usesDatabase: true,
  printsData: true,
  examples: ['db migrate', 'db migrate --db postgres://trainkit@localhost/trainkit --json'],
  run: ({ common, io }) =>
    withStorage(common, io, { migrate: false }, async (storage) =>
      printMigrationReport(await storage.migrations.migrateToLatest(), storage, io, common.json),
    ),
});
