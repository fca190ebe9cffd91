import { defineTrainkitBuild } from '../../tsup.shared.js';

export default defineTrainkitBuild({
  index: 'src/index.ts',
  'import-source-worker': 'src/files/import-source-worker.ts',
});
