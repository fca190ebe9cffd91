import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, githubSlug, markdownAnchors, markdownLinks, repositoryMarkdownFiles } from './markdown-links.js';

describe('githubSlug', () => {
  it.each([
    ['The report JSON', 'the-report-json'],
    ['Weekly muscle load, planned and performed', 'weekly-muscle-load-planned-and-performed'],
    ['The report (`FatigueReportSchema`): the stable JSON contract', 'the-report-fatiguereportschema-the-stable-json-contract'],
    ['Incremental use (`user_fatigue_state`)', 'incremental-use-user_fatigue_state'],
    ['The `trainkit` command line', 'the-trainkit-command-line'],
    ['[Storage](storage.md) and dialects', 'storage-and-dialects'],
    ['Über § 5.3 — Größen', 'über--53--größen'],
  ])('%s -> %s', (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });
});

describe('markdownAnchors', () => {
  it('numbers repeated headings, ignores headings inside code blocks, and keeps explicit ids', () => {
    const markdown = ['# Notes', '## Notes', '```md', '## Hidden', '```', '<a id="custom"></a>', '### `users`'].join('\n');
    expect([...markdownAnchors(markdown)]).toEqual(['notes', 'notes-1', 'custom', 'users']);
  });
});

describe('markdownLinks', () => {
  it('finds inline links, images, reference definitions and <a href>, not links inside code', () => {
    const markdown = [
      'See [the guide](guides/a.md#top "title") and ![diagram](<img/a b.png>).',
      'Code: `[not](a-link.md)` and',
      '```md',
      '[neither](b.md)',
      '```',
      '[ref]: ../README.md',
      '<a href="c.md">c</a>',
    ].join('\n');
    expect(markdownLinks(markdown)).toEqual([
      { target: 'guides/a.md#top', line: 1 },
      { target: 'img/a b.png', line: 1 },
      { target: '../README.md', line: 6 },
      { target: 'c.md', line: 7 },
    ]);
  });
});

describe('brokenLinks', () => {
  const root = mkdtempSync(join(tmpdir(), 'trainkit-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'docs', 'guides'), { recursive: true });
  mkdirSync(join(root, 'packages', 'core'), { recursive: true });
  writeFileSync(join(root, 'docs', 'guides', 'cli.md'), '# CLI\n\n## Errors and exit codes\n');
  writeFileSync(join(root, 'packages', 'core', 'index.ts'), 'export {};\n');

  it('accepts existing files, folders, anchors in this and other documents, and external links', () => {
    const path = join(root, 'docs', 'guides', 'start.md');
    const markdown = [
      '# Start',
      '## Next steps',
      '[cli](cli.md#errors-and-exit-codes) [self](#next-steps) [core](../../packages/core) [src](/packages/core/index.ts#L1)',
      '[web](https://example.com/x.md#nope) [mail](mailto:a@b.c)',
    ].join('\n');
    writeFileSync(path, markdown);
    expect(brokenLinks(root, path)).toEqual([]);
  });

  it('reports a missing file, a missing anchor in another document and a missing anchor in the same one', () => {
    const path = join(root, 'docs', 'guides', 'broken.md');
    const markdown = ['# Broken', '[a](storage.md)', '[b](cli.md#errors)', '[c](#nowhere)'].join('\n');
    writeFileSync(path, markdown);
    expect(brokenLinks(root, path)).toEqual([
      '2: storage.md: no such file or directory',
      '3: cli.md#errors: no heading makes the anchor #errors',
      '4: #nowhere: no heading makes the anchor #nowhere',
    ]);
  });

  it('lists markdown files without dependencies or build output', () => {
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'x', 'README.md'), '# x\n');
    mkdirSync(join(root, 'docs', 'site'), { recursive: true });
    writeFileSync(join(root, 'docs', 'site', 'page.md'), '# built\n');
    expect(repositoryMarkdownFiles(root, ['docs/site']).map((path) => path.slice(root.length + 1))).toEqual([
      'docs/guides/broken.md',
      'docs/guides/cli.md',
      'docs/guides/start.md',
    ]);
  });
});
