import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestServer } from '../test-server.js';
import { DASHBOARD_AS_OF, DASHBOARD_WEEK_END, DASHBOARD_WEEK_START, garminFitFixture, seedDashboardAthlete, type SeededAthlete } from './seed-dashboard-athlete.js';

// The dashboard in a real headless Chromium (Debian's, driven by playwright-core) against the real server app on
// SQLite: every number a page shows must equal what the JSON API answers for the same user, with no console error
// and no CSP violation. A full-page screenshot of each page is written to examples/server/test-artifacts/.

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
if (!HAS_CHROMIUM && process.env.TRAINKIT_REQUIRE_BROWSER === '1') {
  throw new Error(`TRAINKIT_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}
const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const AS_OF_DAY = DASHBOARD_AS_OF.slice(0, 10);
// Injected through the DevTools protocol, so the page's CSP does not apply to it; it reports what the CSP refuses.
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
});`;

interface PmcSeries { from: string; to: string; points: { date: string; ctl: number; atl: number; tsb: number }[] }
interface MuscleState { fatigue_percent: number; hours_to_90_percent_recovered: number }
interface FatigueReport { systemic: { percent: number; hours_to_90_percent_recovered: number }; muscles: Record<string, MuscleState> }
interface ActivityEntry { activity: { id: string; source: string }; sources: { record: { provider: string; external_id: string } }[]; decisions: { decision: string }[] }
interface Recommendation {
  explanation: string; payload_json: { action?: string }; goal_revision_ids_json: string[]; ingestion_run_ids_json: string[];
  heuristics_config_id: string; heuristics_config_version: string; heuristics_config_sha256: string; engine_version: string;
}
interface PlanEntry { planned_session: { id: string; title: string }; latest_set: { recommendations: Recommendation[] } | null }
interface RunEntry { run: { id: string; status: string }; counts: Record<string, number> | null }

/** A page with everything that would show a broken page recorded: console errors, uncaught errors, CSP violations. */
interface WatchedPage {
  readonly page: Page;
  readonly problems: string[];
  readonly requestedUrls: string[];
}

describe.skipIf(!HAS_CHROMIUM)('dashboard in headless Chromium', () => {
  let testServer: Awaited<ReturnType<typeof createTestServer>>;
  let httpServer: ServerType;
  let baseUrl: string;
  let athlete: SeededAthlete;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    testServer = await createTestServer();
    httpServer = serve({ fetch: testServer.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => httpServer.once('listening', () => resolve()));
    baseUrl = `http://127.0.0.1:${(httpServer.address() as { port: number }).port}`;
    athlete = await seedDashboardAthlete({ baseUrl, adminToken: ADMIN_TOKEN, userId: 'dashboard_athlete', trainkit: testServer.trainkit, storage: testServer.storage });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await new Promise((resolve) => httpServer?.close(resolve));
    await testServer?.storage.close();
  });

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${athlete.token}` } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }

  async function openPage(path: string, token = athlete.token): Promise<WatchedPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    contexts.push(context);
    await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
    const page = await context.newPage();
    const watched: WatchedPage = { page, problems: [], requestedUrls: [] };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => watched.requestedUrls.push(request.url()));
    await page.goto(`${baseUrl}${path}#token=${encodeURIComponent(token)}`);
    await page.locator('body:not([data-state="loading"])').waitFor({ timeout: 30_000 });
    return watched;
  }

  async function expectReady(watched: WatchedPage): Promise<void> {
    const state = await watched.page.locator('body').getAttribute('data-state');
    expect(state, (await watched.page.getByTestId('page-error').textContent()) ?? '').toBe('ready');
    // The token left the address bar and was never part of a requested URL.
    expect(watched.page.url()).not.toContain('token');
    expect(watched.requestedUrls.filter((url) => url.includes(athlete.token))).toEqual([]);
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, fullPage: true });
    expect(readFileSync(`${ARTIFACTS_DIR}${name}.png`).subarray(1, 4).toString()).toBe('PNG');
  }

  const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

  it('overview: the PMC chart and the body map show the API\'s numbers', async () => {
    const watched = await openPage(`/dashboard?to=${AS_OF_DAY}&at=${encodeURIComponent(DASHBOARD_AS_OF)}`);
    const { page } = watched;
    await expectReady(watched);

    // The default range: the 90 days ending `to`.
    const series = await api<PmcSeries>(`/me/pmc?from=2024-03-23&to=${AS_OF_DAY}`);
    expect(await page.locator('#range-form input[name="from"]').inputValue()).toBe(series.from);
    const last = series.points.at(-1)!;
    expect(last.date).toBe(AS_OF_DAY);
    expect(last.ctl).toBeGreaterThan(10);
    expect(await text(page, 'pmc-latest-ctl')).toBe(last.ctl.toFixed(1));
    expect(await text(page, 'pmc-latest-atl')).toBe(last.atl.toFixed(1));
    expect(await text(page, 'pmc-latest-tsb')).toBe(last.tsb.toFixed(1));
    expect(await text(page, 'pmc-latest-date')).toBe(last.date);
    // uPlot drew the series: its canvas, one legend row per series, every day of the series.
    const chart = page.getByTestId('pmc-chart');
    expect(await chart.locator('.uplot canvas').count()).toBe(1);
    expect((await chart.locator('.uplot canvas').boundingBox())!.width).toBeGreaterThan(600);
    expect(await chart.getAttribute('data-points')).toBe(String(series.points.length));
    expect(await chart.locator('.u-legend .u-series .u-label').allTextContents()).toEqual(['Day', 'Fitness (CTL)', 'Fatigue (ATL)', 'Form (TSB)', 'Load']);

    const report = await api<FatigueReport>(`/me/fatigue?at=${encodeURIComponent(DASHBOARD_AS_OF)}`);
    expect(await text(page, 'systemic-percent')).toBe(`${report.systemic.percent.toFixed(1)} %`);
    expect(await text(page, 'systemic-hours')).toBe(`${report.systemic.hours_to_90_percent_recovered.toFixed(1)} h`);
    const drawn = await page.locator('[data-testid="body-map"] [data-muscle]').evaluateAll((groups) => groups.map((group) => ({
      muscle: group.getAttribute('data-muscle')!,
      view: group.closest('[data-view]')!.getAttribute('data-view')!,
      fatigue: group.getAttribute('data-fatigue'),
      hours: group.getAttribute('data-hours'),
      fill: group.getAttribute('fill'),
      title: group.querySelector('title')!.textContent,
    })));
    const muscles = Object.keys(report.muscles);
    expect(muscles).toHaveLength(20);
    expect([...new Set(drawn.map((group) => group.muscle))].sort()).toEqual([...muscles].sort());
    expect(new Set(drawn.map((group) => group.view))).toEqual(new Set(['front', 'back']));
    for (const group of drawn) {
      const state = report.muscles[group.muscle]!;
      expect(group.fatigue, group.muscle).toBe(state.fatigue_percent.toFixed(1));
      expect(group.hours, group.muscle).toBe(state.hours_to_90_percent_recovered.toFixed(1));
      expect(group.title, group.muscle).toContain(`${state.fatigue_percent.toFixed(1)} % fatigued, ${state.hours_to_90_percent_recovered.toFixed(1)} h to 90 % recovered`);
    }
    // Coloured by fatigue: the most and the least fatigued muscle differ in colour.
    const byFatigue = [...muscles].sort((a, b) => report.muscles[b]!.fatigue_percent - report.muscles[a]!.fatigue_percent);
    const fillOf = (muscle: string) => drawn.find((group) => group.muscle === muscle)!.fill;
    expect(report.muscles[byFatigue[0]!]!.fatigue_percent).toBeGreaterThan(20);
    expect(fillOf(byFatigue[0]!)).not.toBe(fillOf(byFatigue.at(-1)!));
    // The table lists every muscle, most fatigued first, with the same numbers.
    const rows = await page.getByTestId('muscle-row').evaluateAll((trs) => trs.map((tr) => ({
      muscle: tr.getAttribute('data-muscle'),
      fatigue: tr.querySelector('[data-testid="muscle-fatigue"]')!.textContent,
      hours: tr.querySelector('[data-testid="muscle-hours"]')!.textContent,
    })));
    expect(rows.map((row) => row.muscle)).toEqual(byFatigue);
    for (const row of rows) {
      expect(row.fatigue).toBe(report.muscles[row.muscle!]!.fatigue_percent.toFixed(1));
      expect(row.hours).toBe(report.muscles[row.muscle!]!.hours_to_90_percent_recovered.toFixed(1));
    }

    // Hovering a muscle shows its fatigue and hours to recovered.
    const hovered = byFatigue[0]!;
    await page.locator(`[data-view="back"] [data-muscle="${hovered}"], [data-view="front"] [data-muscle="${hovered}"]`).first().hover();
    const tooltip = page.getByTestId('body-map-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.getAttribute('data-muscle')).toBe(hovered);
    expect(await tooltip.getByTestId('tooltip-fatigue').textContent()).toBe(`${report.muscles[hovered]!.fatigue_percent.toFixed(1)} % fatigued`);
    expect(await tooltip.getByTestId('tooltip-hours').textContent()).toBe(`${report.muscles[hovered]!.hours_to_90_percent_recovered.toFixed(1)} h to 90 % recovered`);

    await screenshot(page, 'overview');
    expect(watched.problems).toEqual([]);
  });

  it('activities: one row per API activity, with its source badges and merged records', async () => {
    const from = '2024-05-24';
    const watched = await openPage(`/dashboard/activities?to=${AS_OF_DAY}`);
    const { page } = watched;
    await expectReady(watched);
    const entries = await api<ActivityEntry[]>(`/me/activities?from=${from}&to=${AS_OF_DAY}`);
    expect(await page.locator('#range-form input[name="from"]').inputValue()).toBe(from);
    expect(entries.length).toBeGreaterThan(10);
    expect(await page.getByTestId('activity-row').count()).toBe(entries.length);
    const merged = entries.filter((entry) => entry.sources.length > 1);
    expect(merged).toHaveLength(1);
    expect(await text(page, 'activities-summary')).toBe(`${entries.length} activities from ${from} to ${AS_OF_DAY}, ${merged.length} merged from several sources.`);

    for (const entry of entries) {
      const row = page.locator(`[data-testid="activity-row"][data-activity-id="${entry.activity.id}"]`);
      const expected = [...new Set([...(entry.activity.source === 'provider' ? [] : [entry.activity.source]), ...entry.sources.map((source) => source.record.provider)])];
      expect(await row.getByTestId('source-badge').allTextContents(), entry.activity.id).toEqual(expected);
    }
    const [mergedEntry] = merged;
    const mergedRow = page.locator(`[data-testid="activity-row"][data-activity-id="${mergedEntry!.activity.id}"]`);
    expect((await mergedRow.getByTestId('source-badge').allTextContents()).sort()).toEqual(['garmin', 'strava']);
    await mergedRow.getByTestId('merge-summary').click();
    const shownSources = await mergedRow.getByTestId('merge-source').allTextContents();
    expect(shownSources).toHaveLength(mergedEntry!.sources.length);
    for (const source of mergedEntry!.sources) expect(shownSources.some((shown) => shown.includes(source.record.external_id))).toBe(true);
    expect(await mergedRow.getByTestId('merge-decision').count()).toBe(mergedEntry!.decisions.length);
    expect(await mergedRow.getByTestId('merge-decision').first().textContent()).toMatch(/^Merge/);

    await screenshot(page, 'activities');
    expect(watched.problems).toEqual([]);
  });

  it('plan: the week\'s planned sessions with the API\'s recommendations and provenance', async () => {
    const watched = await openPage(`/dashboard/plan?week=${AS_OF_DAY}`);
    const { page } = watched;
    await expectReady(watched);
    const plan = await api<{ sessions: PlanEntry[] }>(`/me/plan?from=${DASHBOARD_WEEK_START}&to=${DASHBOARD_WEEK_END}`);
    expect(plan.sessions).toHaveLength(4);
    expect(await page.getByTestId('planned-session').count()).toBe(plan.sessions.length);
    expect(await page.locator('[data-testid="plan-days"] > li').count()).toBe(7);
    const withAdvice = plan.sessions.filter((entry) => entry.latest_set !== null);
    expect(withAdvice.length).toBeGreaterThanOrEqual(3);
    expect(await text(page, 'plan-summary')).toBe(`${plan.sessions.length} planned sessions, ${withAdvice.length} with recommendations.`);

    for (const entry of plan.sessions) {
      const card = page.locator(`[data-testid="planned-session"][data-session-id="${entry.planned_session.id}"]`);
      expect(await card.getByTestId('session-title').textContent()).toBe(entry.planned_session.title);
      const recommendations = entry.latest_set?.recommendations ?? [];
      expect(await card.getByTestId('recommendation').count(), entry.planned_session.id).toBe(recommendations.length);
      for (const [index, recommendation] of recommendations.entries()) {
        const shown = card.getByTestId('recommendation').nth(index);
        expect(await shown.getByTestId('recommendation-explanation').textContent()).toBe(recommendation.explanation);
        expect(await shown.getAttribute('data-action')).toBe(recommendation.payload_json.action);
        const codes = async (testId: string) => shown.getByTestId(testId).locator('code').allTextContents();
        expect(await codes('provenance-goal-revisions')).toEqual(recommendation.goal_revision_ids_json);
        expect(await codes('provenance-runs')).toEqual(recommendation.ingestion_run_ids_json);
        expect(await shown.getByTestId('provenance-heuristics').textContent()).toBe(`${recommendation.heuristics_config_id}@${recommendation.heuristics_config_version}`);
        expect(await shown.getByTestId('provenance-heuristics-sha256').textContent()).toBe(recommendation.heuristics_config_sha256);
        expect(await shown.getByTestId('provenance-engine').textContent()).toBe(recommendation.engine_version);
      }
    }
    expect(withAdvice.flatMap((entry) => entry.latest_set!.recommendations).some((row) => row.goal_revision_ids_json.length > 0 && row.ingestion_run_ids_json.length > 0)).toBe(true);
    await page.getByTestId('provenance').first().locator('summary').click();

    await screenshot(page, 'plan');
    expect(watched.problems).toEqual([]);
  });

  it('import: a refused file shows the problem, a FIT file is uploaded and its run reaches a final status', async () => {
    const watched = await openPage('/dashboard/import');
    const { page } = watched;
    await expectReady(watched);
    expect(await page.getByTestId('run-row').count()).toBe((await api<RunEntry[]>('/me/runs')).length);

    // Not a format the server reads: a 422 problem, shown with its title and detail.
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a workout file\n') });
    await page.getByTestId('import-submit').click();
    await page.locator('[data-testid="import-state"][data-phase="failed"]').waitFor({ timeout: 30_000 });
    expect(await text(page, 'import-status')).toMatch(/^The import failed: Unprocessable Content: Nothing in the file could be imported.*\(HTTP 422\)$/);
    const failedRunId = await page.getByTestId('import-run-id').textContent();
    expect(await page.getByTestId('import-run-status').textContent()).toBe('failed');

    await page.getByTestId('import-file').setInputFiles(fileURLToPath(garminFitFixture('strength.fit')));
    await page.getByTestId('import-submit').click();
    await page.locator('[data-testid="import-state"][data-phase="done"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-progress').getAttribute('data-sent')).toBe(String(readFileSync(garminFitFixture('strength.fit')).length));
    const runId = (await page.getByTestId('import-run-id').textContent())!;
    const run = (await api<RunEntry[]>('/me/runs')).find((entry) => entry.run.id === runId);
    expect(run, runId).toBeDefined();
    expect(run!.run.status).toBe('succeeded');
    expect(await page.getByTestId('import-run-status').textContent()).toBe(run!.run.status);
    expect(await text(page, 'import-status')).toBe(`Imported strength.fit: ${run!.run.status}.`);
    for (const [name, count] of Object.entries(run!.counts!)) {
      expect(await page.locator(`[data-testid="import-run"] [data-count="${name}"]`).textContent(), name).toBe(String(count));
    }
    expect(run!.counts!.new).toBe(1);
    // The recent runs list both uploads with the API's statuses.
    await page.locator(`[data-testid="run-row"][data-run-id="${runId}"][data-status="succeeded"]`).waitFor();
    await page.locator(`[data-testid="run-row"][data-run-id="${failedRunId}"][data-status="failed"]`).waitFor();

    await screenshot(page, 'import');
    // Chromium reports the refused upload's 422 as a console error; nothing else may appear.
    expect(watched.problems).toEqual([expect.stringMatching(/^error: Failed to load resource: the server responded with a status of 422/)]);
  });

  it('asks for a token again when the API refuses it (401)', async () => {
    const watched = await openPage(`/dashboard/plan?week=${AS_OF_DAY}`, 'tk_not_a_valid_token');
    const { page } = watched;
    expect(await page.locator('body').getAttribute('data-state')).toBe('unauthorized');
    expect(await page.getByTestId('auth').isVisible()).toBe(true);
    expect(await text(page, 'auth-error')).toContain('401 Unauthorized');
    expect(await page.locator('#content').isHidden()).toBe(true);
    expect(await page.evaluate('sessionStorage.length')).toBe(0);

    await page.locator('#token-input').fill(athlete.token);
    await page.locator('#token-form button[type="submit"]').click();
    await page.locator('body[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('planned-session').count()).toBe(4);
    expect(await text(page, 'account')).toBe('Dashboard athlete');
    expect(watched.problems).toEqual([expect.stringMatching(/^error: Failed to load resource: the server responded with a status of 401/)]);
  });
});
