/**
 * Which documents the docs tests read, in one place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Where `pnpm docs` writes the site (typedoc's `out`). */
export const SITE_DIR = join(ROOT, readTypedocConfig().out);

/** The root `typedoc.json`, as far as the docs tests read it. */
export interface TypedocConfig {
  readonly out: string;
  readonly projectDocuments: readonly string[];
  readonly packageOptions?: { readonly entryPoints?: readonly string[] };
}

/** Reads the root `typedoc.json`. */
export function readTypedocConfig(): TypedocConfig {
  return JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as TypedocConfig;
}

/** Every markdown document under `docs/` (guides, architecture, the generated dictionary), not the built site. */
export function docsMarkdownFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && path !== SITE_DIR) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(join(ROOT, 'docs'));
  return files.sort();
}

/** The README of every package (`packages/<name>/README.md`) that exists. */
export function packageReadmes(): string[] {
  const packagesDir = join(ROOT, 'packages');
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name, 'README.md'))
    .filter((path) => existsSync(path))
    .sort();
}

/** `root`-relative path with forward slashes. */
export function fromRoot(path: string): string {
  return relative(ROOT, path).split('\\').join('/');
}
