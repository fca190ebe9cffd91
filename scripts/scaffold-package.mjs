// Creates the standard files of a workspace package: package.json, tsconfig.json, tsup.config.ts, vitest.config.ts.
// Usage: node scripts/scaffold-package.mjs <dir-name> <@scope/name> "<description>" [entry ...]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
const [dir, name, description, ...entries] = process.argv.slice(2);
const root = `packages/${dir}`;
mkdirSync(`${root}/src`, { recursive: true });
const entryList = entries.length ? entries : ['index'];
const exportsMap = Object.fromEntries(entryList.map((entry) => [
  entry === 'index' ? '.' : `./${entry}`,
  { source: `./src/${entry}.ts`, types: `./dist/${entry}.d.ts`, import: `./dist/${entry}.js` },
]));
exportsMap['./package.json'] = './package.json';
const write = (file, text) => { if (!existsSync(file)) writeFileSync(file, text); };
write(`${root}/package.json`, JSON.stringify({
  name, version: '0.1.0', description, license: 'MIT', type: 'module', sideEffects: false,
  exports: exportsMap, main: './dist/index.js', types: './dist/index.d.ts',
  files: ['dist', 'src', '!src/**/*.test.ts'],
  scripts: { build: 'tsup' }, engines: { node: '>=20.19' }, publishConfig: { access: 'public' },
}, null, 2) + '\n');
write(`${root}/tsconfig.json`, JSON.stringify({
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: '.tsbuild', tsBuildInfoFile: '.tsbuild/tsconfig.tsbuildinfo' },
  include: ['src'], references: [{ path: '../core' }],
}, null, 2) + '\n');
write(`${root}/tsup.config.ts`, `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: [${entryList.map((e) => `'src/${e}.ts'`).join(', ')}],
  format: ['esm'],
  dts: { compilerOptions: { composite: false, customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
`);
write(`${root}/vitest.config.ts`, `import { defineTrainkitProject } from '../../vitest.shared.js';

export default defineTrainkitProject('${dir}');
`);
