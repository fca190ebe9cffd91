import { defineCommand } from '../cli-command.js';
import { formatNumber } from '../format/format-quantity.js';
import { formatTable } from '../format/format-table.js';
import { formatFailure } from '../ingest/format-run-summary.js';
import { withIngest } from '../ingest/with-ingest.js';
import { readingStoredData } from '../reading-stored-data.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';

const PATH = ['runs'] as const;
const DEFAULT_LIMIT = 20;
const FAILURES_PER_RUN = 10;

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > 1000) throw quantityError('--limit', text, 'a whole number from 1 to 1000');
  return value;
}

/**
 * `trainkit runs --user <id> [--limit n] [--json]`: the athlete's ingestion runs, newest first
 * (`trainkit.ingest.listRuns`): provider, kind, status, start, the counts (seen, new, updated, unchanged, failed,
 * skipped) and under each run its failures with their typed code, payload path, provider id and reason. `--json`
 * prints the runs with their counts and failures (up to 100 per run; without the raw payload or text kept beside
 * each failure in the database).
 *
 * @example
 * ```ts
 * await runCli(['runs', '--user', 'u1', '--json'], io);
 * ```
 */
export const runsCommand = defineCommand({
  path: PATH,
  summary: 'List ingestion runs with their counts and failures',
  description:
    'Newest first: provider, kind (sync, file_import, replay, ...), status (succeeded, partial, failed), start and\n' +
    'the record counts, then the failures of each run: typed code, where in the payload, the provider\'s id and the\n' +
    `reason (the first ${FAILURES_PER_RUN} per run in text; up to 100 with --json). The raw data of every failure stays in the database.`,
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    limit: { type: 'string', valueName: 'n', description: `How many runs, newest first (default ${DEFAULT_LIMIT})` },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['runs --user u1', 'runs --user u1 --limit 5 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const limit = parseLimit(values.limit);
    return withIngest(common, io, { userId, createUser: false }, async ({ trainkit, ingest }) => {
      await trainkit.users.get(userId);
      const runs = await readingStoredData(() => ingest.listRuns({ userId, limit }));
      if (common.json) {
        const json = runs.map(({ run, counts, failures }) => ({
          run,
          counts,
          failures: failures.map(({ raw_payload_json: _payload, raw_text: _text, ...failure }) => failure),
        }));
        io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return 0;
      }
      if (runs.length === 0) {
        io.stdout.write(`no ingestion runs for ${userId}\n`);
        return 0;
      }
      const count = (value: number | undefined) => (value === undefined ? '-' : formatNumber(value));
      const table = formatTable(
        [
          { header: 'Run' }, { header: 'Provider' }, { header: 'Kind' }, { header: 'Status' }, { header: 'Started' },
          { header: 'Seen', align: 'right' }, { header: 'New', align: 'right' }, { header: 'Updated', align: 'right' },
          { header: 'Unchanged', align: 'right' }, { header: 'Failed', align: 'right' }, { header: 'Skipped', align: 'right' },
        ],
        runs.map(({ run, counts }) => [
          run.id, run.provider, run.kind, run.status, run.started_at.replace(/\.\d{3}Z$/, 'Z'),
          count(counts?.seen), count(counts?.new), count(counts?.updated), count(counts?.unchanged), count(counts?.failed), count(counts?.skipped),
        ]),
      );
      const lines = [table.trimEnd()];
      for (const { run, counts, failures } of runs) {
        if (failures.length === 0) continue;
        lines.push('', `Failures of ${run.id} (${run.provider}, ${run.status}):`);
        for (const failure of failures.slice(0, FAILURES_PER_RUN)) lines.push(`  ${formatFailure(failure)}`);
        const more = (counts?.failed ?? failures.length) - Math.min(failures.length, FAILURES_PER_RUN);
        if (more > 0) lines.push(`  (${formatNumber(more)} more; --json lists up to 100)`);
      }
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    });
  },
});
