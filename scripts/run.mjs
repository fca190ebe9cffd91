#!/usr/bin/env node
// The quick-start entry point. Needs only Node 20 and npm: it fetches the pinned pnpm through npx when pnpm is
// not installed, points node-gyp at the local Node headers when they exist (so better-sqlite3 compiles offline),
// installs, builds, and then runs either the demo or the whole test suite.
//
//   node scripts/run.mjs demo [demo flags...]   install, build, `trainkit demo` on ./trainkit.db
//   node scripts/run.mjs test                   install, build, typecheck, lint, docs, every test; prints "N passed, N failed"
//   node scripts/run.mjs server                 install, then the example server (examples/server) from source on
//                                               ./trainkit.db, or DATABASE_URL; needs TRAINKIT_ADMIN_TOKEN, PORT optional
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, ...rest] = process.argv.slice(2);

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

function buildEnv() {
  const env = { ...process.env };
  const prefix = resolve(dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  env.npm_config_update_notifier = 'false';
  return env;
}

function pnpmCommand(env) {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
}

function step(label, command, args, env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) fail(`${label}: ${result.error.message}`);
  return result.status ?? 1;
}

function mustStep(label, command, args, env) {
  const status = step(label, command, args, env);
  if (status !== 0) fail(`${label} failed (exit ${status})`);
}

const env = buildEnv();
const [pnpm, pnpmPrefix] = pnpmCommand(env);
const runPnpm = (label, args) => mustStep(label, pnpm, [...pnpmPrefix, ...args], env);

if (mode === 'demo') {
  runPnpm('install', ['install', '--frozen-lockfile']);
  runPnpm('build', ['--filter', '@trainkit/cli...', 'run', 'build']);
  const status = step('trainkit demo', process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'demo', ...rest], env);
  process.exit(status);
} else if (mode === 'server') {
  runPnpm('install', ['install', '--frozen-lockfile']);
  const main = join(root, 'examples/server/src/main.ts');
  const status = step('example server', process.execPath, ['--conditions=source', '--import', 'tsx', main, ...rest], env);
  process.exit(status);
} else if (mode === 'test') {
  runPnpm('install', ['install', '--frozen-lockfile']);
  runPnpm('build', ['run', 'build']);
  runPnpm('typecheck', ['run', 'typecheck']);
  runPnpm('lint', ['run', 'lint']);
  runPnpm('docs (typedoc, warnings are errors)', ['run', 'docs']);
  const report = join(root, '.vitest.json');
  rmSync(report, { force: true });
  const status = step('tests (SQLite, PGlite, PostgreSQL)', pnpm, [
    ...pnpmPrefix, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ], env);
  if (!existsSync(report)) fail(`vitest wrote no report (exit ${status})`);
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  const failed = summary.numFailedTests + countFilesThatFailedToRun(summary);
  console.log(`${summary.numPassedTests} passed, ${failed} failed`);
  process.exit(status === 0 && failed === 0 ? 0 : 1);
} else {
  fail('usage: node scripts/run.mjs demo|test|server');
}

// A test file that fails to load has no failed tests of its own; count it as one failure so it is never hidden.
function countFilesThatFailedToRun(summary) {
  return (summary.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
}
