import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, bearer, createTestServer, json } from '../test-server.js';
import { BODY_MAP_MUSCLES } from './body-map-svg.js';
import { UPLOT_SCRIPT_ASSET, UPLOT_STYLESHEET_ASSET } from './dashboard-assets.js';
import { DASHBOARD_PAGES } from './dashboard-pages.js';
import { DASHBOARD_CONTENT_SECURITY_POLICY } from './register-dashboard-routes.js';

type TestServer = Awaited<ReturnType<typeof createTestServer>>;
let server: TestServer;

beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.storage.close();
});

describe('dashboard pages', () => {
  it('serves every page as an HTML shell with the strict CSP, without a token', async () => {
    expect(DASHBOARD_PAGES.map((page) => page.path)).toEqual(['/dashboard', '/dashboard/activities', '/dashboard/plan', '/dashboard/import']);
    for (const page of DASHBOARD_PAGES) {
      const response = await server.app.request(page.path);
      expect(response.status, page.path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(DASHBOARD_CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await response.text();
      expect(html).toContain(`<body data-page="${page.name}" data-state="loading">`);
      expect(html).toContain(`<script type="module" src="/dashboard/assets/${page.script}"></script>`);
      // No inline script or style: the CSP would refuse them.
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=|<style/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('redirects a page path typed with a trailing slash to the page, keeping the query', async () => {
    for (const page of DASHBOARD_PAGES) {
      const response = await server.app.request(`${page.path}/?week=2024-06-17`);
      expect(response.status, page.path).toBe(308);
      expect(response.headers.get('location'), page.path).toBe(`${page.path}?week=2024-06-17`);
    }
    expect((await server.app.request('/dashboard/')).headers.get('location')).toBe('/dashboard');
  });

  it('allows nothing but this origin, and no inline script or style', () => {
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|data:|https?:/);
  });

  it('renders no athlete data into the shells, even for a request with a valid token', async () => {
    await server.app.request('/users', json('POST', { id: 'shell_athlete', timeZone: 'Europe/Berlin', displayName: 'Shell Athlete Name' }, ADMIN_TOKEN));
    const issued = await server.app.request('/users/shell_athlete/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) });
    const { token } = (await issued.json()) as { token: string };
    await server.app.request('/me/logs', json('POST', {
      kind: 'cardio', entry: { activity: 'running', start: '2024-06-18T06:00:00Z', timeZone: 'Europe/Berlin', durationSeconds: 1800, distanceM: 5000 },
    }, token));
    for (const page of DASHBOARD_PAGES) {
      const html = await (await server.app.request(page.path, bearer(token))).text();
      expect(html).not.toContain('shell_athlete');
      expect(html).not.toContain('Shell Athlete Name');
      expect(html).not.toContain('2024-06-18');
      expect(html).not.toContain(token);
    }
  });

  it('draws every muscle of the fatigue report on the overview\'s body map, front and back', async () => {
    const html = await (await server.app.request('/dashboard')).text();
    for (const muscle of BODY_MAP_MUSCLES) expect(html, muscle).toContain(`data-muscle="${muscle}"`);
    expect(html).toContain('data-view="front"');
    expect(html).toContain('data-view="back"');
    expect(html).toContain(`/dashboard/assets/${UPLOT_SCRIPT_ASSET}`);
    expect(html).toContain(`/dashboard/assets/${UPLOT_STYLESHEET_ASSET}`);
  });

  it('lists the same 20 muscles as a fatigue report', async () => {
    await server.app.request('/users', json('POST', { id: 'muscles_athlete', timeZone: 'Europe/Berlin' }, ADMIN_TOKEN));
    const { token } = (await (await server.app.request('/users/muscles_athlete/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) })).json()) as { token: string };
    const report = (await (await server.app.request('/me/fatigue', bearer(token))).json()) as { muscles: Record<string, unknown> };
    expect([...BODY_MAP_MUSCLES].sort()).toEqual(Object.keys(report.muscles).sort());
    expect(BODY_MAP_MUSCLES).toHaveLength(20);
  });
});

describe('dashboard assets', () => {
  it('serves the page scripts, the stylesheet and the icon with their content types, revalidated by ETag', async () => {
    const expected = {
      'dashboard.js': 'text/javascript; charset=utf-8',
      'overview.js': 'text/javascript; charset=utf-8',
      'activities.js': 'text/javascript; charset=utf-8',
      'plan.js': 'text/javascript; charset=utf-8',
      'import.js': 'text/javascript; charset=utf-8',
      'dashboard.css': 'text/css; charset=utf-8',
      'favicon.svg': 'image/svg+xml; charset=utf-8',
    };
    for (const [name, contentType] of Object.entries(expected)) {
      const response = await server.app.request(`/dashboard/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(contentType);
      expect(response.headers.get('cache-control'), name).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), name).toBe(DASHBOARD_CONTENT_SECURITY_POLICY);
      expect((await response.text()).length, name).toBeGreaterThan(100);
      const etag = response.headers.get('etag');
      expect(etag, name).toMatch(/^"[\w-]+"$/);
      const again = await server.app.request(`/dashboard/assets/${name}`, { headers: { 'if-none-match': etag! } });
      expect(again.status, name).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('serves uPlot from the installed package under a versioned name, cached for a year', async () => {
    expect(UPLOT_SCRIPT_ASSET).toBe('uplot-1.6.32.min.js');
    const script = await server.app.request(`/dashboard/assets/${UPLOT_SCRIPT_ASSET}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await script.text();
    expect(body.slice(0, 120)).toContain('uPlot (v1.6.32) */\nvar uPlot=');
    const stylesheet = await server.app.request(`/dashboard/assets/${UPLOT_STYLESHEET_ASSET}`);
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(stylesheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await stylesheet.text()).startsWith('.uplot')).toBe(true);
  });

  it('answers 404 problems for unknown assets and never reads paths from the request', async () => {
    for (const name of ['nope.js', 'uplot.js', '..%2Fregister-dashboard-routes.ts', '..%2F..%2Fpackage.json', 'body-map-svg.ts']) {
      const response = await server.app.request(`/dashboard/assets/${name}`);
      expect(response.status, name).toBe(404);
      expect(response.headers.get('content-type'), name).toBe('application/problem+json');
      expect(((await response.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
    expect((await server.app.request('/dashboard/assets/../../package.json')).status).toBe(404);
  });

  it('keeps the dashboard out of the OpenAPI document', async () => {
    const document = (await (await server.app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/dashboard'))).toEqual([]);
  });
});
