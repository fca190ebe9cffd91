import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServerApp } from '../create-server-app.js';
import { ADMIN_TOKEN, bearer, createTestServer, json, stravaActivitiesPage } from '../test-server.js';
import { DEFAULT_DISCARD_BOUNDS } from '../uploads/discard-rest-of-body.js';

type TestServer = Awaited<ReturnType<typeof createTestServer>>;
type App = ReturnType<typeof createServerApp>;
interface RunJson { runId: string; provider: string; status: string; counts: Record<string, number>; failures: { code: string; message: string }[] }

const FIXTURES = new URL('../../../../packages/providers/src/', import.meta.url);
const SMALL_LIMIT = 4096;

let server: TestServer;
let uploadDir: string;
let app: App;
let small: App;
let zipPath: string;

beforeAll(async () => {
  server = await createTestServer();
  uploadDir = mkdtempSync(join(tmpdir(), 'trainkit-imports-test-'));
  app = createServerApp({ trainkit: server.trainkit, storage: server.storage, adminToken: ADMIN_TOKEN, limits: { maxJsonBytes: 64 * 1024, uploadDir } });
  small = createServerApp({ trainkit: server.trainkit, storage: server.storage, adminToken: ADMIN_TOKEN, limits: { maxUploadBytes: SMALL_LIMIT, uploadDir } });
  // A realistic export.zip from the providers' generator (test support, not a published entry point).
  const generator = (await import(/* @vite-ignore */ new URL('apple-health/testing/index.ts', FIXTURES).pathname)) as {
    writeAppleHealthExportZip(path: string, options: Record<string, unknown>): Promise<{ workouts: number }>;
  };
  zipPath = join(uploadDir, '..', `trainkit-imports-test-export-${process.pid}.zip`);
  const written = await generator.writeAppleHealthExportZip(zipPath, { seed: 7, startDate: '2024-05-01', days: 10, timeZone: 'Europe/Berlin', units: 'metric' });
  expect(written.workouts).toBeGreaterThan(0);
});
afterAll(async () => {
  await server.storage.close();
  rmSync(uploadDir, { recursive: true, force: true });
  rmSync(zipPath, { force: true });
});

async function createUser(id: string): Promise<string> {
  expect((await app.request('/users', json('POST', { id, timeZone: 'Europe/Berlin' }, ADMIN_TOKEN))).status).toBe(201);
  const issued = await app.request(`/users/${id}/tokens`, { method: 'POST', ...bearer(ADMIN_TOKEN) });
  return ((await issued.json()) as { token: string }).token;
}

/** An upload request: the body as given (bytes, text or a stream, sent as a stream with `duplex: 'half'`). */
function upload(token: string, body: RequestInit['body'], headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST', body, duplex: 'half',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', ...headers },
  } as RequestInit;
}

const importsPath = (filename?: string) => (filename === undefined ? '/me/imports' : `/me/imports?filename=${encodeURIComponent(filename)}`);

async function expectProblem(response: Response, status: number, code?: string): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), code: expect.any(String) });
  if (code !== undefined) expect(body.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  return body;
}

function expectNoTempFiles() {
  expect(readdirSync(uploadDir)).toEqual([]);
}

/** A body stream of `chunks` chunks of `size` bytes that records how often it was pulled. */
function countingStream(chunks: number, size: number) {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls += 1;
      if (state.pulls > chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x41));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, state };
}

