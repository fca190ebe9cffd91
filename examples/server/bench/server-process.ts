import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The example server (`src/main.ts`) running as a child process, as deployed: HTTP plus its job queue. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

const SERVER_DIR = join(import.meta.dirname, '..');

/**
 * Starts `node --conditions=source --import tsx src/main.ts` with `PORT=0` and `env` on top of this process's
 * environment, and resolves once it prints the address it listens on. Rejects (after killing the child) when it
 * exits first or does not listen within `timeoutMs`.
 *
 * @example
 * ```ts
 * const server = await startServerProcess({ env: { TRAINKIT_ADMIN_TOKEN: 'secret', TRAINKIT_DB: '/tmp/x.db' } });
 * try { await fetch(`${server.base}/health`); } finally { await server.stop(); }
 * ```
 */
export async function startServerProcess(options: { readonly env: Readonly<Record<string, string>>; readonly timeoutMs?: number }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, NO_COLOR: '1', PORT: '0', HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  try {
    const base = await listeningAddress(child, options.timeoutMs ?? 60_000, (chunk) => (output += chunk), () => output);
    return { base, output: () => output, stop };
  } catch (error) {
    await stop(2_000);
    throw error;
  }
}

function listeningAddress(child: ChildProcess, timeoutMs: number, append: (chunk: string) => void, output: () => string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      append(chunk.toString());
      const match = /listening on (http:\/\/\S+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => append(chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output()}`));
    });
  });
}
