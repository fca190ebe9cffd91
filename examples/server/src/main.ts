// The example server: `node --conditions=source --import tsx src/main.ts`.
//   TRAINKIT_ADMIN_TOKEN  required: the admin bearer token (creates users, issues their tokens)
//   PORT                  default 3000 (0 picks a free port; the chosen one is printed)
//   TRAINKIT_MAX_UPLOAD_BYTES  largest file upload (POST /me/imports), default 2 GiB
//   DATABASE_URL          postgres://... for PostgreSQL; otherwise SQLite at TRAINKIT_DB (default ./trainkit.db)
//   TRAINKIT_ENCRYPTION_KEY, TRAINKIT_<PROVIDER>_CLIENT_ID / _CLIENT_SECRET / _REDIRECT_URI ...   optional: provider
//                         connections (OAuth, webhooks); see connectConfigFromEnv of `trainkit`
//   TRAINKIT_ROLE=worker  (or --worker) only work jobs, no HTTP: PostgreSQL only, any number next to the servers;
//                         TRAINKIT_ROLE=server: HTTP only, jobs are queued for the workers; default: both in one process
//   TRAINKIT_JOB_CONCURRENCY, TRAINKIT_JOB_RETRY_LIMIT, TRAINKIT_JOB_RETRY_DELAY_SECONDS, TRAINKIT_JOB_EXPIRE_SECONDS,
//   TRAINKIT_JOB_POLL_SECONDS, TRAINKIT_JOB_MAINTENANCE_SECONDS   optional: queue tuning (see src/jobs)
//   TRAINKIT_JOB_RETENTION_DAYS  SQLite: days finished jobs are kept in server_jobs (default 7)
//   TRAINKIT_WEBHOOK_SWEEP_SECONDS  seconds between sweeps of webhook deliveries left unprocessed (default 300)
import { serve } from '@hono/node-server';
import { connectConfigFromEnv, createTrainkit, encryptionKeysFromEnv, seedCatalog, type ConnectOptions } from 'trainkit';
import { ensureApiTokensTable } from './api-tokens.js';
import { createServerApp } from './create-server-app.js';
import { startJobs } from './jobs/start-jobs.js';
import { DEFAULT_WEBHOOK_SWEEP_SECONDS, createWebhookJobScheduler } from './jobs/webhook-job-scheduler.js';
import { openStorage } from './open-storage.js';
import { finishInterruptedRuns } from './recovery/finish-interrupted-runs.js';

const workerOnly = process.argv.includes('--worker') || process.env.TRAINKIT_ROLE === 'worker';
if (workerOnly && !/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL?.trim() ?? '')) {
  console.error('error: worker mode needs DATABASE_URL=postgres://...: on SQLite the server works its jobs in its own process');
  process.exit(2);
}
const adminToken = process.env.TRAINKIT_ADMIN_TOKEN?.trim();
if (!workerOnly && (adminToken === undefined || adminToken === '')) {
  console.error('error: TRAINKIT_ADMIN_TOKEN is not set: export a long random secret (e.g. `openssl rand -hex 32`) and start again');
  process.exit(2);
}
const maxUploadBytes = process.env.TRAINKIT_MAX_UPLOAD_BYTES?.trim() ? Number(process.env.TRAINKIT_MAX_UPLOAD_BYTES) : undefined;
if (maxUploadBytes !== undefined && !(Number.isSafeInteger(maxUploadBytes) && maxUploadBytes > 0)) {
  console.error(`error: TRAINKIT_MAX_UPLOAD_BYTES must be a positive integer (bytes), got "${process.env.TRAINKIT_MAX_UPLOAD_BYTES}"`);
  process.exit(2);
}
const sweepSeconds = Number(process.env.TRAINKIT_WEBHOOK_SWEEP_SECONDS?.trim() || DEFAULT_WEBHOOK_SWEEP_SECONDS);
if (!(sweepSeconds > 0)) {
  console.error(`error: TRAINKIT_WEBHOOK_SWEEP_SECONDS must be a positive number, got "${process.env.TRAINKIT_WEBHOOK_SWEEP_SECONDS}"`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`error: PORT must be an integer between 0 and 65535, got "${process.env.PORT}"`);
  process.exit(2);
}

let connect: ConnectOptions | undefined;
try {
  const { providers } = connectConfigFromEnv(process.env);
  const wanted = Object.keys(providers).length > 0 || (process.env.TRAINKIT_ENCRYPTION_KEY ?? '').trim() !== '';
  connect = wanted ? { providers, keys: encryptionKeysFromEnv(process.env) } : undefined;
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const storage = await openStorage({ databaseUrl: process.env.DATABASE_URL, sqlitePath: process.env.TRAINKIT_DB ?? './trainkit.db' });
await seedCatalog(storage);
await ensureApiTokensTable(storage);
// Webhook deliveries are stored and acknowledged by the handler, then processed as `webhook-delivery` jobs.
const webhookJobs = createWebhookJobScheduler({ log: (message) => console.error(`warning: ${message}`) });
const trainkit = createTrainkit({ storage, ...(connect === undefined ? {} : { connect: { ...connect, scheduleWebhook: webhookJobs.schedule } }) });
// SQLite: this process alone owns the file, so runs still `running` were cut off by the last stop (before any job runs).
const interrupted = storage.dialect === 'sqlite' ? await finishInterruptedRuns(storage) : [];
if (interrupted.length > 0) console.log(`cancelled ${interrupted.length} ingestion run(s) interrupted by the last stop: ${interrupted.map((run) => run.runId).join(', ')}`);
const jobs = await startJobs({ trainkit, storage, databaseUrl: process.env.DATABASE_URL, workerOnly, env: process.env });
const stopSweeps = connect === undefined ? () => undefined : await webhookJobs.attach(jobs.queue, { sweepSeconds });
if (workerOnly) console.log(`trainkit worker working jobs (${storage.location})`);
const app = createServerApp({ trainkit, storage, adminToken: adminToken ?? '', jobs: jobs.queue, ...(maxUploadBytes === undefined ? {} : { limits: { maxUploadBytes } }) });

const server = workerOnly ? undefined : serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  console.log(`trainkit example server listening on http://${info.address}:${info.port} (${storage.location})`);
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  stopSweeps();
  const closeAll = () => void jobs.stop().finally(() => storage.close()).finally(() => process.exit(0));
  if (server === undefined) closeAll();
  else server.close(closeAll);
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
