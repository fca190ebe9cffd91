import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './docs-scope.js';
import { codeBlockUnits } from './markdown-code-blocks.js';
import { typecheckCodeBlockUnits, workspaceSourceEntries } from './typecheck-code-blocks.js';

describe('workspaceSourceEntries', () => {
  it('maps every package entry of an exports map to its TypeScript source', () => {
    const entries = workspaceSourceEntries(ROOT);
    expect(entries.get('@trainkit/core')).toBe(join(ROOT, 'packages', 'core', 'src', 'index.ts'));
    expect(entries.get('@trainkit/storage-kysely/testing')).toBe(join(ROOT, 'packages', 'storage-kysely', 'src', 'testing', 'index.ts'));
    expect(entries.has('@trainkit/core/package.json')).toBe(false);
  });
});

describe('typecheckCodeBlockUnits', () => {
  const markdown = [
    '# Guide', //                                                        1
    '```ts', //                                                          2
    "import { TRAINKIT_BOUNDS } from '@trainkit/core';", //              3
    'const max: number = TRAINKIT_BOUNDS.heartRateBpm.max;', //          4
    '```', //                                                            5
    '<!-- typecheck: continue -->', //                                   6
    '```ts', //                                                          7
    'const wrong: string = max;', //                                     8
    '```', //                                                            9
    '```ts', //                                                          10
    "import { noSuchExport } from '@trainkit/core';", //                 11
    'await Promise.resolve(noSuchExport);', //                           12
    '```', //                                                            13
    '```ts', //                                                          14
    "import { createTrainkit } from 'trainkit';", //                     15
    'export const make = createTrainkit;', //                            16
    '```', //                                                            17
  ].join('\n');

  it('checks each unit as a strict ES module against the workspace sources and reports the markdown line', { timeout: 120_000 }, () => {
    const units = codeBlockUnits('guide.md', markdown);
    const problems = typecheckCodeBlockUnits(ROOT, units);
    expect(problems).toEqual([
      [{ where: 'guide.md:8', message: "TS2322: Type 'number' is not assignable to type 'string'." }],
      [{ where: 'guide.md:11', message: expect.stringMatching(/^TS2305: Module '"@trainkit\/core"' has no exported member 'noSuchExport'/) }],
      [],
    ]);
  });
});
