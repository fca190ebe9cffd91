import { bodyMapSvg } from './body-map-svg.js';
import { UPLOT_SCRIPT_ASSET, UPLOT_STYLESHEET_ASSET } from './dashboard-assets.js';

/** One dashboard page: a static shell whose script fetches the athlete's data with the token kept in the browser. */
export interface DashboardPage {
  readonly path: string;
  readonly name: 'overview' | 'activities' | 'plan' | 'import';
  readonly navLabel: string;
  readonly title: string;
  /** The page's module in `assets/`. */
  readonly script: string;
  /** Whether the page draws uPlot charts (loads uPlot's script and stylesheet). */
  readonly usesCharts: boolean;
  readonly main: string;
}

const rangeForm = (label: string) => `
      <form class="range-form" id="range-form" aria-label="${label}">
        <label>From <input type="date" name="from" required></label>
        <label>To <input type="date" name="to" required></label>
        <button type="submit">Show</button>
        <span class="presets" aria-label="Presets">
          <button type="button" class="link-button" data-days="42">6 weeks</button>
          <button type="button" class="link-button" data-days="90">90 days</button>
          <button type="button" class="link-button" data-days="182">6 months</button>
          <button type="button" class="link-button" data-days="365">1 year</button>
        </span>
      </form>`;

const OVERVIEW_MAIN = `
    <section class="panel" aria-labelledby="pmc-heading">
      <div class="panel-head">
        <h2 id="pmc-heading">Fitness, fatigue and form</h2>${rangeForm('Chart range')}
      </div>
      <dl class="stats">
        <div class="stat stat-ctl"><dt>Fitness (CTL)</dt><dd data-testid="pmc-latest-ctl">–</dd></div>
        <div class="stat stat-atl"><dt>Fatigue (ATL)</dt><dd data-testid="pmc-latest-atl">–</dd></div>
        <div class="stat stat-tsb"><dt>Form (TSB)</dt><dd data-testid="pmc-latest-tsb">–</dd></div>
        <div class="stat"><dt>Latest day</dt><dd data-testid="pmc-latest-date">–</dd></div>
      </dl>
      <div class="chart" id="pmc-chart" data-testid="pmc-chart"></div>
      <p class="muted" id="pmc-note" data-testid="pmc-note"></p>
    </section>
    <section class="panel" aria-labelledby="fatigue-heading">
      <div class="panel-head">
        <h2 id="fatigue-heading">Muscle fatigue</h2>
        <p class="muted" data-testid="fatigue-as-of"></p>
      </div>
      <div class="fatigue-layout">
        <figure class="body-map" data-testid="body-map">
          ${bodyMapSvg()}
          <div class="tooltip" id="body-map-tooltip" role="tooltip" data-testid="body-map-tooltip" hidden></div>
          <figcaption class="legend">
            <span class="legend-scale">
              <span class="legend-gradient"></span>
              <span class="legend-ticks"><span>0 %</span><span>50 %</span><span>100 % fatigued</span></span>
            </span>
            <span class="legend-item"><span class="swatch swatch-missing"></span>not in the report</span>
          </figcaption>
        </figure>
        <div class="fatigue-details">
          <dl class="stats stats-compact">
            <div class="stat"><dt>Systemic fatigue</dt><dd data-testid="systemic-percent">–</dd></div>
            <div class="stat"><dt>Systemic: to 90 % recovered</dt><dd data-testid="systemic-hours">–</dd></div>
          </dl>
          <table class="data-table" data-testid="muscle-table">
            <thead><tr><th scope="col">Muscle</th><th scope="col" class="num">Fatigue</th><th scope="col" class="num">To 90 % recovered</th></tr></thead>
            <tbody></tbody>
          </table>
        </div>
      </div>
    </section>`;

const ACTIVITIES_MAIN = `
    <section class="panel" aria-labelledby="activities-heading">
      <div class="panel-head">
        <h2 id="activities-heading">Activities</h2>${rangeForm('Activities range')}
      </div>
      <p class="muted" data-testid="activities-summary"></p>
      <div class="table-wrap">
        <table class="data-table" data-testid="activities-table">
          <thead>
            <tr>
              <th scope="col">Date</th><th scope="col">Activity</th><th scope="col" class="num">Duration</th>
              <th scope="col" class="num">Distance</th><th scope="col" class="num">Avg HR</th><th scope="col">Sources</th>
              <th scope="col">Merged records</th>
            </tr>
          </thead>
          <tbody></tbody>
        </table>
      </div>
    </section>`;

const PLAN_MAIN = `
    <section class="panel" aria-labelledby="plan-heading">
      <div class="panel-head">
        <h2 id="plan-heading">Planned week</h2>
        <nav class="week-nav" aria-label="Weeks">
          <a id="previous-week" href="/dashboard/plan">← Previous week</a>
          <strong data-testid="plan-week"></strong>
          <a id="next-week" href="/dashboard/plan">Next week →</a>
        </nav>
      </div>
      <p class="muted" data-testid="plan-summary"></p>
      <ol class="week" data-testid="plan-days"></ol>
    </section>`;

