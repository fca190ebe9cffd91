import { LocalDateSchema, type LocalDate } from '@trainkit/core';
import { defineCommand } from '../cli-command.js';
import { activitiesJson, formatActivities } from '../ingest/format-activities.js';
import { withIngest } from '../ingest/with-ingest.js';
import { readingStoredData } from '../reading-stored-data.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { quantityError } from '../units/quantity-error.js';

const PATH = ['activities'] as const;

function parseDay(text: string | undefined, option: string): LocalDate | undefined {
  if (text === undefined) return undefined;
  const parsed = LocalDateSchema.safeParse(text.trim());
  if (!parsed.success) throw quantityError(option, text, 'a date like 2024-06-12');
  return parsed.data;
}

/**
 * `trainkit activities --user <id> [--from <date>] [--to <date>] [--json]`: the athlete's canonical activities
 * (`trainkit.ingest.listActivities`), ordered by start, each with the raw records it was built from (provider,
 * resource, external id, link kind `source` or `duplicate`, match confidence, raw record id and revision) and the
 * merge and unmerge decisions about it (confidence, reasons, the run that made them). `--from` / `--to` are local
 * days, inclusive. An unknown athlete is exit 2.
 *
 * @example
 * ```ts
 * await runCli(['activities', '--user', 'u1', '--from', '2024-06-01', '--json'], io);
 * ```
 */
export const activitiesCommand = defineCommand({
  path: PATH,
  summary: 'List canonical activities with their sources (provider records) and merge decisions',
  description:
    'One line per activity (local day and time, activity, title, duration, distance, average heart rate, id), then\n' +
    'the raw records behind it: `source` for the record its values come from first, `duplicate` for records of the\n' +
    'same session from other providers (with the match confidence), and every merge / unmerge decision with its\n' +
    'confidence and reasons. Split a wrong merge with trainkit unmerge. --json prints the same, records without payloads.',
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    from: { type: 'string', valueName: 'date', description: 'First local day, inclusive (default: the first)' },
    to: { type: 'string', valueName: 'date', description: 'Last local day, inclusive (default: the last)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['activities --user u1', 'activities --user u1 --from 2024-06-01 --to 2024-06-30', 'activities --user u1 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const from = parseDay(values.from, '--from');
    const to = parseDay(values.to, '--to');
    if (from !== undefined && to !== undefined && from > to) throw quantityError('--to', to, `a day on or after --from ${from}`);
    return withIngest(common, io, { userId, createUser: false }, async ({ trainkit, ingest }) => {
      await trainkit.users.get(userId);
      const activities = await readingStoredData(() =>
        ingest.listActivities({ userId, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }),
      );
      io.stdout.write(common.json ? `${JSON.stringify(activitiesJson(activities), null, 2)}\n` : formatActivities(activities));
      return 0;
    });
  },
});
