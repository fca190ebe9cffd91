/**
 * Every internal link of every markdown document in the repository (READMEs, guides, docs) resolves: relative file
 * links point at a file or folder that exists, and `#anchors` at a heading of the target document, as GitHub
 * renders them. (typedoc checks the same links again when it builds the site.)
 */
import { describe, expect, it } from 'vitest';
import { fromRoot, ROOT, SITE_DIR } from './docs-scope.js';
import { brokenLinks, repositoryMarkdownFiles } from './markdown-links.js';

const files = repositoryMarkdownFiles(ROOT, [fromRoot(SITE_DIR)]);

describe('internal links of the markdown documents', () => {
  it('cover the READMEs and the guides', () => {
    const names = files.map(fromRoot);
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/guides/getting-started.md', 'packages/core/README.md']));
  });

  it.each(files.map((path) => [fromRoot(path), path] as const))('%s has no broken internal link', (_, path) => {
    expect(brokenLinks(ROOT, path)).toEqual([]);
  });
});
