/**
 * The root entry loads no database driver, and each dialect entry loads only its own driver, only when a storage
 * opens; a driver that is not installed is a MissingDependencyError naming the package. Checked twice: statically over
 * the source import graph (every import form, type-only ones included), and at run time in a child Node process whose
 * module resolution pretends the drivers are not installed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const SOURCE = dirname(fileURLToPath(import.meta.url));
const PACKAGE = resolve(SOURCE, '..');
const DRIVERS = ['better-sqlite3', 'pg', 'pg-copy-streams', '@electric-sql/pglite'] as const;

interface ModuleImports {
  /** Bare specifiers imported statically (`import`, `import type`, `export … from`). */
  readonly static: Set<string>;
  /** Bare specifiers loaded with `import(…)`. */
  readonly dynamic: Set<string>;
}

/** Every bare specifier reachable from `entry` through relative imports, split into static and dynamic ones. */
function importsOf(entry: string): ModuleImports {
  const result: ModuleImports = { static: new Set(), dynamic: new Set() };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const found = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);
    const staticSpecifiers = found(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gm);
    const dynamicSpecifiers = found(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
    for (const [specifiers, bucket] of [
      [staticSpecifiers, result.static],
      [dynamicSpecifiers, result.dynamic],
    ] as const) {
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
        else bucket.add(specifier);
      }
    }
  };
  visit(join(SOURCE, entry));
  return result;
}

const driversIn = (specifiers: Set<string>) => DRIVERS.filter((driver) => specifiers.has(driver)).sort();

describe('the import graph of each entry (source)', () => {
  it('the root entry reaches no driver at all, not even a type import', () => {
    const imports = importsOf('index.ts');
    expect(imports.static.has('kysely')).toBe(true);
    expect(driversIn(imports.static)).toEqual([]);
    expect(driversIn(imports.dynamic)).toEqual([]);
  });

  it.each([
    ['sqlite/index.ts', ['better-sqlite3']],
    ['pglite/index.ts', ['@electric-sql/pglite']],
    ['postgres/index.ts', ['pg', 'pg-copy-streams']],
    ['testing/index.ts', ['pg']],
  ])('%s imports no driver statically and loads only %j, with import()', (entry, drivers) => {
    const imports = importsOf(entry);
    expect(driversIn(imports.static)).toEqual([]);
    expect(driversIn(imports.dynamic)).toEqual([...drivers].sort());
  });
});

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'trainkit-lazy-drivers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A module resolution hook that answers like Node does for a package that is not installed. */
const HOOK = `
let blocked = [];
export function initialize(data) { blocked = data.blocked; }
export async function resolve(specifier, context, next) {
  if (blocked.includes(specifier)) {
    const error = new Error(\`Cannot find package '\${specifier}' imported from \${context.parentURL}\`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}
`;

