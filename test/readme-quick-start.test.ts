/**
 * README.md keeps its promises: the quick start is exactly two npm commands backed by root scripts. (The "Using
 * trainkit from code" program is type-checked and run by `readme-using-trainkit.test.ts`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The body of the `## <title>` section, up to the next level-2 heading. */
function section(title: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start === -1) throw new Error(`README.md has no "## ${title}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The first fenced code block of a section (with its info string), or undefined. */
function firstCodeBlock(markdown: string): { language: string; code: string } | undefined {
  const match = /^```([^\n`]*)\n([\s\S]*?)^```\s*$/m.exec(markdown);
  return match ? { language: (match[1] ?? '').trim(), code: match[2] ?? '' } : undefined;
}

describe('README.md', () => {
  it('quick start: the first code block is exactly `npm run demo` and `npm test`', () => {
    const block = firstCodeBlock(section('Quick start'));
    expect(block?.code.split('\n').filter((line) => line.trim() !== '')).toEqual(['npm run demo', 'npm test']);
  });

  it('quick start: the root package.json scripts behind them run scripts/run.mjs', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(manifest.scripts?.demo).toMatch(/^node scripts\/run\.mjs demo(\s|$)/);
    expect(manifest.scripts?.test).toMatch(/^node scripts\/run\.mjs test(\s|$)/);
    expect(readFileSync(join(root, 'scripts', 'run.mjs'), 'utf8')).toMatch(/mode === 'demo'[\s\S]*mode === 'test'/);
  });
});
