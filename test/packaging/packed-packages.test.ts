/**
 * The packages as a user gets them: every published package is built and packed (`pnpm pack`), each tarball passes
 * `publint --strict` and `@arethetypeswrong/cli` for every entry, and fresh npm consumer projects (PostgreSQL only,
 * SQLite only) install the tarballs, type-check with `skipLibCheck: false` and run with `import` and `require()`.
 * The PostgreSQL consumer installs the lowest zod the peer range admits, the SQLite consumer the newest.
 *
 * The consumer part installs from the npm registry (and compiles better-sqlite3): a few minutes. While iterating,
 * `TRAINKIT_SKIP_CONSUMER_INSTALL=1` skips it; `npm test` always runs it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerEnv, installConsumer, installedPackages, writeConsumerManifest } from './consumer-project.js';
import { buildAndPack, root, workspacePackages, type PackedPackage } from './pack-workspace.js';
import { describeResult, runCommand } from './run-command.js';

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const packages = workspacePackages();
const work = mkdtempSync(join(tmpdir(), 'trainkit-packaging-'));
let packed: PackedPackage[] = [];

beforeAll(async () => {
  packed = await buildAndPack(join(work, 'tarballs'));
}, 1_200_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function tarballOf(name: string): PackedPackage {
  const found = packed.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
}

async function tarballFiles(tarball: string): Promise<string[]> {
  const list = await runCommand('tar', ['-tzf', tarball], { cwd: work });
  expect(list.exitCode, describeResult('tar -tzf', list)).toBe(0);
  return list.stdout.split('\n').filter(Boolean).map((file) => file.replace(/^package\//, ''));
}

interface AttwReport {
  readonly analysis: { readonly problems?: readonly { readonly kind: string }[]; readonly entrypoints?: Record<string, unknown> };
  readonly problems?: Record<string, readonly unknown[]>;
}

/** `attw` on a tarball: every entry of `exports`, resolved as node10, node16 from CJS and from ESM, and bundler. */
async function attw(tarball: string) {
  const result = await runCommand(bin('attw'), [tarball, '--format', 'json', '--profile', 'strict'], { cwd: work, timeoutMs: 300_000 });
  const report = JSON.parse(result.stdout) as AttwReport;
  return { result, report };
}

function publint(tarball: string) {
  return runCommand(bin('publint'), ['run', '--strict', '--pack', 'false', tarball], { cwd: work, timeoutMs: 300_000 });
}

