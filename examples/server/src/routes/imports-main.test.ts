/** `POST /me/imports` against the real process (`src/main.ts`) over HTTP, with `TRAINKIT_MAX_UPLOAD_BYTES` set. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'trainkit-imports-main-'));
const ADMIN = 'imports-process-admin-token';
const LIMIT = 64 * 1024;

describe('examples/server main: file imports', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a FIT upload over HTTP and refuses one over TRAINKIT_MAX_UPLOAD_BYTES with 413, then keeps serving', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, NO_COLOR: '1', PORT: '0', TRAINKIT_ADMIN_TOKEN: ADMIN, TRAINKIT_DB: join(dir, 'server.db'), DATABASE_URL: '', TRAINKIT_MAX_UPLOAD_BYTES: String(LIMIT), TMPDIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    });
    try {
      const base = await url;
      const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
      expect((await fetch(`${base}/users`, { method: 'POST', headers: admin, body: JSON.stringify({ id: 'uploader' }) })).status).toBe(201);
      const { token } = (await (await fetch(`${base}/users/uploader/tokens`, { method: 'POST', headers: admin })).json()) as { token: string };
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' };

      const fit = readFileSync(new URL('../../../../packages/providers/src/garmin/fixtures/run.fit', import.meta.url));
      const imported = await fetch(`${base}/me/imports?filename=run.fit`, { method: 'POST', headers, body: fit });
      expect(imported.status, output).toBe(201);
      const { runs } = (await imported.json()) as { runs: { status: string; provider: string }[] };
      expect(runs).toMatchObject([{ provider: 'garmin', status: 'succeeded' }]);

      const tooLarge = await fetch(`${base}/me/imports?filename=big.fit`, { method: 'POST', headers, body: Buffer.alloc(LIMIT + 1) });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.get('content-type')).toContain('application/problem+json');
      // Chunked, no Content-Length: cut off while streaming.
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 4 * LIMIT) return controller.close();
          sent += 8192;
          controller.enqueue(new Uint8Array(8192));
        },
      });
      const streamed = await fetch(`${base}/me/imports`, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(readdirSync(dir).filter((name) => name.startsWith('trainkit-upload-'))).toEqual([]);
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const listed = (await (await fetch(`${base}/me/activities`, { headers })).json()) as unknown[];
      expect(listed).toHaveLength(1);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
