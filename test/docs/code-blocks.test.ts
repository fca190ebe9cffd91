/**
 * Every TypeScript block of the docs (`docs/**\/*.md`) and of the package READMEs type-checks against the workspace
 * packages as a consumer project compiles it (ESM, `nodenext`, strict). A block is left out only with
 * `<!-- typecheck: skip: <reason> -->` on the line before it; `<!-- typecheck: continue -->` checks a block together
 * with the ones before it. The root README's snippet is covered by `test/readme-quick-start.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { docsMarkdownFiles, fromRoot, packageReadmes, ROOT } from './docs-scope.js';
import { codeBlockDirectiveProblems, codeBlockUnits, type CodeBlockUnit } from './markdown-code-blocks.js';
import { typecheckCodeBlockUnits, type CodeBlockProblem } from './typecheck-code-blocks.js';

const documents = [...docsMarkdownFiles(), ...packageReadmes()].map((path) => ({
  file: fromRoot(path),
  markdown: readFileSync(path, 'utf8'),
}));
const units: CodeBlockUnit[] = documents.flatMap(({ file, markdown }) => codeBlockUnits(file, markdown));

describe('TypeScript blocks of the guides, docs and package READMEs', () => {
  let problems: CodeBlockProblem[][] = [];
  beforeAll(() => {
    problems = typecheckCodeBlockUnits(ROOT, units);
  }, 180_000);

  it('use only known typecheck directives, and every skip gives its reason', () => {
    expect(documents.flatMap(({ file, markdown }) => codeBlockDirectiveProblems(file, markdown))).toEqual([]);
  });

  it('include the guides', () => {
    const guides = new Set(units.map((unit) => unit.file).filter((file) => file.startsWith('docs/guides/')));
    expect([...guides].sort()).toEqual(
      expect.arrayContaining(['docs/guides/getting-started.md', 'docs/guides/logging.md', 'docs/guides/storage.md']),
    );
  });

  it.each(units.map((unit, index) => [`${unit.file}:${unit.blocks[0]?.line}`, index] as const))('%s type-checks', (_, index) => {
    expect(problems[index]).toEqual([]);
  });
});
