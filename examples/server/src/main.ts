// The example server: `node --conditions=source --import tsx src/main.ts`.
//   TRAINKIT_ADMIN_TOKEN  required: the admin bearer token (creates users, issues their tokens)
//   PORT                  default 3000 (0 picks a free port; the chosen one is printed)
//   DATABASE_URL          postgres://... for PostgreSQL; otherwise SQLite at TRAINKIT_DB (default ./trainkit.db)
//   TRAINKIT_ENCRYPTION_KEY, TRAINKIT_<PROVIDER>_CLIENT_ID / _CLIENT_SECRET / _REDIRECT_URI ...   optional: provider
//                         connections (OAuth, webhooks); see connectConfigFromEnv of `trainkit`
import { serve } from '@hono/node-server';
import { connectConfigFromEnv, createTrainkit, encryptionKeysFromEnv, seedCatalog, type ConnectOptions } from 'trainkit';
import { ensureApiTokensTable } from './api-tokens.js';
import { createServerApp } from './create-server-app.js';
import { openStorage } from './open-storage.js';

const adminToken = process.env.TRAINKIT_ADMIN_TOKEN?.trim();
if (adminToken === undefined || adminToken === '') {
  console.error('error: TRAINKIT_ADMIN_TOKEN is not set: export a long random secret (e.g. `openssl rand -hex 32`) and start again');
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
const trainkit = createTrainkit({ storage, ...(connect === undefined ? {} : { connect }) });
const app = createServerApp({ trainkit, storage, adminToken });

const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  console.log(`trainkit example server listening on http://${info.address}:${info.port} (${storage.location})`);
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close(() => {
    void storage.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
