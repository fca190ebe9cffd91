/**
 * Issue 10 end to end, through the `trainkit` command line against a loopback Strava (the provider-shaped fake API of
 * `@trainkit/connect`'s test support, fronted by an OAuth token endpoint that hands out fresh random tokens and
 * rotates the refresh token on every refresh): `connect` prints the authorization URL, `connect --callback-url`
 * stores the account, `sync` backfills and then continues incrementally (also after the provider expired the access
 * token: one refresh), `accounts --json` lists the account without its tokens, `keys rotate` re-encrypts under a new
 * key (the old one in `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS`), and a sync still works under the new key. Then every row
 * of every table of the SQLite file, and every stdout / stderr line (with `--verbose`, connect's log lines), is
 * scanned for every access and refresh token the provider issued, the client secret and the authorization code:
 * none is found. A missing `TRAINKIT_ENCRYPTION_KEY` is one line and exit 2 from the real `trainkit` process.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../packages/cli/src/index.js';
import { OAUTH_FAILURES, PROVIDER_HTTP_FAILURES, TOKEN_VAULT_FAILURES, WEBHOOK_VERIFICATION_FAILURES } from '../packages/connect/src/index.js';
import { createFakeDataset, createFakeProviderApi, fakeApiUrls } from '../packages/connect/src/test-support/fake-provider-api.js';
import { startTestServer } from '../packages/connect/src/test-support/start-test-server.js';

const ROOT = join(import.meta.dirname, '..');
const CLIENT_ID = '4242';
const CLIENT_SECRET = `strava-client-secret-${randomBytes(12).toString('hex')}`;
const CODE = `authorization-code-${randomBytes(8).toString('hex')}`;
const REDIRECT_URI = 'http://localhost/oauth/strava/callback';
const ATHLETE = 48151623;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The fake Strava: the connect test-support API, and `/strava/oauth/token` + `/deauthorize` in front of it. */
async function startStrava() {
  const api = createFakeProviderApi({ dataset: createFakeDataset({ start: '2026-11-01', days: 12 }), tokens: [] });
  const issued: string[] = [];
  const refreshTokens = new Set<string>();
  let codeSpent = false;
  const reply = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const server = await startTestServer(async (request) => {
    if (!request.url.pathname.startsWith('/strava/oauth/')) return api.handle(request);
    const form = new URLSearchParams(request.body);
    if (request.url.pathname === '/strava/oauth/deauthorize') return reply(200, {});
    if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) return reply(401, { message: 'Bad Request' });
    const grant = form.get('grant_type');
    const granted =
      (grant === 'authorization_code' && form.get('code') === CODE && form.get('redirect_uri') === REDIRECT_URI && !codeSpent) ||
      (grant === 'refresh_token' && refreshTokens.delete(form.get('refresh_token') ?? ''));
    if (!granted) return reply(400, { message: 'Bad Request', errors: [{ resource: 'RefreshToken', field: 'refresh_token', code: 'invalid' }] });
    if (grant === 'authorization_code') codeSpent = true;
    const access = `stravaAccess${randomBytes(16).toString('hex')}`;
    const refresh = `stravaRefresh${randomBytes(16).toString('hex')}`;
    issued.push(access, refresh);
    refreshTokens.add(refresh);
    api.acceptTokens([access]);
    return reply(200, {
      token_type: 'Bearer',
      access_token: access,
      refresh_token: refresh,
      expires_at: Math.floor(Date.now() / 1000) + 21_600,
      expires_in: 21_600,
      athlete: { id: ATHLETE },
    });
  });
  return { api, server, issued };
}

