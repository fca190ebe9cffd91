import { MissingDependencyError } from '@trainkit/core';

/** An optional peer dependency: the npm package, the install command to suggest, and the entry that needs it. */
export interface OptionalDependency {
  /** The npm package (`better-sqlite3`). */
  readonly packageName: string;
  /** The install command to suggest (`npm install better-sqlite3@12`). */
  readonly install: string;
  /** What needs it (`@trainkit/storage-kysely/sqlite`). */
  readonly feature: string;
}

/**
 * Awaits `load` (a dynamic `import()` of the dependency) and turns "this package is not installed" into a
 * {@link MissingDependencyError} naming what to install. Any other failure (a broken native build, a syntax error in
 * the package) is rethrown unchanged.
 *
 * @internal
 */
export async function loadOptionalDependency<T>(dependency: OptionalDependency, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPackage(error, dependency.packageName)) {
      throw new MissingDependencyError(dependency.packageName, dependency.feature, dependency.install, { cause: error });
    }
    throw error;
  }
}

/**
 * Whether `error` says that `packageName` itself cannot be found: `ERR_MODULE_NOT_FOUND` from `import()` or
 * `MODULE_NOT_FOUND` from `require()`, with the package named in the message (a missing dependency *of* the package
 * is not reported as the package missing).
 */
function isMissingPackage(error: unknown, packageName: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  if (typeof message !== 'string') return false;
  return message.includes(`'${packageName}'`) || message.includes(`"${packageName}"`);
}

