/**
 * Process exit codes of `trainkit`, stable for scripts:
 *
 * - `ok` (0): the command did what was asked;
 * - `failure` (1): an unexpected error (a bug, or a database failure that is not the user's input);
 * - `usage` (2): the user's mistake: unknown command or option, missing argument, invalid value;
 * - `storageUnavailable` (3): the database could not be opened or reached.
 *
 * @example
 * ```ts
 * if ((await runCli(['db', 'status'], io)) === EXIT_CODES.storageUnavailable) console.error('is the server up?');
 * ```
 */
export const EXIT_CODES = { ok: 0, failure: 1, usage: 2, storageUnavailable: 3 } as const;

/**
 * One of the values of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * const code: ExitCode = EXIT_CODES.usage;
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
