/**
 * The facade talks to storage only through the ports of `@trainkit/core`: no source file (tests and test support
 * aside) imports a storage adapter, and the package does not depend on one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceDir = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('trainkit package boundaries', () => {
  it('imports no storage adapter outside tests', () => {
    const files = sourceFiles(sourceDir);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => /from '@trainkit\/storage-/.test(readFileSync(file, 'utf8'))).map((file) => relative(sourceDir, file));
    expect(offenders).toEqual([]);
  });

  it('depends on the domain and composition packages only (storage-kysely is a dev dependency for tests)', () => {
    const manifest = JSON.parse(readFileSync(join(sourceDir, '..', 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([
      '@trainkit/biometrics', '@trainkit/catalog', '@trainkit/connect', '@trainkit/core', '@trainkit/fatigue', '@trainkit/goals', '@trainkit/ingest', '@trainkit/planning', '@trainkit/providers',
    ]);
    expect(Object.keys(manifest.devDependencies ?? {})).toContain('@trainkit/storage-kysely');
  });
});
