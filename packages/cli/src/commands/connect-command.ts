import { ValidationError } from '@trainkit/core';
import { OAuthError, PROVIDER_DEFAULTS, type AccountSummary, type CompleteAuthorizationInput, type OAuthFailure } from 'trainkit';
import { defineCommand } from '../cli-command.js';
import { parseProviderArgument } from '../connect/parse-provider-argument.js';
import { withConnections } from '../connect/with-connections.js';
import { UsageError } from '../usage-error.js';
import { parseUserOption } from '../units/parse-user-option.js';

const PATH = ['connect'] as const;

/** OAuth failures caused by what was passed on the command line (exit 2), with the option to blame. */
const INPUT_FAILURES: ReadonlySet<OAuthFailure> = new Set(['state_mismatch', 'state_expired', 'missing_code', 'provider_denied']);

/**
 * `trainkit connect <provider> --user <id>`: the OAuth flow in two steps. Without `--code` or `--callback-url` it
 * prints the provider's authorization URL for the athlete and its `state` (signed, valid 15 minutes; nothing is
 * stored). After the athlete approved, `--callback-url <the URL the provider redirected to>` (or `--code <code>`
 * with `--state <state>`) exchanges the code, identifies the provider's user and stores the account with its tokens
 * encrypted (`TRAINKIT_ENCRYPTION_KEY`). The athlete is created when missing, and removed again if the connection
 * fails. A state that was altered, expired or issued for another athlete, and a redirect carrying the provider's
 * refusal, are exit 2 (`VALIDATION_FAILED`, naming the option); a provider that refuses the code is exit 1 (`PROVIDER_FAILED`). Configuration comes from the
 * environment (`TRAINKIT_<PROVIDER>_CLIENT_ID`, `_CLIENT_SECRET`, `_REDIRECT_URI`, `_API_URL`, `_OAUTH_URL`).
 *
 * @example
 * ```ts
 * await runCli(['connect', 'strava', '--user', 'u1'], io);
 * await runCli(['connect', 'strava', '--user', 'u1', '--callback-url', 'http://localhost/oauth/strava/callback?state=...&code=...'], io);
 * ```
 */
export const connectCommand = defineCommand({
  path: PATH,
  summary: 'Connect a Strava, WHOOP, Oura or Garmin account (OAuth): print the URL, then store the account',
  description:
    'Step 1 (no --code, no --callback-url): prints the authorization URL to open in a browser, and its state.\n' +
    'Step 2: after approving, pass the URL the provider redirected to (--callback-url), or its code (--code, with\n' +
    '--state; for Strava also --scope, the granted scopes). The code is exchanged, the provider user identified and\n' +
    'the account stored with its tokens encrypted (AES-256-GCM, key from TRAINKIT_ENCRYPTION_KEY). Without --state the\n' +
    'code is trusted as pasted by you (not for Garmin, whose PKCE verifier comes from the state).\n' +
    'Needs TRAINKIT_<PROVIDER>_CLIENT_ID and _CLIENT_SECRET (and _REDIRECT_URI, as registered with the provider) and\n' +
    'TRAINKIT_ENCRYPTION_KEY. The athlete is created when missing (removed again if\n' +
    'the connection fails). See docs/guides/connections.md.',
  arguments: [{ name: 'provider', description: 'strava, whoop, oura or garmin' }],
  options: {
    user: { type: 'string', valueName: 'id', description: 'Athlete id (required; created when missing)' },
    code: { type: 'string', valueName: 'code', description: 'The authorization code of the redirect' },
    state: { type: 'string', valueName: 'state', description: 'The state printed by step 1 (and carried by the redirect)' },
    scope: { type: 'string', valueName: 'scopes', description: 'The granted scopes of the redirect (Strava)' },
    'callback-url': { type: 'string', valueName: 'url', description: 'The whole URL the provider redirected to' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'connect strava --user u1',
    "connect strava --user u1 --callback-url 'http://localhost/oauth/strava/callback?state=...&code=...&scope=read,activity:read_all'",
    'connect whoop --user u1 --code <code> --state <state>',
  ],
  run: async ({ values, positionals, common, io }) => {
    const provider = parseProviderArgument(positionals[0], PATH);
    const userId = parseUserOption(values.user, PATH);
    const callbackUrl = values['callback-url'];
    const { code, state, scope } = values;
    if (callbackUrl !== undefined && (code !== undefined || state !== undefined)) {
      throw new UsageError('give either --callback-url or --code (with --state), not both', PATH);
    }
    if (code === undefined && (state !== undefined || scope !== undefined)) {
      throw new UsageError('--state and --scope go with --code', PATH);
    }
    if (code !== undefined && state === undefined && PROVIDER_DEFAULTS[provider].pkce) {
      throw new UsageError(`${provider} needs --state with --code (its PKCE verifier comes from the state); or pass --callback-url`, PATH);
    }
    const step = callbackUrl === undefined && code === undefined ? 'authorize' : 'complete';
    return withConnections(common, io, step === 'complete' ? { user: { id: userId, create: true } } : {}, async ({ connections, createdUser }) => {
      if (step === 'authorize') {
        const { url, state: issued } = await connections.authorizationUrl({ provider, userId });
        if (common.json) {
          io.stdout.write(`${JSON.stringify({ provider, user: userId, url, state: issued }, null, 2)}\n`);
          return 0;
        }
        io.stdout.write(
          `Open this URL to connect ${provider} for ${userId}:\n\n  ${url}\n\nstate: ${issued}\n\n` +
            `Then pass the URL you are redirected to:\n  trainkit connect ${provider} --user ${userId} --callback-url '<redirect URL>'\n`,
        );
        return 0;
      }
      const input: CompleteAuthorizationInput =
        callbackUrl !== undefined
          ? { provider, callbackUrl, userId }
          : {
              provider,
              code: code ?? '',
              // Without --state the CLI issues one for this user: the code was pasted by the person at the terminal.
              state: state ?? (await connections.authorizationUrl({ provider, userId })).state,
              ...(scope === undefined ? {} : { scope }),
              userId,
            };
      let account: AccountSummary;
      try {
        account = await connections.completeAuthorization(input);
      } catch (error) {
        if (!(error instanceof OAuthError) || !INPUT_FAILURES.has(error.reason)) throw error;
        const option = callbackUrl !== undefined ? '--callback-url' : error.reason === 'missing_code' ? '--code' : '--state';
        throw new ValidationError('command line', [{ path: option, rule: error.reason, message: error.message.replace(/^[a-z]+: /, '') }]);
      }
      if (common.json) {
        io.stdout.write(`${JSON.stringify({ user: userId, created_user: createdUser, account }, null, 2)}\n`);
        return 0;
      }
      const scopes = account.scopes === null ? '' : ` (scopes ${account.scopes})`;
      io.stdout.write(
        `connected ${provider} account ${account.external_user_id} for ${userId}${scopes}; tokens stored encrypted\n` +
          `next: trainkit sync ${provider} --user ${userId}\n`,
      );
      return 0;
    });
  },
});
