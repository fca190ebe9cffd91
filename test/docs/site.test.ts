/**
 * The docs site (`pnpm run docs`, typedoc, into `docs/site/`): its configuration covers every guide and every public
 * entry point of every package, and the built site holds the current guides with working internal links.
 *
 * `npm test` (scripts/run.mjs) builds the site before it runs vitest; run `pnpm run docs` first when running these
 * tests on their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot, readTypedocConfig, ROOT, SITE_DIR } from './docs-scope.js';
import { markdownCodeBlocks } from './markdown-code-blocks.js';

const config = readTypedocConfig();
const documents = config.projectDocuments.map((path) => join(ROOT, path));

/** The YAML front matter keys typedoc reads (`title`, `group`), as plain strings. */
function frontMatter(markdown: string): Record<string, string> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const entries: Record<string, string> = {};
  for (const line of match?.[1]?.split('\n') ?? []) {
    const pair = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (pair) entries[pair[1] ?? ''] = pair[2] ?? '';
  }
  return entries;
}

/** Heading texts (levels 2 and 3) of a markdown document as rendered: no code fences, backticks or link syntax. */
function markdownHeadings(markdown: string): string[] {
  const fenced = new Set(
    markdownCodeBlocks(markdown).flatMap((block) => Array.from({ length: block.code.split('\n').length }, (_, i) => block.line + i)),
  );
  return markdown
    .split('\n')
    .flatMap((line, index) => (fenced.has(index + 1) ? [] : [/^#{2,3}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]]))
    .filter((heading): heading is string => heading !== undefined)
    .map((heading) => heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '').replace(/\*\*|\*/g, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

function pageTitle(html: string): string | undefined {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];
  return title === undefined ? undefined : htmlText(title).replace(/ \| trainkit$/, '');
}

function htmlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('docs site configuration (typedoc.json)', () => {
  it('lists every guide in docs/guides/ as a project document, and every listed document exists', () => {
    const guides = readdirSync(join(ROOT, 'docs', 'guides'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/guides/${name}`);
    expect(config.projectDocuments).toEqual(expect.arrayContaining(guides));
    expect(documents.filter((path) => !existsSync(path)).map(fromRoot)).toEqual([]);
  });

  it('gives every project document a title and a group in its front matter', () => {
    for (const path of documents) {
      const keys = frontMatter(readFileSync(path, 'utf8'));
      expect(keys.title, `${fromRoot(path)} title`).toMatch(/\S/);
      expect(keys.group, `${fromRoot(path)} group`).toMatch(/\S/);
    }
  });

  it('documents every entry point of every published package (each `exports` entry with a source)', () => {
    const packagesDir = join(ROOT, 'packages');
    const missing: string[] = [];
    for (const name of readdirSync(packagesDir)) {
      const manifestPath = join(packagesDir, name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { private?: boolean; exports?: Record<string, unknown> };
      if (manifest.private === true) continue;
      const own = join(packagesDir, name, 'typedoc.json');
      const entryPoints = existsSync(own)
        ? ((JSON.parse(readFileSync(own, 'utf8')) as { entryPoints?: string[] }).entryPoints ?? [])
        : (config.packageOptions?.entryPoints ?? []);
      const documented = new Set(entryPoints.map((entry) => entry.replace(/^\.\//, '')));
      for (const target of Object.values(manifest.exports ?? {})) {
        const source = typeof target === 'object' && target !== null ? (target as { source?: unknown }).source : undefined;
        if (typeof source === 'string' && !documented.has(source.replace(/^\.\//, ''))) missing.push(`packages/${name}: ${source}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('built docs site', () => {
  const index = join(SITE_DIR, 'index.html');
  const pages = htmlFiles(SITE_DIR);
  const titles = new Map(pages.map((page) => [pageTitle(readFileSync(page, 'utf8')), page]));

  it('exists (npm test runs `pnpm run docs` before the tests)', () => {
    expect(existsSync(index), `${fromRoot(index)} is missing: run \`pnpm run docs\``).toBe(true);
  });

  it.each(documents.map((path) => [fromRoot(path), path] as const))('has a current page for %s', (_, path) => {
    const markdown = readFileSync(path, 'utf8');
    const title = frontMatter(markdown).title ?? '';
    const page = titles.get(title);
    expect(page, `no page titled "${title}" in ${fromRoot(SITE_DIR)}: run \`pnpm run docs\``).toBeDefined();
    const html = readFileSync(page ?? index, 'utf8');
    const rendered = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((match) => htmlText(match[1] ?? ''));
    const stale = markdownHeadings(markdown).filter((heading) => !rendered.includes(heading.trim()));
    expect(stale, `headings of ${fromRoot(path)} missing from ${fromRoot(page ?? index)}: the site is stale, run \`pnpm run docs\``).toEqual([]);
  });

  it('renders the generated data dictionary as a child page of its guide', () => {
    expect(titles.has('All tables and columns')).toBe(true);
  });

  it('copies no markdown file as a raw attachment (every linked document is a page of the site)', () => {
    const media = join(SITE_DIR, 'media');
    const raw = existsSync(media) ? readdirSync(media).filter((name) => name.toLowerCase().endsWith('.md')) : [];
    expect(raw).toEqual([]);
  });

  it('has working internal links and anchors on the home page, the guides and the package pages', () => {
    const checked = pages.filter((page) => /^(index\.html|documents\/|modules\/)/.test(relative(SITE_DIR, page)));
    expect(checked.length).toBeGreaterThan(documents.length);
    const ids = new Map<string, Set<string>>();
    const idsOf = (page: string) => {
      let found = ids.get(page);
      if (!found) {
        found = new Set([...readFileSync(page, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
        ids.set(page, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const page of checked) {
      const html = readFileSync(page, 'utf8');
      for (const [, href = ''] of html.matchAll(/\shref="([^"]*)"/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href === '' || href === '#') continue;
        const [path = '', anchor] = href.split('#');
        const target = path === '' ? page : join(dirname(page), decodeURI(path));
        if (!existsSync(target)) broken.push(`${relative(SITE_DIR, page)}: ${href} (no such file)`);
        else if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
          broken.push(`${relative(SITE_DIR, page)}: ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
