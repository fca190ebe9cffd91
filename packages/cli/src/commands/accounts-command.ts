import { defineCommand } from '../cli-command.js';
import { withConnections } from '../connect/with-connections.js';
import { formatTable } from '../format/format-table.js';
import { parseUserOption } from '../units/parse-user-option.js';

const PATH = ['accounts'] as const;

/** An instant without its milliseconds, or `-`. */
function instant(value: string | null | undefined): string {
  return value === null || value === undefined ? '-' : value.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `trainkit accounts --user <id> [--json]`: the athlete's connected provider accounts (never their tokens):
 * provider, the provider's user id, status (`active`, `expired`: reconnect, `revoked`), granted scopes, when the
 * access token expires, and the last sync run (status and when it started). `--json` prints the account rows (without
 * the encrypted token columns) with their last sync run.
 *
 * @example
 * ```ts
 * await runCli(['accounts', '--user', 'u1', '--json'], io);
 * ```
 */
export const accountsCommand = defineCommand({
  path: PATH,
  summary: 'List connected provider accounts and their last sync',
  description:
    'One line per connected account: provider, the provider\'s user id, status (active; expired: reconnect it;\n' +
    'revoked), granted scopes, token expiry and the last sync run. Tokens are never printed, not even encrypted.',
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required)' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['accounts --user u1', 'accounts --user u1 --json'],
  run: async ({ values, common, io }) => {
    const userId = parseUserOption(values.user, PATH);
    return withConnections(common, io, { user: { id: userId, create: false } }, async ({ connections }) => {
      const accounts = await connections.accounts(userId);
      if (common.json) {
        io.stdout.write(`${JSON.stringify(accounts.map(({ account, lastSync }) => ({ account, last_sync: lastSync })), null, 2)}\n`);
        return 0;
      }
      if (accounts.length === 0) {
        io.stdout.write(`no connected accounts for ${userId} (trainkit connect <provider> --user ${userId})\n`);
        return 0;
      }
      const table = formatTable(
        [
          { header: 'Provider' }, { header: 'Account' }, { header: 'Status' }, { header: 'Scopes' }, { header: 'Token expires' },
          { header: 'Last sync' }, { header: 'Run' },
        ],
        accounts.map(({ account, lastSync }) => [
          account.provider,
          account.external_user_id,
          account.status,
          account.scopes ?? '-',
          instant(account.token_expires_at),
          lastSync === null ? 'never' : `${lastSync.status} ${instant(lastSync.started_at)}`,
          lastSync?.id ?? '-',
        ]),
      );
      io.stdout.write(table.endsWith('\n') ? table : `${table}\n`);
      return 0;
    });
  },
});
