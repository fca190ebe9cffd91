#!/usr/bin/env node
// Keeps the version constants that builds and provenance rely on equal to their package.json versions, so that
// `changeset version` never leaves `trainkit --version` or the fatigue engine id behind:
//
//   packages/cli/src/cli-version.ts         CLI_VERSION             (printed by `trainkit --version`)
//   packages/fatigue/src/engine-version.ts  FATIGUE_ENGINE_VERSION  (stamped into every report's provenance)
//
//   node scripts/sync-version-modules.mjs           rewrite the constants (run after `changeset version`)
//   node scripts/sync-version-modules.mjs --check   exit 1 naming every constant that differs
//
// A constant (not a package.json read at run time) is the same from the sources, the ESM and CommonJS builds, a
// bundled bin and the packed tarball. The packages' tests check each constant against package.json as well.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = [
  { packageDir: 'packages/cli', file: 'src/cli-version.ts', constant: 'CLI_VERSION' },
  { packageDir: 'packages/fatigue', file: 'src/engine-version.ts', constant: 'FATIGUE_ENGINE_VERSION' },
  { packageDir: 'packages/planning', file: 'src/recommend/planning-engine-version.ts', constant: 'PLANNING_ENGINE_VERSION' },
];
const check = process.argv.includes('--check');
const stale = [];

for (const { packageDir, file, constant } of MODULES) {
  const { version } = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8'));
  const path = join(root, packageDir, file);
  const source = readFileSync(path, 'utf8');
  const declaration = new RegExp(`(export const ${constant} = ')([^']*)(';)`);
  const found = declaration.exec(source);
  if (!found) throw new Error(`${packageDir}/${file}: no "export const ${constant} = '...';"`);
  if (found[2] === version) continue;
  stale.push(`${packageDir}/${file}: ${constant} is ${found[2]}, package.json says ${version}`);
  if (!check) {
    // The TSDoc example repeats the version (`CONSTANT; // 'x.y.z'`).
    const example = new RegExp(`(${constant}; // ')[^']*(')`);
    writeFileSync(path, source.replace(declaration, `$1${version}$3`).replace(example, `$1${version}$2`));
  }
}

if (check && stale.length > 0) {
  console.error(stale.map((line) => `error: ${line}`).join('\n'));
  process.exit(1);
}
for (const line of stale) console.log(`updated ${line}`);
