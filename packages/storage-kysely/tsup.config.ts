import { defineTrainkitBuild } from '../../tsup.shared.js';

export default defineTrainkitBuild({
  index: 'src/index.ts',
  'sqlite/index': 'src/sqlite/index.ts',
  'postgres/index': 'src/postgres/index.ts',
  'pglite/index': 'src/pglite/index.ts',
  'testing/index': 'src/testing/index.ts',
});
