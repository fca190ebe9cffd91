/**
 * `src/main.ts` runs as a user would run it: a real process on a free port over a fresh SQLite file, answering
 * over HTTP, stopped with SIGTERM.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'trainkit-example-server-'));
const NODE_ARGS = ['--conditions=source', '--import', 'tsx', 'src/main.ts'];
const ADMIN = 'process-test-admin-token';

function startServer(): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, NODE_ARGS, {
    cwd: serverDir,
    env: { ...process.env, NO_COLOR: '1', PORT: '0', TRAINKIT_ADMIN_TOKEN: ADMIN, TRAINKIT_DB: join(dir, 'server.db'), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe('examples/server main', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start without TRAINKIT_ADMIN_TOKEN: one clear line, exit 2', { timeout: 60_000 }, async () => {
    const env = { ...process.env, TRAINKIT_ADMIN_TOKEN: '', PORT: '0', TRAINKIT_DB: join(dir, 'unused.db') };
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, NODE_ARGS, { cwd: serverDir, env, timeout: 60_000 }, (_error, _stdout, stderr) =>
        resolve({ code: child.exitCode, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('TRAINKIT_ADMIN_TOKEN');
  });

  it('serves over HTTP: health, a user and token, a logged workout read back, then stops on SIGTERM', { timeout: 120_000 }, async () => {
    const server = startServer();
    try {
      const base = await server.url;
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
      const created = await fetch(`${base}/users`, { method: 'POST', headers: admin, body: JSON.stringify({ id: 'http_athlete', timeZone: 'Europe/Berlin' }) });
      expect(created.status).toBe(201);
      const issued = await fetch(`${base}/users/http_athlete/tokens`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` } });
      expect(issued.status).toBe(201);
      const { token } = (await issued.json()) as { token: string };
      const user = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const logged = await fetch(`${base}/me/logs`, {
        method: 'POST', headers: user,
        body: JSON.stringify({ kind: 'cardio', entry: { activity: 'running', start: '2024-06-10T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 } }),
      });
      expect(logged.status).toBe(201);
      const listed = (await (await fetch(`${base}/me/activities?from=2024-06-10&to=2024-06-10`, { headers: user })).json()) as {
        activity: { duration_seconds: number; distance_m: number | null; source: string };
      }[];
      expect(listed).toHaveLength(1);
      expect(listed[0]?.activity).toMatchObject({ duration_seconds: 2700, distance_m: 10_000, source: 'manual' });
      const unauthorized = await fetch(`${base}/me/activities`);
      expect(unauthorized.status).toBe(401);
      expect(unauthorized.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      const exited = new Promise<number | null>((resolve) => server.child.on('exit', (code) => resolve(code)));
      server.child.kill('SIGTERM');
      expect(await exited, server.output()).toBe(0);
    }
  });
});
