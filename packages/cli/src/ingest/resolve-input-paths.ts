import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NotFoundError } from '@trainkit/core';
import { UsageError } from '../usage-error.js';

/**
 * A path given on the command line and where it points.
 *
 * @example
 * ```ts
 * const input: InputPath = { given: './export.zip', absolute: '/home/ada/export.zip', directory: false, bytes: 204_800 };
 * ```
 */
export interface InputPath {
  /** As typed (used in messages and summaries). */
  readonly given: string;
  /** Resolved against the CLI's working directory. */
  readonly absolute: string;
  /** Whether it is a folder. */
  readonly directory: boolean;
  /** Its size in bytes (0 for folders). */
  readonly bytes: number;
}

/**
 * Resolves the paths of `trainkit import` / `trainkit ingest` against the CLI's working directory and checks each
 * exists before the database is opened, so a typo is one line and no ingestion run.
 *
 * @throws {NotFoundError} For a path that does not exist (`file not found: ./exprot.zip`, exit 2).
 * @throws {UsageError} For a folder where only files are accepted (`allowDirectories: false`).
 *
 * @example
 * ```ts
 * const inputs = await resolveInputPaths(['./export.zip', 'fit/'], { cwd: io.cwd, allowDirectories: true, commandPath: ['import'] });
 * ```
 */
export async function resolveInputPaths(
  paths: readonly string[],
  options: { readonly cwd: string; readonly allowDirectories: boolean; readonly commandPath: readonly string[] },
): Promise<InputPath[]> {
  const inputs: InputPath[] = [];
  for (const given of paths) {
    const absolute = resolve(options.cwd, given);
    const stats = await stat(absolute).catch((error: unknown) => {
      throw new NotFoundError('file', given, { cause: error });
    });
    if (stats.isDirectory() && !options.allowDirectories) {
      throw new UsageError(`'${given}' is a folder; give the JSON files in it`, options.commandPath);
    }
    inputs.push({ given, absolute, directory: stats.isDirectory(), bytes: stats.isDirectory() ? 0 : stats.size });
  }
  return inputs;
}