describe('trainkit connect, sync, accounts and keys rotate against a loopback Strava', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'trainkit-e2e-connect-'));
  dirs.push(cwd);
  const db = join(cwd, 'trainkit.db');
  const firstKey = randomBytes(32).toString('base64');
  const secondKey = randomBytes(32).toString('base64');
  let strava: Awaited<ReturnType<typeof startStrava>>;
  let env: Record<string, string>;
  const output: string[] = [];

  beforeAll(async () => {
    strava = await startStrava();
    env = {
      TRAINKIT_ENCRYPTION_KEY: firstKey,
      TRAINKIT_STRAVA_CLIENT_ID: CLIENT_ID,
      TRAINKIT_STRAVA_CLIENT_SECRET: CLIENT_SECRET,
      TRAINKIT_STRAVA_REDIRECT_URI: REDIRECT_URI,
      TRAINKIT_STRAVA_API_URL: fakeApiUrls(strava.server.url).strava,
      TRAINKIT_STRAVA_OAUTH_URL: `${strava.server.url}/strava/oauth`,
    };
  });
  afterAll(async () => strava.server.close());

  /** Runs `trainkit` in-process in `cwd` with `--verbose` (connect's log lines on stderr) unless `quiet`; records every line written. */
  async function trainkit(argv: readonly string[], options: { env?: Record<string, string>; tty?: boolean; quiet?: boolean } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text), ...(options.tty === true ? { isTTY: true, columns: 120 } : {}) },
      env: options.env ?? env,
      now: () => new Date(),
      cwd,
    };
    const code = await runCli([...argv, '--db', db, ...(options.quiet === true ? [] : ['--verbose'])], io);
    output.push(...out, ...err);
    return { code, stdout: out.join(''), stderr: err.join('') };
  }

  it('connect prints the authorization URL and its state, then stores the account from the redirect URL', async () => {
    const first = await trainkit(['connect', 'strava', '--user', 'athlete_1', '--json']);
    expect(first.code).toBe(0);
    const { url, state } = JSON.parse(first.stdout) as { url: string; state: string };
    const authorize = new URL(url);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${strava.server.url}/strava/oauth/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: 'code', state });

    const callbackUrl = `${REDIRECT_URI}?state=${encodeURIComponent(state)}&code=${CODE}&scope=read,activity:read_all`;
    const connected = await trainkit(['connect', 'strava', '--user', 'athlete_1', '--callback-url', callbackUrl]);
    expect(connected.code).toBe(0);
    expect(connected.stdout).toBe(
      `connected strava account ${ATHLETE} for athlete_1 (scopes read activity:read_all); tokens stored encrypted\nnext: trainkit sync strava --user athlete_1\n`,
    );
    expect(connected.stderr).toContain("note: created user 'athlete_1'\n");
    // The same redirect again: the code was spent at the provider, which refuses it.
    const again = await trainkit(['connect', 'strava', '--user', 'athlete_1', '--callback-url', callbackUrl]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: strava: .+\n$/m);
    expect(again.stderr).not.toContain(CODE);
  });

  it('sync backfills with a progress bar and a summary, continues incrementally, and refreshes an expired token once', async () => {
    const backfill = await trainkit(['sync', 'strava', '--user', 'athlete_1', '--since', '2026-11-01', '--until', '2026-11-13'], { tty: true, quiet: true });
    expect(backfill.code).toBe(0);
    expect(backfill.stdout).toMatch(/^strava sync for athlete_1: run \S+ \(strava, backfill\) succeeded\n {2}records {3}\d+ seen: [1-9]\d* new, /);
    expect(backfill.stdout).toMatch(/^ {2}pages {5}[1-9]\d*$/m);
    expect(backfill.stdout).toMatch(/^ {2}requests {2}[1-9]\d*$/m);
    expect(backfill.stderr).toContain('\r\u001b[Kstrava  ');
    expect(backfill.stderr).toMatch(/activities page \d+, \d+ requests/);

    const incremental = await trainkit(['sync', 'strava', '--user', 'athlete_1', '--json']);
    expect(incremental.code).toBe(0);
    const summary = JSON.parse(incremental.stdout) as { run: { kind: string; status: string }; stopped: unknown; cursor: unknown };
    expect(summary).toMatchObject({ run: { kind: 'sync', status: 'succeeded' }, stopped: null });
    expect(summary.cursor).not.toBeNull();

    const issued = strava.issued.length;
    strava.api.acceptTokens([]); // the provider expires the access token
    const refreshed = await trainkit(['sync', 'strava', '--user', 'athlete_1']);
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toMatch(/\(strava, sync\) succeeded\n/);
    expect(strava.issued.length).toBe(issued + 2);
  });

  it('accounts --json lists the account and its last sync, never a token column', async () => {
    const listed = await trainkit(['accounts', '--user', 'athlete_1', '--json']);
    expect(listed.code).toBe(0);
    const [entry, ...rest] = JSON.parse(listed.stdout) as { account: Record<string, unknown>; last_sync: { status: string; kind: string } }[];
    expect(rest).toEqual([]);
    expect(entry?.account).toMatchObject({ provider: 'strava', external_user_id: String(ATHLETE), status: 'active' });
    expect(Object.keys(entry?.account ?? {}).filter((key) => key.includes('token_encrypted'))).toEqual([]);
    expect(entry?.last_sync).toMatchObject({ status: 'succeeded', kind: 'sync' });
    const text = await trainkit(['accounts', '--user', 'athlete_1']);
    expect(text.stdout).toMatch(/^Provider +Account +Status +Scopes +Token expires +Last sync +Run\n/);
    expect(text.stdout).toMatch(new RegExp(`^strava +${ATHLETE} +active +read activity:read_all +\\S+ +succeeded \\S+ +\\S+$`, 'm'));
  });

  it('keys rotate re-encrypts under a new key, and the account keeps working under it', async () => {
    const rotateEnv = { ...env, TRAINKIT_ENCRYPTION_KEY: secondKey, TRAINKIT_PREVIOUS_ENCRYPTION_KEYS: firstKey };
    expect(await trainkit(['keys', 'rotate'], { env: rotateEnv })).toMatchObject({
      code: 0,
      stdout: 're-encrypted the tokens of 1 of 1 accounts under the active key\n',
    });
    expect((await trainkit(['keys', 'rotate', '--json'], { env: rotateEnv })).stdout).toBe('{\n  "accounts": 1,\n  "rotated": 0\n}\n');
    const onlyNewKey = { ...env, TRAINKIT_ENCRYPTION_KEY: secondKey };
    strava.api.acceptTokens([]);
    const afterRotation = await trainkit(['sync', 'strava', '--user', 'athlete_1'], { env: onlyNewKey });
    expect(afterRotation.code).toBe(0);
    expect(afterRotation.stdout).toMatch(/\(strava, sync\) succeeded\n/);
    // The old key alone no longer opens the tokens.
    const oldKeyOnly = await trainkit(['sync', 'strava', '--user', 'athlete_1']);
    expect(oldKeyOnly.code).not.toBe(0);
    expect(oldKeyOnly.stderr).toMatch(/^error: .*key/m);
  });

  it('no plaintext token, client secret or code in any row of any table, or in any output or log line', async () => {
    expect(strava.issued.length).toBeGreaterThanOrEqual(6);
    const storage = await createSqliteStorage({ path: db });
    try {
      const { database } = storage.native;
      const rows = (sql: string) => database.prepare(sql).all() as Record<string, unknown>[];
      const tables = rows("select name from sqlite_master where type = 'table'").map((row) => String(row.name));
      expect(tables).toEqual(expect.arrayContaining(['external_provider_accounts', 'external_activity_records', 'external_ingestion_runs']));
      const values = tables.flatMap((table) =>
        rows(`select * from "${table}"`).flatMap((row) => Object.values(row).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''))),
      );
      expect(values.filter((value) => value.startsWith('tkv1.'))).toHaveLength(2);
      expect(rows('select count(*) as n from external_activity_records')[0]?.n).toBeGreaterThan(0);
      const logLines = output.join('').split('\n');
      expect(logLines.filter((line) => /^(debug|info|warn|error): strava/.test(line)).length).toBeGreaterThan(0);
      const raw = readFileSync(db);
      for (const secret of [...strava.issued, CLIENT_SECRET, CODE]) {
        expect(values.filter((value) => value.includes(secret))).toEqual([]);
        expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
        expect(raw.includes(Buffer.from(secret))).toBe(false);
      }
    } finally {
      await storage.close();
    }
  });

  it('the real trainkit process without TRAINKIT_ENCRYPTION_KEY prints one line and exits 2, opening nothing', async () => {
    const bin = join(ROOT, 'packages', 'cli', 'src', 'bin.ts');
    const target = join(cwd, 'never-created.db');
    const { TRAINKIT_ENCRYPTION_KEY: _key, ...withoutKey } = env;
    const failure = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', bin, 'sync', 'strava', '--user', 'athlete_1', '--db', target],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...withoutKey } },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'error: TRAINKIT_ENCRYPTION_KEY is not set: provider tokens are only stored encrypted; set it to base64 of 32 random bytes (openssl rand -base64 32)\n',
    });
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});

describe('the connections guide', () => {
  it('documents every failure reason of connect', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'connections.md'), 'utf8');
    for (const reason of [...PROVIDER_HTTP_FAILURES, ...OAUTH_FAILURES, ...TOKEN_VAULT_FAILURES, ...WEBHOOK_VERIFICATION_FAILURES]) {
      expect(guide, reason).toMatch(new RegExp(`\`${reason}\``));
    }
  });
});
