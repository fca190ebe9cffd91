import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file the dashboard serves under `/dashboard/assets/<name>`. */
export interface DashboardAsset {
  readonly body: string;
  readonly contentType: string;
  /** A strong validator of the body, for `If-None-Match`. */
  readonly etag: string;
  /** Whether the name changes with the content (uPlot's carry its version), so browsers may cache it for a year. */
  readonly immutable: boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
};

const OWN_ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const UPLOT_PACKAGE_JSON = createRequire(import.meta.url).resolve('uplot/package.json');
const UPLOT_VERSION = (JSON.parse(readFileSync(UPLOT_PACKAGE_JSON, 'utf8')) as { version: string }).version;

/** The asset name of uPlot's browser build (`uplot-<version>.min.js`): a new version is a new URL, never a stale cache. */
export const UPLOT_SCRIPT_ASSET = `uplot-${UPLOT_VERSION}.min.js`;
/** The asset name of uPlot's stylesheet (`uplot-<version>.min.css`). */
export const UPLOT_STYLESHEET_ASSET = `uplot-${UPLOT_VERSION}.min.css`;

/**
 * Reads the dashboard's assets once: its own files of `src/dashboard/assets` (page scripts, stylesheet, icon) and
 * uPlot's browser build and stylesheet from the installed `uplot` package, named with its version. Names are looked
 * up exactly in the returned map, so no request path ever reaches the file system.
 *
 * @example
 * ```ts
 * const assets = loadDashboardAssets();
 * assets.get(UPLOT_SCRIPT_ASSET)?.contentType; // 'text/javascript; charset=utf-8'
 * ```
 */
export function loadDashboardAssets(): ReadonlyMap<string, DashboardAsset> {
  const assets = new Map<string, DashboardAsset>();
  const add = (name: string, path: string, immutable: boolean) => {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType === undefined) return;
    const body = readFileSync(path, 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(name, { body, contentType, etag, immutable });
  };
  for (const name of readdirSync(OWN_ASSETS_DIR).sort()) add(name, join(OWN_ASSETS_DIR, name), false);
  const uplotDist = join(dirname(UPLOT_PACKAGE_JSON), 'dist');
  add(UPLOT_SCRIPT_ASSET, join(uplotDist, 'uPlot.iife.min.js'), true);
  add(UPLOT_STYLESHEET_ASSET, join(uplotDist, 'uPlot.min.css'), true);
  return assets;
}
