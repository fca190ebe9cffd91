import { InstantSchema, LocalDateSchema } from '@trainkit/core';
import { createTrainkit } from 'trainkit';
import { defineCommand } from '../cli-command.js';
import { readingStoredData } from '../reading-stored-data.js';
import { formatFatigueReport } from '../report/format-fatigue-report.js';
import { withStorage } from '../storage/open-storage.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';

const PATH = ['fatigue'] as const;

/** `--at`: a local date (the end of that day in the athlete's zone) or an instant; default now. */
function parseAt(text: string | undefined, now: Date): string {
  if (text === undefined) return now.toISOString();
  const trimmed = text.trim();
  if (LocalDateSchema.safeParse(trimmed).success) return trimmed;
  const instant = InstantSchema.safeParse(trimmed);
  if (instant.success) return instant.data;
  throw quantityError('--at', text, 'a date like 2024-06-12 (the end of that day) or a date-time like 2024-06-12T07:00:00Z');
}

/**
 * `trainkit fatigue`: the fatigue report of an athlete at a date or instant, computed from the stored activities by
 * the facade (`trainkit.fatigue.report`): fitness (CTL), fatigue (ATL), form (TSB), ACWR, monotony, strain,
 * readiness, systemic fatigue, per muscle the fatigue % and hours to 90 % recovered with the sessions behind it,
 * and the provenance. `--json` prints the report as `TrainkitFatigueReportSchema` (`trainkit.fatigue-report/1`).
 * `--user` must be a valid user id (exit 2 otherwise); stored data the report cannot use exits 4
 * (`STORED_DATA_INVALID`), naming the row and column.
 *
 * @example
 * ```ts
 * await runCli(['fatigue', '--user', 'u1', '--at', '2024-06-12', '--json'], io);
 * ```
 */
export const fatigueCommand = defineCommand({
  path: PATH,
  summary: 'Show fitness, fatigue, form, ACWR, readiness and per-muscle fatigue with provenance',
  description:
    'Computes the fatigue report from the stored activities up to --at: fitness (CTL), fatigue (ATL), form (TSB),\n' +
    'ACWR, monotony and strain, readiness from recovery signals, systemic fatigue, and per muscle the fatigue % and\n' +
    'the hours until 90 % recovered, with the sessions behind each number, the heuristics (id, version, sha256)\n' +
    'and the engine version. A date means the end of that day in the athlete\'s time zone. --json prints the\n' +
    'stable report format trainkit.fatigue-report/1 (see docs/guides/fatigue.md). Pending migrations are applied first.',
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    at: { type: 'string', valueName: 'date|date-time', description: 'Up to when: 2024-06-12 (end of that day) or an ISO instant (default: now)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['fatigue --user u1', 'fatigue --user u1 --at 2024-06-12', 'fatigue --user u1 --at 2024-06-12T07:00:00Z --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const asOf = parseAt(values.at, io.now());
    return withStorage(common, io, { migrate: true }, async (storage) => {
      const trainkit = createTrainkit({ storage, clock: () => io.now() });
      // The command line is valid by now: a value the report rejects comes from the database (exit 4, not 2).
      const report = await readingStoredData(() => trainkit.fatigue.report({ userId, asOf }));
      io.stdout.write(common.json ? `${JSON.stringify(report, null, 2)}\n` : formatFatigueReport(report));
      return 0;
    });
  },
});
