import { defineConfig, type Options } from 'tsup';

/**
 * The build every published package shares: ESM + `.d.ts` for Node 20, source maps. The `.d.ts` step resolves
 * workspace packages through their built types (no `source` condition) and outside project references.
 */
export function defineTrainkitBuild(entry: Options['entry'], dtsEntry?: string) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: { ...(dtsEntry ? { entry: dtsEntry } : {}), compilerOptions: { composite: false, customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: 'node20',
  });
}
