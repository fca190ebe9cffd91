import { defineConfig, type Options } from 'tsup';

/** Options of {@link defineTrainkitBuild} beyond the library entries. */
export interface TrainkitBuildOptions {
  /**
   * Executables (e.g. `{ bin: 'src/bin.ts' }`): built once, as ESM only (they may use top-level await, which
   * CommonJS cannot express), without declarations, into the same `dist` folder.
   */
  readonly bin?: Record<string, string>;
}

/**
 * The build every published package shares. Each library entry is emitted twice so it resolves for `import` and
 * for `require()` on Node >= 20.19 and in bundlers:
 *
 * - ESM: `dist/<entry>.js` + `dist/<entry>.d.ts` (the packages are `"type": "module"`);
 * - CommonJS: `dist/<entry>.cjs` + `dist/<entry>.d.cts`.
 *
 * Code shared by several entries is split into chunks in both formats, so one package never holds two copies of a
 * class inside one format; `treeshake` hands the CommonJS chunks to rollup (tsup's own CommonJS splitting rewrites
 * classes into anonymous `_class` expressions, which would rename every error class). `keepNames` keeps every
 * class's `name` as written (errors report `new.target.name`, and `instanceof` across the ESM and CommonJS copies
 * compares class names, see `TrainkitError`). `shims` keeps `import.meta.url` / `__dirname` working in both formats should a source ever
 * use them (esbuild only injects a shim where it is referenced). The `.d.ts` step resolves workspace packages through
 * their built types (no `source` condition) and outside project references.
 */
export function defineTrainkitBuild(entry: Options['entry'], options: TrainkitBuildOptions = {}) {
  const bins = Object.entries(options.bin ?? {});
  const library: Options = {
    entry,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false, customConditions: [] } },
    splitting: true,
    treeshake: true,
    keepNames: true,
    shims: true,
    sourcemap: true,
    // The executables are written by the second build below, at the same time: leave them alone.
    clean: bins.flatMap(([name]) => [`!${name}.js`, `!${name}.js.map`]),
    target: 'node20',
  };
  if (bins.length === 0) return defineConfig({ ...library, clean: true });
  const executables: Options = {
    entry: Object.fromEntries(bins),
    format: ['esm'],
    dts: false,
    treeshake: true,
    keepNames: true,
    shims: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
  };
  return defineConfig([library, executables]);
}
