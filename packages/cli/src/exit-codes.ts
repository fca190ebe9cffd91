/**
 * Process exit codes of `trainkit`, stable for scripts:
 *
 * - `ok` (0): the command did what was asked;
 * - `failure` (1): an unexpected error (a bug, a failed migration, a database error that is not about the data);
 * - `usage` (2): a mistake on the command line: unknown command or option, missing argument, invalid value, an id
 *   that names nothing (`--user nobody`), a bad `--db` target;
 * - `storageUnavailable` (3): the database could not be opened or reached (server down, unwritable path, its driver
 *   package not installed);
 * - `data` (4): the stored data stops the command: a stored row the command cannot use (a fatigue report over a value
 *   an older version or a hand edit left invalid), or a write that conflicts with stored rows (a duplicate key, a
 *   missing referenced row), or input that `trainkit import` / `trainkit ingest` could not ingest at all (a truncated
 *   JSON body, an HTML page, a file that is neither an Apple Health export nor a FIT file; recorded on its run).
 *   Fixing the command line does not help; fixing the data does;
 * - `interrupted` (130, the shell's code for Ctrl-C): `trainkit import` or `trainkit replay` stopped at Ctrl-C after
 *   finishing the batch it was writing; the summary shows the run `cancelled` with what it wrote, and running the
 *   command again completes it.
 *
 * @example
 * ```ts
 * if ((await runCli(['db', 'status'], io)) === EXIT_CODES.storageUnavailable) console.error('is the server up?');
 * ```
 */
export const EXIT_CODES = { ok: 0, failure: 1, usage: 2, storageUnavailable: 3, data: 4, interrupted: 130 } as const;

/**
 * One of the values of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * const code: ExitCode = EXIT_CODES.usage;
 * ```
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
