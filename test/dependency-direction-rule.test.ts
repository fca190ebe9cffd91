import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { dependencyDirectionRule } from '../tools/eslint/dependency-direction-rule.js';

const root = join(import.meta.dirname, '..');

function lint(fileInPackage: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js'],
        plugins: { trainkit: { rules: { 'dependency-direction': dependencyDirectionRule } } },
        rules: { 'trainkit/dependency-direction': 'error' },
        languageOptions: { sourceType: 'module', ecmaVersion: 2022 },
      },
    ],
    { filename: join(root, fileInPackage) },
  );
  return messages.map((message) => message.message);
}

describe('trainkit/dependency-direction', () => {
  it('allows importing downward', () => {
    expect(lint('packages/fatigue/src/x.js', "import { ok } from '@trainkit/core';")).toEqual([]);
    expect(lint('packages/cli/src/x.js', "import { a } from '@trainkit/fatigue';")).toEqual([]);
  });

  it('rejects a sibling import inside one layer', () => {
    const messages = lint('packages/fatigue/src/x.js', "import { a } from '@trainkit/catalog';");
    expect(messages).toEqual([expect.stringContaining('must not import its sibling @trainkit/catalog')]);
  });

  it('rejects an upward import, including re-exports and dynamic imports', () => {
    expect(lint('packages/core/src/x.js', "export * from '@trainkit/storage-kysely';")).toHaveLength(1);
    expect(lint('packages/core/src/x.js', "const m = await import('@trainkit/cli');")).toHaveLength(1);
    expect(lint('packages/catalog/src/x.js', "import { s } from '@trainkit/storage-kysely/migrations';")).toEqual([
      expect.stringContaining('imports go downward only'),
    ]);
  });

  it('rejects a package with no declared layer', () => {
    expect(lint('packages/core/src/x.js', "import { a } from '@trainkit/unknown-thing';")).toEqual([
      expect.stringContaining('has no layer'),
    ]);
  });
});
