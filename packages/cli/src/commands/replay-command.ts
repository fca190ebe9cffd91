import { ProviderInputSchema, PROVIDERS, type Provider } from '@trainkit/core';
import { defineCommand } from '../cli-command.js';
import { createProgressBar } from '../ingest/progress-bar.js';
import { reportIngestRuns } from '../ingest/report-ingest-runs.js';
import { stopOnInterrupt } from '../ingest/stop-on-interrupt.js';
import { withIngest } from '../ingest/with-ingest.js';
import { parseUserOption } from '../units/parse-user-option.js';
import { UsageError } from '../usage-error.js';

const PATH = ['replay'] as const;

function parseProvider(text: string | undefined): Provider | undefined {
  if (text === undefined) return undefined;
  const parsed = ProviderInputSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(`unknown provider '${text}': expected one of ${PROVIDERS.join(', ')}`, PATH);
  return parsed.data;
}

/**
 * `trainkit replay --user <id> [--provider p]`: rebuilds the athlete's canonical rows from the raw lake with the
 * current normalizer versions, without any network (`trainkit.ingest.replay`): one run of kind `replay` per provider,
 * summarized like an import. A replay of an unchanged lake changes no canonical row; unmerges are kept. An unknown
 * athlete is exit 2; Ctrl-C stops it after the page being written (its run ends `cancelled`, exit 130).
 *
 * @example
 * ```ts
 * await runCli(['replay', '--user', 'u1'], io);
 * ```
 */
export const replayCommand = defineCommand({
  path: PATH,
  summary: 'Rebuild canonical rows from the raw lake with the current normalizers (no network)',
  description:
    'Reads every stored raw record of the athlete (or of one provider) and normalizes it again with the current\n' +
    'normalizer versions: rows that come out the same are left alone (a replay of an unchanged lake changes nothing),\n' +
    'changed ones are rewritten, and merges are decided again; records split with trainkit unmerge stay apart.\n' +
    'One run of kind replay per provider, summarized like an import. Ctrl-C stops it after the page being written\n' +
    '(its run ends cancelled, exit 130); replaying again completes it.',
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
    provider: { type: 'string', valueName: 'provider', description: `Only this provider's records (${PROVIDERS.join(', ')})` },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['replay --user u1', 'replay --user u1 --provider strava --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    const provider = parseProvider(values.provider);
    const bar = createProgressBar(io.stderr, { enabled: io.stderr.isTTY === true && !common.json, now: () => io.now() });
    return withIngest(common, io, { userId, createUser: false, closeInterrupted: true }, async ({ trainkit, ingest, createdUser }) => {
      await trainkit.users.get(userId);
      let summaries;
      let interrupted;
      try {
        [summaries, interrupted] = await stopOnInterrupt(io, async (signal) => [
          await ingest.replay({
            userId,
            ...(provider === undefined ? {} : { provider }),
            signal,
            onProgress: (progress) => bar.update(`replay ${provider ?? 'all providers'}`, progress),
          }),
          signal.aborted,
        ] as const);
      } finally {
        bar.done();
      }
      if (summaries.length === 0 && !common.json) io.stdout.write(`nothing to replay: no raw records${provider === undefined ? '' : ` from ${provider}`} for ${userId}\n`);
      const runs = summaries.map((summary) => ({ label: `replay ${summary.run.provider}`, summary }));
      return reportIngestRuns(runs, { common, io, userId, createdUser, interrupted });
    });
  },
});
