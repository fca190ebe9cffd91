/**
 * Builds (when a build is missing or older than its sources) and packs every published package of the workspace,
 * exactly as `pnpm publish` would (`workspace:*` replaced by versions), so tests run over the tarballs a user gets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, describeResult } from './run-command.js';

/** The repository root. */
export const root = join(import.meta.dirname, '..', '..');

const PNPM_VERSION = '12.4.2';

/** One published package of the workspace. */
export interface WorkspacePackage {
  /** Folder under `packages/`. */
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  /** The `exports` subpaths besides `./package.json` (`.`, `./sqlite`, ...). */
  readonly entries: readonly string[];
}

/** A {@link WorkspacePackage} packed into a tarball. */
export interface PackedPackage extends WorkspacePackage {
  readonly tarball: string;
}

/** Every package under `packages/` that is published (not private), read synchronously so tests can `it.each` it. */
export function workspacePackages(): WorkspacePackage[] {
  return readdirSync(join(root, 'packages'))
    .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as {
        name: string; version: string; private?: boolean; exports?: Record<string, unknown>;
      };
      return { dir, manifest };
    })
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name,
      version: manifest.version,
      entries: Object.keys(manifest.exports ?? {}).filter((subpath) => subpath !== './package.json'),
    }));
}

/** `pnpm` when the pinned version is on PATH, otherwise the pinned version through npx (as scripts/run.mjs does). */
async function pnpmCommand(): Promise<[string, string[]]> {
  const probe = await runCommand('pnpm', ['--version'], { cwd: root, timeoutMs: 60_000 });
  if (probe.exitCode === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** The packages whose `dist` is missing or older than their sources, build config or manifest. */
export function stalePackages(packages: readonly WorkspacePackage[]): string[] {
  const shared = statSync(join(root, 'tsup.shared.ts')).mtimeMs;
  return packages
    .filter(({ dir }) => {
      const base = join(root, 'packages', dir);
      const built = join(base, 'dist', 'index.js');
      if (!existsSync(built)) return true;
      const inputs = Math.max(shared, newestMtime(join(base, 'src')), ...['package.json', 'tsup.config.ts'].map((file) => statSync(join(base, file)).mtimeMs));
      return inputs > statSync(built).mtimeMs;
    })
    .map(({ name }) => name);
}

/**
 * Builds the workspace when any package's build is stale (`npm test` builds first, so then nothing is rebuilt), and
 * packs every published package into `destination`.
 */
export async function buildAndPack(destination: string): Promise<PackedPackage[]> {
  const packages = workspacePackages();
  const [pnpm, prefix] = await pnpmCommand();
  const stale = stalePackages(packages);
  if (stale.length > 0) {
    console.log(`[packaging] building the workspace: stale build of ${stale.join(', ')}`);
    const build = await runCommand(pnpm, [...prefix, 'run', 'build'], { cwd: root, timeoutMs: 900_000 });
    if (build.exitCode !== 0) throw new Error(describeResult('pnpm run build', build));
  }
  return Promise.all(
    packages.map(async (pkg) => {
      const result = await runCommand(pnpm, [...prefix, 'pack', '--pack-destination', destination], {
        cwd: join(root, 'packages', pkg.dir),
        timeoutMs: 300_000,
      });
      if (result.exitCode !== 0) throw new Error(describeResult(`pnpm pack ${pkg.name}`, result));
      const tarball = join(destination, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`);
      if (!existsSync(tarball)) throw new Error(`pnpm pack ${pkg.name} wrote no ${tarball}\n${result.stdout}`);
      return { ...pkg, tarball };
    }),
  );
}
