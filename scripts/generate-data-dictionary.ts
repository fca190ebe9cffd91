/**
 * Writes docs/data-dictionary.md from the @trainkit/core table registry. Run with `pnpm docs:dictionary`.
 * The core test `render-trainkit-data-dictionary.test.ts` fails when the committed file differs from this output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTrainkitDataDictionary } from '../packages/core/src/index.js';

const target = fileURLToPath(new URL('../docs/data-dictionary.md', import.meta.url));
writeFileSync(target, renderTrainkitDataDictionary());
console.log(`wrote ${target}`);
