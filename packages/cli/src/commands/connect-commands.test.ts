import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConnectLogEntry } from '../connect/format-connect-log-entry.js';
import { formatSyncSummary } from '../connect/format-sync-summary.js';
import { parseDateBound } from '../connect/parse-date-bound.js';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

afterAll(removeTempDirs);

const KEY = randomBytes(32).toString('base64');
const STRAVA = {
  TRAINKIT_STRAVA_CLIENT_ID: '4242',
  TRAINKIT_STRAVA_CLIENT_SECRET: 'the-client-secret-of-this-test',
  TRAINKIT_STRAVA_REDIRECT_URI: 'http://localhost/oauth/strava/callback',
  TRAINKIT_STRAVA_OAUTH_URL: 'http://127.0.0.1:9/oauth',
};

describe('connect, sync, accounts and keys rotate: configuration and command-line mistakes', () => {
  const cwd = makeTempDir();
  const run = (argv: string[], env: Record<string, string> = { TRAINKIT_ENCRYPTION_KEY: KEY, ...STRAVA }) => runInProcess(argv, { cwd, env });
  /** Creates the athlete with a logged run (as a user of the CLI would), so it exists before connecting. */
  const logRun = async (userId: string) => expect((await run(['log', 'cardio', '--user', userId, '--activity', 'running', '--duration', '30m'])).code).toBe(0);

  it.each([
    [['connect', 'strava', '--user', 'u1']],
    [['sync', 'strava', '--user', 'u1']],
    [['accounts', '--user', 'u1']],
    [['keys', 'rotate']],
  ])('%j without TRAINKIT_ENCRYPTION_KEY: one line, exit 2, no stack, no database opened', async (argv) => {
    const result = await run([...argv, '--db', 'nokey.db'], STRAVA);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: TRAINKIT_ENCRYPTION_KEY is not set: provider tokens are only stored encrypted; set it to base64 of 32 random bytes (openssl rand -base64 32)\n',
    });
    expect(existsSync(join(cwd, 'nokey.db'))).toBe(false);
    const json = await run([...argv, '--db', 'nokey.db', '--json'], STRAVA);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'CONFIG_INVALID', exit_code: 2 } });
  });

  it('a malformed key and a half-configured provider are one line each, naming the variable and never its value', async () => {
    const bad = await run(['accounts', '--user', 'u1'], { TRAINKIT_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(bad).toMatchObject({ code: 2, stderr: 'error: TRAINKIT_ENCRYPTION_KEY decodes to 5 bytes, expected 32 (openssl rand -base64 32)\n' });
    const half = await run(['connect', 'whoop', '--user', 'u1'], { TRAINKIT_ENCRYPTION_KEY: KEY, TRAINKIT_WHOOP_CLIENT_SECRET: 'whoop-secret-value' });
    expect(half.code).toBe(2);
    expect(half.stderr).toBe('error: TRAINKIT_WHOOP_CLIENT_SECRET is set but TRAINKIT_WHOOP_CLIENT_ID is not: set both to connect whoop, or neither\n');
    expect(half.stderr).not.toContain('whoop-secret-value');
  });

  it('a provider without a client is a configuration error naming the variables to set', async () => {
    expect(await run(['connect', 'oura', '--user', 'u1'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: oura is not configured: set TRAINKIT_OURA_CLIENT_ID and TRAINKIT_OURA_CLIENT_SECRET (and TRAINKIT_OURA_REDIRECT_URI), or pass connect.providers.oura\n',
    });
  });

  it('prints the authorization URL and its state without creating the athlete, as text and as JSON', async () => {
    const text = await run(['connect', 'strava', '--user', 'u1']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const url = new URL(/^ {2}(http\S+)$/m.exec(text.stdout)?.[1] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:9/oauth/authorize');
    expect(url.searchParams.get('client_id')).toBe('4242');
    expect(url.searchParams.get('redirect_uri')).toBe(STRAVA.TRAINKIT_STRAVA_REDIRECT_URI);
    expect(text.stdout).toContain(`state: ${url.searchParams.get('state') ?? ''}\n`);
    expect(text.stdout).toContain("trainkit connect strava --user u1 --callback-url '<redirect URL>'");
    expect(text.stdout).not.toContain(STRAVA.TRAINKIT_STRAVA_CLIENT_SECRET);
    const json = JSON.parse((await run(['connect', 'strava', '--user', 'u1', '--json'])).stdout) as { url: string; state: string; provider: string; user: string };
    expect(json).toMatchObject({ provider: 'strava', user: 'u1' });
    expect(new URL(json.url).searchParams.get('state')).toBe(json.state);
    expect(await run(['accounts', '--user', 'u1'])).toMatchObject({ code: 2, stderr: 'error: user not found: u1\n' });
  });

  it.each([
    [['connect', 'fitbit', '--user', 'u1'], "error: unknown provider 'fitbit': expected one of strava, whoop, oura, garmin (run 'trainkit connect --help' for usage)"],
    [['connect', 'strava', '--user', 'u1', '--code', 'c', '--callback-url', 'http://localhost/cb'], "error: give either --callback-url or --code (with --state), not both (run 'trainkit connect --help' for usage)"],
    [['connect', 'strava', '--user', 'u1', '--state', 's'], "error: --state and --scope go with --code (run 'trainkit connect --help' for usage)"],
    [['connect', 'garmin', '--user', 'u1', '--code', 'c'], "error: garmin needs --state with --code (its PKCE verifier comes from the state); or pass --callback-url (run 'trainkit connect --help' for usage)"],
    [['sync', 'strava', '--user', 'u1', '--since', '2026-13-01'], "error: invalid --since: expected a day (YYYY-MM-DD) or an ISO-8601 instant, got '2026-13-01'"],
    [['sync', 'strava'], "error: --user is required (run 'trainkit sync --help' for usage)"],
  ])('%j exits 2 with one line', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('a connection that fails leaves no athlete behind when the command created it, and keeps one that existed', async () => {
    // A forged state is refused before anything reaches the provider.
    const forged = await run(['connect', 'strava', '--user', 'gone', '--code', 'c', '--state', 'forged']);
    expect(forged).toMatchObject({ code: 2, stdout: '' });
    expect(forged.stderr).toMatch(/^note: created user 'gone'\nnote: removed user 'gone' again: nothing was connected\nerror: invalid --state: .*state.*\n$/);
    expect(await run(['accounts', '--user', 'gone'])).toMatchObject({ code: 2, stderr: 'error: user not found: gone\n' });
    await logRun('kept');
    const refused = await run(['connect', 'strava', '--user', 'kept', '--callback-url', 'http://localhost/oauth/strava/callback?code=c&state=forged']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: invalid --callback-url: .*state.*\n$/);
    expect(await run(['accounts', '--user', 'kept'])).toMatchObject({ code: 0 });
  });

  it('sync of an athlete without a connected account says how to connect it', async () => {
    await logRun('u2');
    const result = await run(['sync', 'strava', '--user', 'u2']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: external_provider_accounts not found: strava account of user u2 (connect it: trainkit connect strava --user u2)\n',
    });
  });

  it('accounts of an athlete with none, and keys rotate of a database with none', async () => {
    await logRun('u3');
    expect(await run(['accounts', '--user', 'u3'])).toEqual({ code: 0, stdout: 'no connected accounts for u3 (trainkit connect <provider> --user u3)\n', stderr: '' });
    expect(JSON.parse((await run(['accounts', '--user', 'u3', '--json'])).stdout)).toEqual([]);
    expect(await run(['keys', 'rotate'])).toEqual({ code: 0, stdout: 're-encrypted the tokens of 0 of 0 accounts under the active key\n', stderr: '' });
  });
});

describe('connect formatting', () => {
  it('parseDateBound takes days and instants with an offset, as given', () => {
    expect(parseDateBound(undefined, '--since')).toBeUndefined();
    expect(parseDateBound('2026-02-28', '--since')).toBe('2026-02-28');
    expect(parseDateBound('2026-02-28T06:00:00+01:00', '--until')).toBe('2026-02-28T06:00:00+01:00');
    for (const bad of ['2026-02-30', '2026-02-28T06:00:00', 'yesterday', '']) expect(() => parseDateBound(bad, '--since')).toThrow(/invalid --since|--since/);
  });

  it('property: every valid day and every offset instant passes as given; a log entry is always one line', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        expect(parseDateBound(day, '--since')).toBe(day);
        expect(parseDateBound(date.toISOString(), '--until')).toBe(date.toISOString());
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()), (message, fields) => {
        expect(formatConnectLogEntry({ level: 'warn', message, provider: 'oura', fields })).not.toMatch(/[\n\r]/);
      }),
    );
  });

  it('formats a log entry on one line and a sync summary with why it stopped', () => {
    expect(formatConnectLogEntry({ level: 'info', message: 'page stored\nsecond line', provider: 'strava', userId: 'u1', fields: { page: 2 } })).toBe(
      'info: strava u1: page stored {"page":2}',
    );
    expect(formatConnectLogEntry({ level: 'debug', message: 'GET /athlete' })).toBe('debug: GET /athlete');
    const run = { id: 'run_1', provider: 'strava', kind: 'sync', status: 'partial', user_id: 'u1' };
    const text = formatSyncSummary('u1', {
      run: run as never,
      counts: { seen: 3, new: 3, updated: 0, unchanged: 0, failed: 0, skipped: 0 },
      pages: 1,
      requests: 7,
      cursor: null,
      stopped: { reason: 'rate_limited', retryAt: '2026-12-04T00:00:00.000Z', message: 'daily limit spent' },
    });
    expect(text).toBe(
      'strava sync for u1: run run_1 (strava, sync) partial\n' +
        '  records   3 seen: 3 new, 0 updated, 0 unchanged, 0 failed, 0 skipped\n' +
        '  pages     1\n' +
        '  requests  7\n' +
        '  stopped   rate_limited: daily limit spent (continue after 2026-12-04T00:00:00.000Z)\n',
    );
  });
});