describe('packed tarballs', () => {
  it.each(packages.map((pkg) => [pkg.name, pkg] as const))(
    '%s: contains its builds (ESM, CommonJS, both declaration kinds) for every entry and no tests',
    async (name, pkg) => {
      const files = await tarballFiles(tarballOf(name).tarball);
      expect(files).toContain('package.json');
      expect(files).toContain('LICENSE');
      expect(files).toContain('README.md');
      for (const entry of pkg.entries) {
        const base = entry === '.' ? 'dist/index' : `dist/${entry.slice(2)}/index`;
        for (const extension of ['.js', '.cjs', '.d.ts', '.d.cts']) expect(files, `${entry}${extension}`).toContain(`${base}${extension}`);
        // node10 (no `exports`) finds a subpath through a folder with its own package.json.
        if (entry !== '.') expect(files).toContain(`${entry.slice(2)}/package.json`);
      }
      expect(files.filter((file) => /\.test\.ts$|(^|\/)test-support\/|pgl-tmp/.test(file))).toEqual([]);
    },
  );

  it.each(packages.map((pkg) => [pkg.name] as const))('%s: publint --strict reports nothing', async (name) => {
    const result = await publint(tarballOf(name).tarball);
    expect(result.exitCode, describeResult('publint', result)).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it.each(packages.map((pkg) => [pkg.name, pkg] as const))(
    '%s: arethetypeswrong finds no problem in any entry under any resolution',
    async (name, pkg) => {
      // No problem kind is ignored: the strict profile checks node10, node16 (CJS and ESM) and bundler.
      const { result, report } = await attw(tarballOf(name).tarball);
      expect(report.analysis.problems ?? [], describeResult('attw', result)).toEqual([]);
      expect(Object.keys(report.analysis.entrypoints ?? {}).sort()).toEqual(
        [...pkg.entries, './package.json'].sort(),
      );
      expect(result.exitCode, describeResult('attw', result)).toBe(0);
    },
  );

  it('every package that uses zod declares it as a peer with one range, never as a dependency', async () => {
    const ranges = new Map<string, string | undefined>();
    for (const pkg of packed) {
      const manifest = await runCommand('tar', ['-xzOf', pkg.tarball, 'package/package.json'], { cwd: work });
      const { dependencies = {}, peerDependencies = {} } = JSON.parse(manifest.stdout) as Record<string, Record<string, string> | undefined>;
      expect(dependencies.zod, `${pkg.name} dependencies.zod`).toBeUndefined();
      ranges.set(pkg.name, peerDependencies.zod);
    }
    expect(ranges.size).toBe(packages.length);
    expect(new Set(ranges.values()), JSON.stringify(Object.fromEntries(ranges))).toEqual(new Set([ranges.get('@trainkit/core')]));
    expect(ranges.get('@trainkit/core')).toMatch(/^\^4\./);
  });

  it('the CLI tarball ships its executable (ESM, with a shebang), and the built executable runs', async () => {
    const cli = tarballOf('@trainkit/cli');
    const manifest = await runCommand('tar', ['-xzOf', cli.tarball, 'package/package.json'], { cwd: work });
    const { bin: executables } = JSON.parse(manifest.stdout) as { bin: Record<string, string> };
    expect(executables).toEqual({ trainkit: './dist/bin.js' });
    expect(await tarballFiles(cli.tarball)).toContain('dist/bin.js');
    const built = join(root, 'packages', 'cli', 'dist', 'bin.js');
    expect(readFileSync(built, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const help = await runCommand(process.execPath, [built, '--help'], { cwd: work, env: consumerEnv() });
    expect(help.exitCode, describeResult('trainkit --help', help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: trainkit /);
  });

  it('both checks fail on a package with the problems this build avoids (ESM-only exports, types after import)', async () => {
    const dir = join(work, 'broken');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.js'), 'export const answer = 42;\n');
    writeFileSync(join(dir, 'dist', 'index.d.ts'), 'export declare const answer: number;\n');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'broken-package', version: '1.0.0', type: 'module', license: 'MIT', files: ['dist'],
        exports: { '.': { import: './dist/index.js', types: './dist/index.d.ts' } },
      }),
    );
    const pack = await runCommand('npm', ['pack', '--pack-destination', work], { cwd: dir, env: consumerEnv() });
    expect(pack.exitCode, describeResult('npm pack', pack)).toBe(0);
    const tarball = join(work, 'broken-package-1.0.0.tgz');
    const lint = await publint(tarball);
    expect(lint.exitCode, describeResult('publint', lint)).not.toBe(0);
    const types = await attw(tarball);
    expect(types.result.exitCode).not.toBe(0);
    expect((types.report.analysis.problems ?? []).length).toBeGreaterThan(0);
  });
});

/** One fresh consumer project: which driver it installs and which it must not get. */
interface ConsumerCase {
  readonly dialect: 'postgres' | 'sqlite';
  readonly drivers: Readonly<Record<string, string>>;
  readonly absent: readonly string[];
  readonly program: string;
}

/** The lowest zod the packages' (single) peer range admits: the PostgreSQL consumer installs it, the SQLite one the newest. */
function lowestZodAllowed(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8')) as {
    peerDependencies: { zod: string };
  };
  const versions = [...manifest.peerDependencies.zod.matchAll(/\^(\d+)\.(\d+)\.(\d+)/g)].map((match) => match.slice(1).map(Number));
  versions.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  if (!versions[0]) throw new Error(`cannot read the lowest version of zod ${manifest.peerDependencies.zod}`);
  return versions[0].join('.');
}

const CONSUMERS: readonly ConsumerCase[] = [
  {
    dialect: 'postgres',
    drivers: { pg: '8.23.1', 'pg-copy-streams': '7.0.0', zod: lowestZodAllowed() },
    absent: ['better-sqlite3', '@electric-sql/pglite', 'kysely-pglite'],
    program: 'postgres-program.ts',
  },
  {
    dialect: 'sqlite',
    drivers: { 'better-sqlite3': '12.11.1' },
    absent: ['pg', 'pg-copy-streams', '@electric-sql/pglite', 'kysely-pglite'],
    program: 'sqlite-program.ts',
  },
];

/** tsconfigs of the consumer: ESM and CommonJS under nodenext (emitted, then run), bundler, and node10 CommonJS. */
const TSCONFIGS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out', rootDir: 'src', files: ['src/main.ts', 'src/main.cts'] },
  bundler: { module: 'esnext', moduleResolution: 'bundler', noEmit: true, files: ['src/main.ts'] },
  // zod's own CommonJS declarations default-import their locales: node10 projects need esModuleInterop (tsc --init's default).
  node10: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, noEmit: true, files: ['src/main.cts'] },
} as const;

