import type { Env, Hono } from 'hono';
import { problem, problemResponse } from '../problem.js';
import { loadDashboardAssets } from './dashboard-assets.js';
import { DASHBOARD_PAGES, renderDashboardPage } from './dashboard-pages.js';

/**
 * The Content-Security-Policy of every dashboard page and asset: scripts, styles, images and API calls from this
 * origin only, no inline script or style attribute (uPlot and the pages set styles through the CSSOM, which CSP
 * allows), no plugins, frames, `<base>` or foreign form targets.
 */
export const DASHBOARD_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': DASHBOARD_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;
// Pages and the dashboard's own scripts change with the server: revalidate (cheap, by ETag). uPlot's names carry its version.
const REVALIDATE = 'no-cache';
const ONE_YEAR = 'public, max-age=31536000, immutable';

/**
 * Serves the dashboard: the pages of `DASHBOARD_PAGES` (`/dashboard`, `/dashboard/activities`, `/dashboard/plan`,
 * `/dashboard/import`) and their assets (`/dashboard/assets/<name>`, uPlot's browser build included), all without
 * authentication since they hold no data: the browser reads the token from the URL fragment and calls the `/me` API
 * itself. Plain `app.get` routes, so they stay out of the OpenAPI document. Files are read once, here.
 *
 * @example
 * ```ts
 * const app = createServerApp({ trainkit, storage, adminToken });
 * registerDashboardRoutes(app);
 * // then open http://127.0.0.1:3000/dashboard#token=tk_…
 * ```
 */
export function registerDashboardRoutes<E extends Env>(app: Hono<E>): void {
  const assets = loadDashboardAssets();
  for (const page of DASHBOARD_PAGES) {
    const html = renderDashboardPage(page);
    app.get(page.path, () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': REVALIDATE, ...SECURITY_HEADERS } }));
    // `/dashboard/` as typed by hand: one canonical URL per page, the query (and so `?week=`, `?from=`) kept.
    app.get(`${page.path}/`, (c) => c.redirect(`${page.path}${new URL(c.req.url).search}`, 308));
  }
  app.get('/dashboard/assets/:name', (c) => {
    const name = c.req.param('name');
    const asset = assets.get(name);
    if (asset === undefined) return problemResponse(problem(404, 'NOT_FOUND', `No dashboard asset named ${JSON.stringify(name)}.`));
    const headers = { 'content-type': asset.contentType, 'cache-control': asset.immutable ? ONE_YEAR : REVALIDATE, etag: asset.etag, ...SECURITY_HEADERS };
    if (c.req.header('if-none-match') === asset.etag) return new Response(null, { status: 304, headers });
    return new Response(asset.body, { headers });
  });
}