const IMPORT_MAIN = `
    <section class="panel" aria-labelledby="import-heading">
      <div class="panel-head"><h2 id="import-heading">Import a file</h2></div>
      <p class="muted">A FIT file, or an Apple Health <code>export.zip</code> or <code>export.xml</code>: the server recognises the
        format by its content, stores the raw records and merges activities it already knows from other sources.</p>
      <form class="import-form" id="import-form">
        <input type="file" name="file" required data-testid="import-file" aria-label="File to import">
        <button type="submit" data-testid="import-submit">Upload and import</button>
      </form>
      <div class="upload" data-testid="import-state" data-phase="idle">
        <progress id="upload-progress" value="0" max="1" data-testid="import-progress"></progress>
        <p id="upload-status" role="status" data-testid="import-status">Choose a file.</p>
      </div>
      <div class="import-result" id="import-result" data-testid="import-result" hidden></div>
    </section>
    <section class="panel" aria-labelledby="runs-heading">
      <div class="panel-head">
        <h2 id="runs-heading">Recent ingestion runs</h2>
        <button type="button" class="link-button" id="refresh-runs">Refresh</button>
      </div>
      <div class="table-wrap">
        <table class="data-table" data-testid="runs-table">
          <thead>
            <tr>
              <th scope="col">Started</th><th scope="col">Provider</th><th scope="col">Kind</th><th scope="col">Status</th>
              <th scope="col" class="num">New</th><th scope="col" class="num">Updated</th><th scope="col" class="num">Failed</th>
              <th scope="col">Run</th>
            </tr>
          </thead>
          <tbody></tbody>
        </table>
      </div>
    </section>`;

/** The dashboard's pages, in navigation order. */
export const DASHBOARD_PAGES: readonly DashboardPage[] = [
  { path: '/dashboard', name: 'overview', navLabel: 'Overview', title: 'Fitness and fatigue', script: 'overview.js', usesCharts: true, main: OVERVIEW_MAIN },
  { path: '/dashboard/activities', name: 'activities', navLabel: 'Activities', title: 'Activities', script: 'activities.js', usesCharts: false, main: ACTIVITIES_MAIN },
  { path: '/dashboard/plan', name: 'plan', navLabel: 'Plan', title: 'Planned week', script: 'plan.js', usesCharts: false, main: PLAN_MAIN },
  { path: '/dashboard/import', name: 'import', navLabel: 'Import', title: 'Import', script: 'import.js', usesCharts: false, main: IMPORT_MAIN },
];

/**
 * The HTML of a dashboard page: the shared header and navigation, the token form (shown by the script when no token
 * is kept), and the page's empty `<main>`. No athlete data is ever in it; scripts and styles are external files only
 * (the dashboard's Content-Security-Policy allows no inline script or style).
 *
 * @example
 * ```ts
 * const html = renderDashboardPage(DASHBOARD_PAGES[0]!);
 * ```
 */
export function renderDashboardPage(page: DashboardPage): string {
  const nav = DASHBOARD_PAGES.map((entry) =>
    `<a href="${entry.path}"${entry === page ? ' aria-current="page"' : ''}>${entry.navLabel}</a>`).join('\n        ');
  const chartHead = page.usesCharts
    ? `\n  <link rel="stylesheet" href="/dashboard/assets/${UPLOT_STYLESHEET_ASSET}">\n  <script src="/dashboard/assets/${UPLOT_SCRIPT_ASSET}" defer></script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>${page.title} · trainkit dashboard</title>
  <link rel="icon" href="/dashboard/assets/favicon.svg" type="image/svg+xml">${chartHead}
  <link rel="stylesheet" href="/dashboard/assets/dashboard.css">
  <script type="module" src="/dashboard/assets/${page.script}"></script>
</head>
<body data-page="${page.name}" data-state="loading">
  <header class="topbar">
    <div class="topbar-inner">
      <a class="brand" href="/dashboard">trainkit</a>
      <nav class="nav" aria-label="Dashboard">
        ${nav}
      </nav>
      <span class="account" data-testid="account"></span>
      <button type="button" class="link-button" id="forget-token" hidden>Forget token</button>
    </div>
  </header>
  <div class="page">
    <h1>${page.title}</h1>
    <section class="panel auth" id="auth" data-testid="auth" hidden>
      <h2>Sign in with an API token</h2>
      <p class="error" id="auth-error" data-testid="auth-error" role="alert" hidden></p>
      <p>Paste the athlete's token (<code>tk_…</code>, issued by <code>POST /users/{userId}/tokens</code>), or open the
        dashboard as <code>/dashboard#token=tk_…</code>. The token stays in this browser tab (session storage) and is sent
        only as a bearer token to this server's <code>/me</code> API.</p>
      <form class="token-form" id="token-form">
        <label for="token-input">Token</label>
        <input id="token-input" name="token" type="password" autocomplete="off" spellcheck="false" required>
        <button type="submit">Use this token</button>
      </form>
    </section>
    <p class="error" id="page-error" data-testid="page-error" role="alert" hidden></p>
    <main id="content" hidden>${page.main}
    </main>
  </div>
</body>
</html>
`;
}