function writeTsconfigs(dir: string): void {
  for (const [name, { files, ...options }] of Object.entries(TSCONFIGS)) {
    const compilerOptions = {
      target: 'es2022', lib: ['es2023'], types: ['node'], strict: true, skipLibCheck: false, noEmitOnError: true, ...options,
    };
    writeFileSync(join(dir, `tsconfig.${name}.json`), `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  }
}

const skipConsumers = process.env.TRAINKIT_SKIP_CONSUMER_INSTALL === '1';
const postgresUrl = inject('postgresUrl');

describe.skipIf(skipConsumers).each(CONSUMERS)('a fresh $dialect consumer of the tarballs', (consumer) => {
  const dir = join(work, `consumer-${consumer.dialect}`);
  let target = '';
  let dropDatabase: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (consumer.dialect === 'sqlite') {
      target = join(dir, 'trainkit.db');
      return;
    }
    if (!postgresUrl) return;
    const database = `trainkit_packaging_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${database}`;
    target = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${database} with (force)`);
      await client.end();
    };
  });

  afterAll(() => dropDatabase());

  it('installs trainkit and the storage adapter with only its own driver', { timeout: 1_200_000 }, async () => {
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeConsumerManifest(dir, `consumer-${consumer.dialect}`, packed, ['trainkit', '@trainkit/storage-kysely'], consumer.drivers);
    const measured = await installConsumer(dir);
    console.log(
      `[packaging] ${consumer.dialect} consumer: npm install ${measured.seconds.toFixed(1)} s, ` +
        `node_modules ${measured.nodeModulesMegabytes.toFixed(1)} MB, ${measured.packageCount} packages`,
    );
    const installed = installedPackages(dir);
    for (const name of ['trainkit', '@trainkit/storage-kysely', '@trainkit/core', 'kysely', 'zod', ...Object.keys(consumer.drivers)]) {
      expect(installed, name).toContain(name);
    }
    for (const name of consumer.absent) expect(installed, `${name} must not be installed`).not.toContain(name);
    const zod = JSON.parse(readFileSync(join(dir, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string };
    console.log(`[packaging] ${consumer.dialect} consumer: zod ${zod.version}`);
    if (consumer.drivers.zod) expect(zod.version).toBe(consumer.drivers.zod);
  });

  it('type-checks with skipLibCheck: false as nodenext ESM, nodenext CommonJS, bundler and node10 CommonJS', { timeout: 600_000 }, async () => {
    // Type-checking tools only, after the install was measured.
    const tools = await runCommand('npm', ['install', '--no-save', '--no-audit', '--no-fund', '@types/node@20.19.43'], {
      cwd: dir, env: consumerEnv(), timeoutMs: 600_000,
    });
    expect(tools.exitCode, describeResult('npm install @types/node', tools)).toBe(0);
    const program = join(import.meta.dirname, 'consumer', consumer.program);
    copyFileSync(program, join(dir, 'src', 'main.ts'));
    copyFileSync(program, join(dir, 'src', 'main.cts'));
    writeTsconfigs(dir);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const name of Object.keys(TSCONFIGS)) {
      const check = await runCommand(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: dir, timeoutMs: 600_000 });
      expect(check.exitCode, describeResult(`tsc -p tsconfig.${name}.json`, check)).toBe(0);
    }
    expect(readFileSync(join(dir, 'out', 'main.js'), 'utf8')).toMatch(/^import .* from 'trainkit';$/m);
    expect(readFileSync(join(dir, 'out', 'main.cjs'), 'utf8')).toContain('require("trainkit")');
  });

  // Without a PostgreSQL server (TRAINKIT_SKIP_POSTGRES=1) the PostgreSQL runs report themselves skipped.
  it.skipIf(consumer.dialect === 'postgres' && !postgresUrl).each([
    ['import', 'main.js', 'esm'],
    ['require()', 'main.cjs', 'commonjs'],
  ] as const)('runs with %s: storage, migrations, a user, a logged run, a fatigue report', { timeout: 300_000 }, async (_how, file, moduleFormat) => {
    const userId = `athlete_${moduleFormat}`;
    const run = await runCommand(process.execPath, [join('out', file), target, userId], { cwd: dir, env: consumerEnv(), timeoutMs: 300_000 });
    expect(run.exitCode, describeResult(`node ${file}`, run)).toBe(0);
    const printed = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(printed).toMatchObject({ dialect: consumer.dialect, moduleFormat, userId, disciplineId: 'dis_running', formatMatches: true });
    expect(printed.ctl).toBeGreaterThan(0);
  });

  it('one process that loads both builds still recognises every trainkit error (the dual-package hazard)', { timeout: 120_000 }, async () => {
    copyFileSync(join(import.meta.dirname, 'consumer', 'dual-package.mjs'), join(dir, 'dual-package.mjs'));
    const run = await runCommand(process.execPath, ['dual-package.mjs'], { cwd: dir, env: consumerEnv() });
    expect(run.exitCode, describeResult('node dual-package.mjs', run)).toBe(0);
    const checks = JSON.parse(run.stdout.trim()) as Record<string, boolean>;
    expect(Object.keys(checks).length).toBeGreaterThanOrEqual(6);
    for (const [check, passed] of Object.entries(checks)) expect(passed, check).toBe(true);
  });
});
