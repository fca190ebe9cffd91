import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.js';
import { createTestIo } from './create-test-io.js';

/**
 * What one in-process CLI run produced.
 *
 * @example
 * ```ts
 * const { code, stdout, stderr }: CliRun = await runInProcess(['db', 'status'], { cwd });
 * ```
 */
export interface CliRun {
  /** Exit code. */
  readonly code: number;
  /** Everything written to stdout. */
  readonly stdout: string;
  /** Everything written to stderr. */
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with a recording I/O, a fixed clock and `cwd` as working directory.
 *
 * @example
 * ```ts
 * const run = await runInProcess(['demo', '--json'], { cwd: makeTempDir(), now: '2024-06-12T10:00:00Z' });
 * ```
 */
export async function runInProcess(
  argv: readonly string[],
  options: { cwd: string; now?: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  const io = createTestIo(options);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
}

const madeDirs: string[] = [];

/**
 * A fresh temporary directory for one test's database files; {@link removeTempDirs} deletes them all.
 *
 * @example
 * ```ts
 * const cwd = makeTempDir();
 * ```
 */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-cli-'));
  madeDirs.push(dir);
  return dir;
}

/**
 * Deletes every directory {@link makeTempDir} made (call it after the storages on them are closed).
 *
 * @example
 * ```ts
 * afterAll(removeTempDirs);
 * ```
 */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
