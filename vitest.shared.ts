import { defineProject } from 'vitest/config';

/**
 * Settings every project shares: resolve workspace packages to their TypeScript source (the `source`
 * export condition) so tests never depend on a stale build, and start PostgreSQL once for the run.
 */
export function defineTrainkitProject(name: string) {
  return defineProject({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', '**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**'],
      globalSetup: [new URL('./test/setup/postgres-global-setup.ts', import.meta.url).pathname],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
}
