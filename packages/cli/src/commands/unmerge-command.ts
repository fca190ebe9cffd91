import { defineCommand } from '../cli-command.js';
import { activityName, formatDecision } from '../ingest/format-activities.js';
import { withIngest } from '../ingest/with-ingest.js';
import { parseUserOption } from '../units/parse-user-option.js';

const PATH = ['unmerge'] as const;

/**
 * `trainkit unmerge <activity-id> --user <id> [--record <raw-record-id>]`: undoes a merge
 * (`trainkit.ingest.unmerge`): the raw record (default: every `duplicate` of the activity) is split into an activity
 * of its own, the merged activity is rebuilt from what remains, and an `unmerge` decision is stored, so matching
 * never joins them again, not even after a replay. `--user` is required: the pipeline works per athlete, and an
 * activity id of another athlete is not found (exit 2). Ids come from `trainkit activities`.
 *
 * @example
 * ```ts
 * await runCli(['unmerge', 'act_01', '--user', 'u1', '--record', 'raw_07'], io);
 * ```
 */
export const unmergeCommand = defineCommand({
  path: PATH,
  summary: 'Split raw records out of a merged activity (the split survives replays)',
  description:
    'Splits the raw record given with --record (default: every record linked to the activity as a duplicate) into\n' +
    'an activity of its own and rebuilds the merged activity from the records that remain. An unmerge decision is\n' +
    'stored: matching never joins them again, including after trainkit replay. --user is required because activities\n' +
    'are looked up per athlete. Take the ids from trainkit activities.',
  arguments: [{ name: 'activity-id', description: 'The merged activity (an id from trainkit activities)' }],
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    record: { type: 'string', valueName: 'raw-record-id', description: 'The raw record to split out (default: every duplicate)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['unmerge act_01 --user u1', 'unmerge act_01 --user u1 --record raw_07 --json'],
  run: async ({ values, positionals, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const [activityInstanceId = ''] = positionals;
    return withIngest(common, io, { userId, createUser: false }, async ({ trainkit, ingest }) => {
      await trainkit.users.get(userId);
      const result = await ingest.unmerge({
        userId,
        activityInstanceId,
        ...(values.record === undefined ? {} : { externalRecordId: values.record }),
      });
      if (common.json) {
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const lines = [`unmerged ${activityInstanceId} (${activityName(result.remaining)} on ${result.remaining.local_date}):`];
      for (const part of result.split) {
        lines.push(`  raw record ${part.externalRecordId} is now activity ${part.activity.id} (${part.activity.provider ?? part.activity.source})`);
      }
      lines.push(`  ${result.remaining.id} keeps the rest`);
      for (const decision of result.decisions) lines.push(`  ${formatDecision(decision)}`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    });
  },
});
