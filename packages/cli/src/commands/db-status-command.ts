import { defineCommand } from '../cli-command.js';
import { formatTable } from '../format/format-table.js';
import { withStorage } from '../storage/open-storage.js';

/**
 * `trainkit db status`: lists every migration, applied (with when) or pending.
 *
 * @example
 * ```ts
 * await runCli(['db', 'status', '--json'], io);
 * ```
 */
export const dbStatusCommand = defineCommand({
  path: ['db', 'status'],
  summary: 'List migrations, applied and pending',
  options: {},
  usesDatabase: true,
  printsData: true,
  examples: ['db status', 'db status --db postgres://trainkit@localhost/trainkit --json'],
  run: ({ common, io }) =>
    withStorage(common, io, { migrate: false }, async (storage) => {
      const migrations = await storage.migrations.status();
      const applied = migrations.filter((entry) => entry.executedAt !== null).length;
      if (common.json) {
        io.stdout.write(`${JSON.stringify({ dialect: storage.dialect, applied, pending: migrations.length - applied, migrations }, null, 2)}\n`);
      } else {
        io.stdout.write(
          formatTable(
            [{ header: 'Migration' }, { header: 'Status' }, { header: 'Applied at' }],
            migrations.map((entry) => [entry.name, entry.executedAt === null ? 'pending' : 'applied', entry.executedAt ?? '']),
          ),
        );
        io.stdout.write(`${applied} applied, ${migrations.length - applied} pending (${storage.dialect})\n`);
      }
      return 0;
    }),
});
