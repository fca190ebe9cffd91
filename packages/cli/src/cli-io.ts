import { EXIT_CODES } from './exit-codes.js';

/**
 * Where a command writes text: anything with a `write` method, such as `process.stdout` or a test buffer.
 *
 * @example
 * ```ts
 * const chunks: string[] = [];
 * const stdout: CliOutput = { write: (text) => chunks.push(text) };
 * ```
 */
export interface CliOutput {
  /** Writes `text` as given (commands add their own newlines). */
  write(text: string): unknown;
  /** True when this is an interactive terminal (as on `process.stdout`); absent means not a terminal. */
  readonly isTTY?: boolean;
  /** Width of the terminal in columns, when it is one. */
  readonly columns?: number;
}

/**
 * Everything the CLI touches outside itself, injected so that tests run commands in-process.
 *
 * @example
 * ```ts
 * const io: CliIo = { ...createProcessIo(), now: () => new Date('2024-06-01T12:00:00Z') };
 * await runCli(['demo', '--db', ':memory:'], io);
 * ```
 */
export interface CliIo {
  /** Normal output: reports, tables, JSON. */
  readonly stdout: CliOutput;
  /** Error messages and progress notes. */
  readonly stderr: CliOutput;
  /** Environment variables (`TRAINKIT_DEBUG=1` prints stack traces of unexpected errors). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time; commands never read the clock any other way. */
  now(): Date;
  /** Directory that relative paths (such as the default `./trainkit.db`) are resolved against. */
  readonly cwd: string;
  /**
   * Calls `listener` at the first interrupt (Ctrl-C) until the returned function is called, so that long work can
   * stop cleanly; a second interrupt ends the process at once. Without it, an interrupt ends the process as usual.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
}

/**
 * The {@link CliIo} of the running Node process: its streams, environment, clock and working directory.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), createProcessIo());
 * ```
 */
export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    cwd: process.cwd(),
    onInterrupt: (listener) => {
      let interrupted = false;
      const onSigint = () => {
        if (interrupted) process.exit(EXIT_CODES.interrupted);
        interrupted = true;
        listener();
      };
      process.on('SIGINT', onSigint);
      return () => process.off('SIGINT', onSigint);
    },
  };
}