describe('POST /me/imports', () => {
  let token: string;
  let other: string;
  beforeAll(async () => {
    token = await createUser('importer');
    other = await createUser('bystander');
  });

  it('imports a FIT file streamed as the body: 201 with its run; the activity is listed; no temp file is left', async () => {
    const fit = readFileSync(new URL('garmin/fixtures/run.fit', FIXTURES));
    const response = await app.request(importsPath('morning run.fit'), upload(token, fit));
    expect(response.status).toBe(201);
    const { runs } = (await response.json()) as { runs: RunJson[] };
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ provider: 'garmin', status: 'succeeded', failures: [] });
    expect(runs[0]?.counts.new).toBeGreaterThan(0);
    expectNoTempFiles();
    const activities = (await (await app.request('/me/activities', bearer(token))).json()) as { sources: { record: { provider: string } }[] }[];
    expect(activities.some((entry) => entry.sources.some((source) => source.record.provider === 'garmin'))).toBe(true);
    const listed = (await (await app.request('/me/runs', bearer(token))).json()) as { run: { id: string } }[];
    expect(listed.map((entry) => entry.run.id)).toContain(runs[0]?.runId);
  });

  it('imports an Apple Health export.zip sent as a ReadableStream (chunk by chunk), detected by content whatever its name', async () => {
    const bytes = readFileSync(zipPath);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 64 * 1024)));
        offset += 64 * 1024;
      },
    }, { highWaterMark: 0 });
    const response = await app.request(importsPath('whatever.bin'), upload(token, stream, { 'content-type': 'application/zip' }));
    expect(response.status).toBe(201);
    const { runs } = (await response.json()) as { runs: RunJson[] };
    expect(runs).toHaveLength(1);
    expect(runs[0]?.provider).toBe('apple_health');
    expect(['succeeded', 'partial']).toContain(runs[0]?.status);
    expect(runs[0]?.counts.new).toBeGreaterThan(0);
    expectNoTempFiles();
    const activities = (await (await app.request('/me/activities?from=2024-05-01&to=2024-05-10', bearer(token))).json()) as { sources: { record: { provider: string } }[] }[];
    expect(activities.some((entry) => entry.sources.some((source) => source.record.provider === 'apple_health'))).toBe(true);
  });

  it('answers a streamed body growing past the limit with 413, then drops the rest it is sent: no run stored, no temp file left', async () => {
    const before = (await server.trainkit.ingest.listRuns({ userId: 'importer' })).length;
    const { stream, state } = countingStream(64, 1024);
    await expectProblem(await small.request('/me/imports', upload(token, stream)), 413, 'PAYLOAD_TOO_LARGE');
    expect(state.pulls).toBeGreaterThan(SMALL_LIMIT / 1024);
    // The rest of the body is read and dropped in the background (so a real client still sending reads its 413).
    await vi.waitFor(() => expect(state.pulls).toBe(65));
    expect(state.cancelled).toBe(false);
    expect((await server.trainkit.ingest.listRuns({ userId: 'importer' })).length).toBe(before);
    expectNoTempFiles();
    expect((await small.request('/health')).status).toBe(200);
  });

  it('drops at most DEFAULT_DISCARD_BOUNDS.maxBytes of a refused body, then cancels it (a client that never stops)', async () => {
    const endless = countingStream(Number.POSITIVE_INFINITY, 64 * 1024);
    await expectProblem(await small.request('/me/imports', upload(token, endless.stream)), 413, 'PAYLOAD_TOO_LARGE');
    await vi.waitFor(() => expect(endless.state.cancelled).toBe(true));
    const chunksRead = endless.state.pulls;
    expect(chunksRead * 64 * 1024).toBeGreaterThan(DEFAULT_DISCARD_BOUNDS.maxBytes);
    expect((chunksRead - 2) * 64 * 1024).toBeLessThanOrEqual(DEFAULT_DISCARD_BOUNDS.maxBytes + SMALL_LIMIT);
    expectNoTempFiles();
  });

  it('answers a declared Content-Length over the limit with 413 without storing any of the body', async () => {
    const before = (await server.trainkit.ingest.listRuns({ userId: 'importer' })).length;
    const { stream, state } = countingStream(64, 1024);
    await expectProblem(await small.request('/me/imports', upload(token, stream, { 'content-length': String(64 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
    await vi.waitFor(() => expect(state.pulls).toBe(65));
    expect((await server.trainkit.ingest.listRuns({ userId: 'importer' })).length).toBe(before);
    expectNoTempFiles();
  });

  it('accepts a body just under the limit (the limit is on bytes, not on requests)', async () => {
    const fit = readFileSync(new URL('garmin/fixtures/truncated.fit', FIXTURES));
    expect(fit.length).toBeLessThan(SMALL_LIMIT);
    const response = await small.request(importsPath('truncated.fit'), upload(token, fit));
    expect([201, 422]).toContain(response.status);
    expectNoTempFiles();
  });

  it('answers a non-zip called .zip with a 422 problem naming the failed run (typed failure); the server keeps serving', async () => {
    const body = await expectProblem(await app.request(importsPath('export.zip'), upload(token, 'this is not a zip archive at all\n')), 422, 'IMPORT_FAILED');
    expect(body.reason).toBe('unsupported_file');
    expect(body.detail).toContain('export.zip');
    expect(body.detail).not.toContain(uploadDir);
    const runs = body.runs as RunJson[];
    expect(runs[0]?.status).toBe('failed');
    expectNoTempFiles();
    expect((await app.request('/health')).status).toBe(200);
  });

  it('answers a truncated zip (no central directory) with a 422 problem; nothing but the failed run is stored', async () => {
    const bytes = readFileSync(zipPath);
    const activitiesBefore = (await server.trainkit.ingest.listActivities({ userId: 'importer' })).length;
    const body = await expectProblem(await app.request(importsPath('export.zip'), upload(token, bytes.subarray(0, Math.floor(bytes.length / 2)))), 422, 'IMPORT_FAILED');
    expect(body.reason).toBe('unsupported_file');
    expect(body.detail).toMatch(/zip/);
    expect((await server.trainkit.ingest.listActivities({ userId: 'importer' })).length).toBe(activitiesBefore);
    expectNoTempFiles();
  });

  it('answers a zip bomb with a 422 suspicious_archive problem without inflating it; nothing but the failed run is stored', async () => {
    const writer = (await import(/* @vite-ignore */ new URL('apple-health/testing/write-zip.ts', FIXTURES).pathname)) as {
      writeZip(path: string, entries: { name: string; data: Iterable<string> }[], options?: { level?: number }): Promise<{ bytes: number }>;
    };
    const bombPath = join(uploadDir, '..', `trainkit-imports-test-bomb-${process.pid}.zip`);
    const padding = ' '.repeat(1024 * 1024);
    await writer.writeZip(bombPath, [{ name: 'apple_health_export/export.xml', data: ['<HealthData>', ...Array.from({ length: 32 }, () => padding), '</HealthData>'] }], { level: 9 });
    try {
      const activitiesBefore = (await server.trainkit.ingest.listActivities({ userId: 'importer' })).length;
      const body = await expectProblem(await app.request(importsPath('export.zip'), upload(token, readFileSync(bombPath))), 422, 'IMPORT_FAILED');
      expect(body.reason).toBe('suspicious_archive');
      expect(body.detail).toMatch(/would inflate \d+:1 \(over 200:1\)/);
      expect((await server.trainkit.ingest.listActivities({ userId: 'importer' })).length).toBe(activitiesBefore);
      expectNoTempFiles();
      expect((await app.request('/health')).status).toBe(200);
    } finally {
      rmSync(bombPath, { force: true });
    }
  });

  it('answers an unknown format and an empty body with problems', async () => {
    const unknown = await expectProblem(await app.request(importsPath('notes.txt'), upload(token, 'hello')), 422, 'IMPORT_FAILED');
    expect(unknown.reason).toBe('unsupported_file');
    await expectProblem(await app.request('/me/imports', upload(token, new Uint8Array(0))), 400, 'EMPTY_UPLOAD');
    expectNoTempFiles();
  });

  it('needs a user token (401, body never read) and never shows one user\'s imports to another', async () => {
    const { stream, state } = countingStream(4, 16);
    await expectProblem(await app.request('/me/imports', { method: 'POST', body: stream, duplex: 'half' } as RequestInit), 401, 'UNAUTHORIZED');
    expect(state.pulls).toBe(0);
    const mine = await server.trainkit.ingest.listActivities({ userId: 'importer' });
    const myRuns = await server.trainkit.ingest.listRuns({ userId: 'importer' });
    expect(mine.length).toBeGreaterThan(0);
    for (const path of ['/me/activities', '/me/runs']) {
      const text = await (await app.request(path, bearer(other))).text();
      expect(text).not.toContain('importer');
      for (const entry of mine) expect(text).not.toContain(entry.activity.id);
      for (const entry of myRuns) expect(text).not.toContain(entry.run.id);
    }
  });
});

describe('POST /me/ingest/{provider}/{resource}', () => {
  let token: string;
  beforeAll(async () => {
    token = await createUser('payload_user');
  });

  it('ingests a Strava activities page as the API returned it: 201 with the run; the activities are listed', async () => {
    const response = await app.request('/me/ingest/strava/activities', json('POST', stravaActivitiesPage(), token));
    expect(response.status).toBe(201);
    const run = (await response.json()) as RunJson;
    expect(run).toMatchObject({ provider: 'strava', status: 'succeeded', failures: [] });
    expect(run.counts.new).toBe(4);
    const activities = (await (await app.request('/me/activities', bearer(token))).json()) as unknown[];
    expect(activities.length).toBe(4);
  });

  it('answers malformed JSON with a 422 problem whose run records the typed failure', async () => {
    const body = await expectProblem(await app.request('/me/ingest/strava/activities', json('POST', '[{"id": 1, "name": ', token)), 422, 'INGEST_FAILED');
    expect(body.reason).toBe('invalid_json');
    const runs = body.runs as RunJson[];
    expect(runs[0]?.status).toBe('failed');
    const listed = (await (await app.request('/me/runs', bearer(token))).json()) as { run: { id: string; status: string }; failures: { code: string }[] }[];
    const stored = listed.find((entry) => entry.run.id === runs[0]?.runId);
    expect(stored?.run.status).toBe('failed');
    expect(stored?.failures[0]?.code).toBe(body.reason);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('answers an unknown provider or resource with 404, storing no run', async () => {
    const before = (await server.trainkit.ingest.listRuns({ userId: 'payload_user' })).length;
    await expectProblem(await app.request('/me/ingest/myspace/activities', json('POST', '[]', token)), 404, 'NOT_FOUND');
    await expectProblem(await app.request('/me/ingest/strava/nope', json('POST', '[]', token)), 404, 'NOT_FOUND');
    await expectProblem(await app.request('/me/ingest/strava/__proto__', json('POST', '[]', token)), 404, 'NOT_FOUND');
    expect((await server.trainkit.ingest.listRuns({ userId: 'payload_user' })).length).toBe(before);
  });

  it('keeps the JSON body limit (413) and needs a token (401)', async () => {
    await expectProblem(await app.request('/me/ingest/strava/activities', json('POST', `[${'1,'.repeat(40 * 1024)}1]`, token)), 413, 'PAYLOAD_TOO_LARGE');
    await expectProblem(await app.request('/me/ingest/strava/activities', json('POST', '[]')), 401, 'UNAUTHORIZED');
  });
});
