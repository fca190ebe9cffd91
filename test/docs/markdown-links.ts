/**
 * Links and heading anchors of markdown documents, resolved the way GitHub resolves them in a repository, so that a
 * broken relative link or a `#anchor` without its heading is found before a reader finds it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

/** One link of a document. */
export interface MarkdownLink {
  /** The target as written (`../cli.md#fatigue`). */
  readonly target: string;
  /** 1-based line. */
  readonly line: number;
}

/** The document with fenced code blocks blanked (and inline code spans emptied unless kept), line numbers kept. */
function proseOf(markdown: string, keepCodeSpans = false): string {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker) {
        fence = marker;
        return '';
      }
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return '';
      }
      return keepCodeSpans ? line : line.replace(/(`+)[\s\S]*?\1/g, (span) => ' '.repeat(span.length));
    })
    .join('\n');
}

/** Inline links and images (`[text](target)`, `![alt](src)`), reference definitions and `<a href>`, outside code. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseOf(markdown)
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
        links.push({ target: (match[1] ?? '').replace(/^<|>$/g, ''), line: index + 1 });
      }
      const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
      if (definition) links.push({ target: (definition[1] ?? '').replace(/^<|>$/g, ''), line: index + 1 });
      for (const match of line.matchAll(/<a\s[^>]*href="([^"]+)"/g)) links.push({ target: match[1] ?? '', line: index + 1 });
    });
  return links;
}

/**
 * GitHub's anchor for a heading (github-slugger): the rendered text lower-cased, every character that is not a letter,
 * mark, number, connector, space or hyphen removed, spaces turned into hyphens.
 */
export function githubSlug(headingText: string): string {
  const rendered = headingText
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/\*\*|\*/g, '');
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a document offers: its headings' slugs (repeats numbered `-1`, `-2`, ...) and explicit `id`/`name`s. */
export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseOf(markdown, true).split('\n')) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const slug = githubSlug(heading[1] ?? '');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const match of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  }
  return anchors;
}

/** True for links that leave the repository (`https:`, `mailto:`, ...). */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * The broken internal links of the document at `path` (absolute), as `line: target: reason`: a relative path that
 * does not exist, or an anchor (in this or another markdown document) that no heading produces.
 */
export function brokenLinks(root: string, path: string, markdown = readFileSync(path, 'utf8')): string[] {
  const problems: string[] = [];
  for (const { target, line } of markdownLinks(markdown)) {
    if (isExternal(target)) continue;
    const hash = target.indexOf('#');
    const filePart = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
    let file: string;
    try {
      file = filePart === '' ? path : filePart.startsWith('/') ? join(root, decodeURI(filePart)) : resolve(dirname(path), decodeURI(filePart));
    } catch {
      problems.push(`${line}: ${target}: not a valid URL path`);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`${line}: ${target}: no such file or directory`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (statSync(file).isDirectory() || extname(file).toLowerCase() !== '.md') continue;
    const text = file === path ? markdown : readFileSync(file, 'utf8');
    if (!markdownAnchors(text).has(anchor)) problems.push(`${line}: ${target}: no heading makes the anchor #${anchor}`);
  }
  return problems;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.tsbuild', '.git', '.scratch', '.changeset', 'coverage']);

/** Every markdown document of the repository (not dependencies, build output or the built docs site). */
export function repositoryMarkdownFiles(root: string, skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const skipped = new Set(skip.map((folder) => resolve(root, folder)));
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.tmp') && !skipped.has(path)) walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        files.push(path);
      }
    }
  };
  walk(root);
  return files.sort();
}
