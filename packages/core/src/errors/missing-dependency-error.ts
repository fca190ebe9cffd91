import { TrainkitError } from './trainkit-error.js';

/**
 * An optional package that a feature needs is not installed, e.g. the database driver of a storage dialect
 * (`better-sqlite3` for `@trainkit/storage-kysely/sqlite`). The message says what to install; `packageName` names the
 * npm package and `feature` what needs it.
 *
 * @example
 * ```ts
 * try {
 *   await createSqliteStorage({ path: './trainkit.db' });
 * } catch (error) {
 *   if (error instanceof MissingDependencyError) console.error(`${error.message} (missing: ${error.packageName})`);
 * }
 * ```
 */
export class MissingDependencyError extends TrainkitError {
  readonly code = 'MISSING_DEPENDENCY' as const;

  constructor(
    /** The npm package to install, e.g. `better-sqlite3`. */
    readonly packageName: string,
    /** What needs it, e.g. `@trainkit/storage-kysely/sqlite`. */
    readonly feature: string,
    /** The install command to suggest, e.g. `npm install better-sqlite3@12`; default `npm install <packageName>`. */
    install: string = `npm install ${packageName}`,
    options?: { cause?: unknown },
  ) {
    super(`install ${packageName} (${install}) to use ${feature}`, options);
  }
}