/** Runs `script` (an ES module) in a child Node process resolving this package from source, without `blocked`. */
async function runWithout(blocked: readonly string[], script: string): Promise<unknown> {
  const hook = join(scratch, 'hook.mjs');
  const register = join(scratch, `register-${blocked.join('_').replace(/[^\w]/g, '')}.mjs`);
  const main = join(scratch, `main-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(hook, HOOK);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)}, { data: { blocked: ${JSON.stringify(blocked)} } });\n`);
  // The scratch directory cannot resolve the package by name: entries are imported by file URL (`entry('sqlite')`).
  writeFileSync(main, `const entry = (name) => ${JSON.stringify(`file://${SOURCE}/`)} + name + '/index.ts';\n${script}`);
  const { stdout } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', '--import', register, main], {
    cwd: PACKAGE,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

/** The script's way to report what opening a storage did. */
const OUTCOME = `
async function outcome(open) {
  try {
    const storage = await open();
    const dialect = storage.dialect;
    await storage.close();
    return { opened: dialect };
  } catch (error) {
    return { name: error.name, code: error.code, packageName: error.packageName, message: error.message };
  }
}
`;

describe('at run time, with the drivers not installed (child process)', () => {
  it('every entry imports; opening a storage throws MissingDependencyError naming the package to install', async () => {
    const result = await runWithout(DRIVERS, `${OUTCOME}
      const root = await import(entry('.'));
      const { createSqliteStorage } = await import(entry('sqlite'));
      const { createPgliteStorage } = await import(entry('pglite'));
      const { createPostgresStorage } = await import(entry('postgres'));
      const { createTestDatabase } = await import(entry('testing'));
      console.log(JSON.stringify({
        root: typeof root.createKyselyStorage,
        sqlite: await outcome(() => createSqliteStorage({ path: ':memory:' })),
        pglite: await outcome(() => createPgliteStorage()),
        postgres: await outcome(() => createPostgresStorage({ connectionString: 'postgres://127.0.0.1:1/none' })),
        testing: await outcome(() => createTestDatabase('postgres://127.0.0.1:1/none')),
      }));
    `);
    expect(result).toEqual({
      root: 'function',
      sqlite: {
        name: 'MissingDependencyError',
        code: 'MISSING_DEPENDENCY',
        packageName: 'better-sqlite3',
        message: 'install better-sqlite3 (npm install better-sqlite3@12) to use @trainkit/storage-kysely/sqlite',
      },
      pglite: {
        name: 'MissingDependencyError',
        code: 'MISSING_DEPENDENCY',
        packageName: '@electric-sql/pglite',
        message: 'install @electric-sql/pglite (npm install @electric-sql/pglite@0.5) to use @trainkit/storage-kysely/pglite',
      },
      postgres: {
        name: 'MissingDependencyError',
        code: 'MISSING_DEPENDENCY',
        packageName: 'pg',
        message: 'install pg (npm install pg@8 pg-copy-streams@7) to use @trainkit/storage-kysely/postgres',
      },
      testing: {
        name: 'MissingDependencyError',
        code: 'MISSING_DEPENDENCY',
        packageName: 'pg',
        message: 'install pg (npm install pg@8) to use @trainkit/storage-kysely/testing',
      },
    });
  });

  it('each dialect needs only its own driver: SQLite and PGlite open with every other driver missing', async () => {
    const result = await runWithout(['pg', 'pg-copy-streams', '@electric-sql/pglite'], `${OUTCOME}
      const { createSqliteStorage } = await import(entry('sqlite'));
      console.log(JSON.stringify({ sqlite: await outcome(() => createSqliteStorage({ path: ':memory:', migrate: true })) }));
    `);
    expect(result).toEqual({ sqlite: { opened: 'sqlite' } });
    const pglite = await runWithout(['pg', 'pg-copy-streams', 'better-sqlite3'], `${OUTCOME}
      const { createPgliteStorage } = await import(entry('pglite'));
      console.log(JSON.stringify({ pglite: await outcome(() => createPgliteStorage()) }));
    `);
    expect(pglite).toEqual({ pglite: { opened: 'pglite' } });
  });

  it('PostgreSQL without pg-copy-streams names pg-copy-streams (pg itself present)', async () => {
    const result = await runWithout(['pg-copy-streams', 'better-sqlite3', '@electric-sql/pglite'], `${OUTCOME}
      const { createPostgresStorage } = await import(entry('postgres'));
      const pool = { connect: async () => ({ query: async () => ({ command: 'SELECT', rowCount: 1, rows: [] }), release() {} }), end: async () => {} };
      console.log(JSON.stringify({ postgres: await outcome(() => createPostgresStorage({ pool })) }));
    `);
    expect(result).toEqual({
      postgres: {
        name: 'MissingDependencyError',
        code: 'MISSING_DEPENDENCY',
        packageName: 'pg-copy-streams',
        message: 'install pg-copy-streams (npm install pg-copy-streams@7) to use @trainkit/storage-kysely/postgres',
      },
    });
  });
});
