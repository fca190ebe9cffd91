import { ERROR_CODES } from '@trainkit/core';

/**
 * The `code` of every error the CLI reports (`error.code` in the `--json` error object), stable for scripts:
 *
 * - `USAGE`: the command line is wrong (unknown command or option, missing argument);
 * - the codes of `@trainkit/core` errors (`ERROR_CODES`): `VALIDATION_FAILED` (an invalid value), `NOT_FOUND`,
 *   `CONFLICT` (a broken constraint; with the foreign key it broke), `STORAGE_FAILED`, `STORAGE_UNAVAILABLE`,
 *   `PROVIDER_FAILED`, `CONFIG_INVALID`, `MISSING_DEPENDENCY`;
 * - `STORED_DATA_INVALID`: a stored row the command cannot use;
 * - `INGEST_FAILED`: input that `trainkit import` / `trainkit ingest` could not ingest at all (recorded on its run);
 * - `INTERNAL`: anything else (a bug).
 *
 * @example
 * ```ts
 * CLI_ERROR_CODES.includes('USAGE'); // true
 * ```
 */
export const CLI_ERROR_CODES = ['USAGE', ...ERROR_CODES, 'STORED_DATA_INVALID', 'INGEST_FAILED', 'INTERNAL'] as const;

/**
 * One of {@link CLI_ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: CliErrorCode = 'STORED_DATA_INVALID';
 * ```
 */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];
