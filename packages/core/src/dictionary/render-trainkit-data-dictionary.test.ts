import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTrainkitDataDictionary } from './render-trainkit-data-dictionary.js';

describe('docs/data-dictionary.md', () => {
  it('is up to date with the table registry', () => {
    const path = fileURLToPath(new URL('../../../../docs/data-dictionary.md', import.meta.url));
    let committed: string;
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`docs/data-dictionary.md is missing: run pnpm docs:dictionary`);
    }
    if (committed !== renderTrainkitDataDictionary()) {
      throw new Error('docs/data-dictionary.md is stale: run pnpm docs:dictionary');
    }
    expect(committed).toContain('## Open categorical fields');
  });
});
