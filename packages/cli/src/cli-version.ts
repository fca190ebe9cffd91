/**
 * The version of `@trainkit/cli` (its `package.json` version), printed by `trainkit --version`. A plain constant, so
 * it is the same from the sources, `dist/bin.js`, the ESM and CommonJS builds and the packed tarball, with no
 * `package.json` read at run time. `scripts/sync-version-modules.mjs` rewrites it after `changeset version`; a test
 * checks it against `package.json`.
 *
 * @example
 * ```ts
 * CLI_VERSION; // '0.1.0'
 * ```
 */
export const CLI_VERSION = '0.1.0';
