import { describe, expect, it } from 'vitest';
import { codeBlockDirectiveProblems, codeBlockUnits, markdownCodeBlocks } from './markdown-code-blocks.js';

const guide = [
  '# Guide', //                          1
  '', //                                 2
  '```ts', //                            3
  "const a = 1;", //                     4
  '```', //                              5
  '<!-- typecheck: continue -->', //     6
  '```typescript', //                    7
  'console.log(a);', //                  8
  '```', //                              9
  '<!-- typecheck: skip: pseudo-code -->', // 10
  '```ts', //                            11
  'let state = next(state);', //         12
  '```', //                              13
  '````md', //                           14
  '```ts', //                            15
  'not a block of its own', //           16
  '```', //                              17
  '````', //                             18
  '```bash', //                          19
  'npm test', //                         20
  '```', //                              21
].join('\n');

describe('markdownCodeBlocks', () => {
  it('finds fenced blocks with their language, first line and directive; a longer fence contains shorter ones', () => {
    expect(markdownCodeBlocks(guide)).toEqual([
      { language: 'ts', code: 'const a = 1;', line: 4, directive: { kind: 'check' } },
      { language: 'typescript', code: 'console.log(a);', line: 8, directive: { kind: 'continue' } },
      { language: 'ts', code: 'let state = next(state);', line: 12, directive: { kind: 'skip', reason: 'pseudo-code' } },
      { language: 'md', code: '```ts\nnot a block of its own\n```', line: 15, directive: { kind: 'check' } },
      { language: 'bash', code: 'npm test', line: 20, directive: { kind: 'check' } },
    ]);
  });
});

describe('codeBlockUnits', () => {
  it('joins a continued block to the one before it and leaves skipped and non-TypeScript blocks out', () => {
    const units = codeBlockUnits('guide.md', guide);
    expect(units.map((unit) => unit.blocks.map((block) => block.line))).toEqual([[4, 8]]);
  });
});

describe('codeBlockDirectiveProblems', () => {
  it('accepts valid directives', () => {
    expect(codeBlockDirectiveProblems('guide.md', guide)).toEqual([]);
  });

  it('refuses a skip without a reason, an unknown directive, a directive on a shell block and an orphan continue', () => {
    const markdown = [
      '<!-- typecheck: continue -->',
      '```ts',
      'y',
      '```',
      '<!-- typecheck: skip -->',
      '```ts',
      'x',
      '```',
      '<!-- typecheck: skip: not TypeScript -->',
      '```bash',
      'ls',
      '```',
    ].join('\n');
    expect(codeBlockDirectiveProblems('bad.md', markdown)).toEqual([
      'bad.md:1: "continue" needs a checked TypeScript block before it',
      'bad.md:5: unknown directive "typecheck: skip" (use "skip: <reason>" or "continue")',
      'bad.md:9: a typecheck directive on a bash block',
    ]);
  });
});
