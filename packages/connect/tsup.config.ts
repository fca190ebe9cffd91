import { defineTrainkitBuild } from '../../tsup.shared.js';

export default defineTrainkitBuild(['src/index.ts']);
