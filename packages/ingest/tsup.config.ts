import { defineTrainkitBuild } from '../../tsup.shared.js';

export default defineTrainkitBuild({
  index: 'src/index.ts',
});
