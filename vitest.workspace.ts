/**
 * The list of vitest projects. vitest 4 has no workspace-file support, so `vitest.config.ts` imports this list.
 * Each package is one project; `test/` holds cross-package and end-to-end tests.
 */
export const projects = ['packages/*', 'examples/server', 'test'];
