import type { CliIo } from '../cli-io.js';

/**
 * A {@link CliIo} that records what the CLI writes, for in-process tests.
 *
 * @example
 * ```ts
 * const io = createTestIo({ now: '2024-06-01T12:00:00Z' });
 * await runCli(['db', 'status', '--db', path], io);
 * io.stdoutText();
 * ```
 */
export interface TestIo extends CliIo {
  /** Everything written to stdout so far. */
  stdoutText(): string;
  /** Everything written to stderr so far. */
  stderrText(): string;
}

/**
 * Creates a {@link TestIo} with a fixed clock (default `2024-06-01T12:00:00Z`), an empty environment unless given,
 * and `cwd` defaulting to the process's.
 *
 * @example
 * ```ts
 * const io = createTestIo({ env: { TRAINKIT_DEBUG: '1' } });
 * ```
 */
export function createTestIo(
  options: { now?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  const now = new Date(options.now ?? '2024-06-01T12:00:00Z');
  return {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: options.env ?? {},
    now: () => new Date(now.getTime()),
    cwd: options.cwd ?? process.cwd(),
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}
