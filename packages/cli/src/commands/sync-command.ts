import { NotFoundError } from '@trainkit/core';
import { OAuthError } from 'trainkit';
import { defineCommand } from '../cli-command.js';
import { formatSyncSummary, syncSummaryJson } from '../connect/format-sync-summary.js';
import { parseProviderArgument } from '../connect/parse-provider-argument.js';
import { withConnections } from '../connect/with-connections.js';
import { EXIT_CODES } from '../exit-codes.js';
import { createProgressBar } from '../ingest/progress-bar.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { parseDateBound } from '../connect/parse-date-bound.js';

const PATH = ['sync'] as const;

/** Stops that end the command in failure: the account needs reconnecting, or the run failed. */
const FAILED_STOPS = new Set(['unauthorized', 'error']);

/**
 * `trainkit sync <provider> --user <id> [--since <date>] [--until <date>]`: syncs a connected account into the raw
 * lake and the history (`trainkit.connections.sync`). Without dates it continues from the cursor of the last run
 * (the first sync fetches everything); `--since` / `--until` backfill a range. A progress bar on a terminal stderr
 * (never with `--json`, nor with `--verbose`, whose log lines show the progress instead), then the run summary: status, counts, pages, requests, and why it stopped early (a rate
 * limit, with when to continue; the next `trainkit sync` resumes from the stored cursor).
 *
 * Exit codes: 0 when the run finished or stopped for a rate limit or the request budget (a `note:` says when to
 * continue); 1 when it stopped on an error or the provider refused the account (reconnect it); 2 for a provider
 * that is not configured, a missing `TRAINKIT_ENCRYPTION_KEY`, or an account that is not connected.
 *
 * @example
 * ```ts
 * await runCli(['sync', 'strava', '--user', 'u1', '--since', '2026-01-01'], io);
 * ```
 */
export const syncCommand = defineCommand({
  path: PATH,
  summary: 'Sync a connected account (incremental from the last run, or a --since/--until backfill)',
  description:
    'Fetches what is new since the last run (resuming from its stored cursor), or with --since/--until a date range,\n' +
    'and stores every page as received before normalizing it. Rate limits are waited out while short; a longer one\n' +
    '(such as Strava\'s daily limit) ends the run partial with its cursor and says when to continue: run the same\n' +
    'command again then. Exit 0 when done or stopped for a limit, 1 when the run failed or the provider refused the\n' +
    'account (reconnect with trainkit connect), 2 for missing configuration or an account that is not connected.',
  arguments: [{ name: 'provider', description: 'strava, whoop, oura or garmin' }],
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    since: { type: 'string', valueName: 'date', description: 'Backfill from this day (YYYY-MM-DD) or instant' },
    until: { type: 'string', valueName: 'date', description: 'Backfill up to this day or instant (default now)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['sync strava --user u1', 'sync whoop --user u1 --since 2026-01-01', 'sync oura --user u1 --json'],
  run: async ({ values, positionals, common, io }) => {
    const provider = parseProviderArgument(positionals[0], PATH);
    const userId = parseUserOption(values.user, PATH);
    const since = parseDateBound(values.since, '--since');
    const until = parseDateBound(values.until, '--until');
    // With --verbose the log lines are the progress: a bar redrawn between them would mix with them.
    const bar = createProgressBar(io.stderr, { enabled: io.stderr.isTTY === true && !common.json && !common.verbose, now: () => io.now() });
    const summary = await withConnections(common, io, { user: { id: userId, create: false } }, async ({ connections }) => {
      try {
        return await connections.sync({
          provider,
          userId,
          ...(since === undefined ? {} : { since }),
          ...(until === undefined ? {} : { until }),
          onProgress: (progress) =>
            bar.update(provider, { phase: `${progress.resource} page ${progress.page}, ${progress.requests} requests`, records: progress.records }),
        });
      } catch (error) {
        if (error instanceof OAuthError && error.reason === 'not_connected') {
          throw new NotFoundError('external_provider_accounts', `${provider} account of user ${userId} (connect it: trainkit connect ${provider} --user ${userId})`, { cause: error });
        }
        throw error;
      } finally {
        bar.done();
      }
    });
    const failed = summary.stopped !== null && FAILED_STOPS.has(summary.stopped.reason);
    if (common.json) {
      io.stdout.write(`${JSON.stringify(syncSummaryJson(userId, summary), null, 2)}\n`);
    } else {
      io.stdout.write(formatSyncSummary(userId, summary));
      const { stopped } = summary;
      if (stopped !== null && !failed) {
        const when = stopped.retryAt === null ? 'again' : `after ${stopped.retryAt}`;
        io.stderr.write(`note: stopped early (${stopped.reason}); run 'trainkit sync ${provider} --user ${userId}' ${when} to continue\n`);
      } else if (stopped?.reason === 'unauthorized') {
        io.stderr.write(`error: ${provider} refused the account's tokens; reconnect it with 'trainkit connect ${provider} --user ${userId}'\n`);
      } else if (stopped !== null) {
        io.stderr.write(`error: the sync stopped: ${stopped.message.split('\n')[0] ?? ''}\n`);
      }
    }
    return failed ? EXIT_CODES.failure : EXIT_CODES.ok;
  },
});
