/**
 * A fresh npm project that installs the packed trainkit tarballs the way a host application would: `npm install`
 * with the public registry for third-party packages, and `overrides` pointing every `@trainkit/*` package at its
 * tarball (they are not on the registry).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PackedPackage } from './pack-workspace.js';
import { describeResult, runCommand } from './run-command.js';

/** What a consumer install took. */
export interface InstallMeasurement {
  readonly seconds: number;
  readonly nodeModulesMegabytes: number;
  readonly packageCount: number;
}

/**
 * The environment for npm in a consumer: the caller's, without the npm/pnpm settings that `pnpm exec` or
 * `npm test` put there (they belong to the workspace, not to the consumer), and with node-gyp pointed at the local
 * Node headers when they exist (better-sqlite3 compiles offline; same rule as scripts/run.mjs).
 */
export function consumerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(key) && key.toLowerCase() !== 'npm_config_registry') continue;
    if (key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  const prefix = resolve(dirname(process.execPath), '..');
  const nodedir = process.env.npm_config_nodedir;
  if (nodedir) env.npm_config_nodedir = nodedir;
  else if (existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  return env;
}

/**
 * Writes the consumer's package.json: `dependencies` are the given trainkit packages (as tarballs) and third-party
 * packages (as registry versions); `overrides` maps every packed `@trainkit/*` package to its tarball.
 */
export function writeConsumerManifest(
  dir: string,
  name: string,
  packed: readonly PackedPackage[],
  trainkitPackages: readonly string[],
  thirdParty: Readonly<Record<string, string>>,
): void {
  const tarballOf = (packageName: string) => {
    const found = packed.find((pkg) => pkg.name === packageName);
    if (!found) throw new Error(`no tarball for ${packageName}`);
    return `file:${found.tarball}`;
  };
  const dependencies = Object.fromEntries([
    ...trainkitPackages.map((packageName) => [packageName, tarballOf(packageName)]),
    ...Object.entries(thirdParty),
  ]);
  // npm accepts an override of a direct dependency only when both specs are the same.
  const overrides = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${pkg.tarball}`]));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, type: 'module', dependencies, overrides }, null, 2)}\n`,
  );
}

/** `npm install` in the consumer, timed, and the size of the `node_modules` it left. */
export async function installConsumer(dir: string): Promise<InstallMeasurement> {
  const install = await runCommand('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: consumerEnv(),
    timeoutMs: 900_000,
  });
  if (install.exitCode !== 0) throw new Error(describeResult(`npm install in ${dir}`, install));
  const du = await runCommand('du', ['-sk', 'node_modules'], { cwd: dir });
  const kilobytes = Number(du.stdout.split(/\s/)[0]);
  return { seconds: install.seconds, nodeModulesMegabytes: kilobytes / 1024, packageCount: installedPackages(dir).size };
}

/** The name of every package installed under `dir/node_modules`, nested ones included. */
export function installedPackages(dir: string): Set<string> {
  const names = new Set<string>();
  const visit = (nodeModules: string) => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      const folders = entry.startsWith('@')
        ? readdirSync(join(nodeModules, entry)).map((scoped) => join(nodeModules, entry, scoped))
        : [join(nodeModules, entry)];
      for (const folder of folders) {
        const manifest = join(folder, 'package.json');
        if (!existsSync(manifest)) continue;
        names.add((JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name);
        visit(join(folder, 'node_modules'));
      }
    }
  };
  visit(join(dir, 'node_modules'));
  return names;
}
