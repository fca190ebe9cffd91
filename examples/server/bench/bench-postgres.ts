/** A PostgreSQL server for the benchmark: an admin URL (allowed to `create database`) and how to let it go. */
export interface BenchPostgres {
  readonly adminUrl: string;
  release(): Promise<void>;
}

/**
 * The PostgreSQL server of the run, as the storage benchmark finds it: `postgresUrl` when given (from
 * `TRAINKIT_BENCH_POSTGRES_URL`); otherwise a throwaway server started like the test setup does (fsync off). Returns
 * `undefined`, after logging why and how to enable it, when there is none.
 */
export async function openBenchPostgres(postgresUrl: string | null | undefined, log: (line: string) => void): Promise<BenchPostgres | undefined> {
  if (postgresUrl) return { adminUrl: postgresUrl, release: async () => {} };
  const howTo = 'set TRAINKIT_BENCH_POSTGRES_URL=postgres://user@host:port/postgres (a role allowed to create databases)';
  try {
    const { startPostgres } = await import('../../../test/setup/start-postgres.js');
    const server = await startPostgres();
    if (server.url) return { adminUrl: server.url, release: server.stop };
    log(`  postgres skipped: TRAINKIT_SKIP_POSTGRES=1 (${howTo})`);
  } catch (error) {
    log(`  postgres skipped: could not start a server (${error instanceof Error ? error.message : String(error)}); ${howTo}`);
  }
  return undefined;
}
