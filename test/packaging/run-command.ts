import { execFile } from 'node:child_process';

/** What {@link runCommand} saw: exit code, output and how long it took. */
export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/**
 * Runs a command to its end without a shell and never throws on a non-zero exit (the caller asserts on it).
 *
 * @example
 * ```ts
 * const { exitCode, stdout } = await runCommand('node', ['--version'], { cwd: process.cwd() });
 * ```
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 600_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = child.exitCode ?? (error ? 1 : 0);
        resolve({ exitCode, stdout, stderr, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

/** A command's output for an assertion message. */
export function describeResult(label: string, result: CommandResult): string {
  return `${label} exited ${result.exitCode}\n--- stdout\n${result.stdout.slice(-8000)}\n--- stderr\n${result.stderr.slice(-8000)}`;
}
