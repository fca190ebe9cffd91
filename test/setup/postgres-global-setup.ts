/**
 * vitest global setup: one real PostgreSQL server for the whole run (see start-postgres.ts), handed to tests as
 * `inject('postgresUrl')`. Several projects share the server; the last one out stops it.
 * `TRAINKIT_SKIP_POSTGRES=1` skips it; PostgreSQL tests then report themselves skipped.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningServer } from './start-postgres.js';

const STATE_KEY = Symbol.for('trainkit.test.postgres');
type GlobalWithState = typeof globalThis & { [STATE_KEY]?: Promise<RunningServer> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const state = globalThis as GlobalWithState;
  state[STATE_KEY] ??= startPostgres();
  const server = await state[STATE_KEY];
  server.users += 1;
  project.provide('postgresUrl', server.url);
  return async () => {
    server.users -= 1;
    if (server.users === 0) {
      delete state[STATE_KEY];
      await server.stop();
    }
  };
}
