/* global document, URLSearchParams */
import { paintBodyMap, fatigueColour, muscleName } from './body-map.js';
import { decimal, el, getJson, queryParam, rangeFromQuery, startPage, text, wireRangeForm } from './dashboard.js';
import { drawPmcChart } from './pmc-chart.js';

// The overview: the PMC chart over `?from&to` (default the 90 days ending `?to` or today) and the fatigue report at
// `?at` (default now) on the body map.

startPage(async () => {
  const range = rangeFromQuery(90);
  wireRangeForm(document.getElementById('range-form'), range);
  const at = queryParam('at');
  const [series, report] = await Promise.all([
    getJson(`/me/pmc?${new URLSearchParams(range)}`),
    getJson(at === undefined ? '/me/fatigue' : `/me/fatigue?${new URLSearchParams({ at })}`),
  ]);
  renderPmc(series);
  renderFatigue(report);
});

function renderPmc(series) {
  const latest = series.points.at(-1);
  text(document.querySelector('[data-testid="pmc-latest-ctl"]'), latest === undefined ? '–' : decimal(latest.ctl));
  text(document.querySelector('[data-testid="pmc-latest-atl"]'), latest === undefined ? '–' : decimal(latest.atl));
  text(document.querySelector('[data-testid="pmc-latest-tsb"]'), latest === undefined ? '–' : decimal(latest.tsb));
  text(document.querySelector('[data-testid="pmc-latest-date"]'), latest?.date ?? '–');
  drawPmcChart(document.getElementById('pmc-chart'), series.points);
  const { convention, provenance } = series;
  text(document.getElementById('pmc-note'),
    `${series.points.length} days from ${series.from} to ${series.to}. CTL over ${convention.ctl_days} days, ATL over ${convention.atl_days} days `
    + `(${convention.alpha} smoothing), TSB = CTL − ATL of ${convention.tsb === 'yesterday' ? 'the day before' : 'the same day'}; `
    + `${provenance.sessions?.used?.length ?? 0} sessions; ${provenance.engine}, heuristics ${provenance.heuristics.id}@${provenance.heuristics.version}.`);
}

function renderFatigue(report) {
  text(document.querySelector('[data-testid="fatigue-as-of"]'), `As of ${report.as_of} (${report.as_of_date})`);
  text(document.querySelector('[data-testid="systemic-percent"]'), `${decimal(report.systemic.percent)} %`);
  text(document.querySelector('[data-testid="systemic-hours"]'), `${decimal(report.systemic.hours_to_90_percent_recovered)} h`);
  const figure = document.querySelector('[data-testid="body-map"]');
  paintBodyMap(figure, report.muscles, document.getElementById('body-map-tooltip'));

  const drawn = [...new Set([...figure.querySelectorAll('[data-muscle]')].map((group) => group.dataset.muscle))];
  const slugs = [...new Set([...Object.keys(report.muscles), ...drawn])];
  const fatigueOf = (slug) => report.muscles[slug]?.fatigue_percent ?? -1;
  slugs.sort((a, b) => fatigueOf(b) - fatigueOf(a) || a.localeCompare(b));
  document.querySelector('[data-testid="muscle-table"] tbody').replaceChildren(...slugs.map((slug) => {
    const state = report.muscles[slug];
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = state === undefined ? '' : fatigueColour(state.fatigue_percent);
    if (state === undefined) swatch.classList.add('swatch-missing');
    return el('tr', { 'data-testid': 'muscle-row', dataset: { muscle: slug } },
      el('th', { scope: 'row' }, swatch, muscleName(slug)),
      el('td', { className: 'num', 'data-testid': 'muscle-fatigue' }, state === undefined ? '–' : decimal(state.fatigue_percent)),
      el('td', { className: 'num', 'data-testid': 'muscle-hours' }, state === undefined ? '–' : decimal(state.hours_to_90_percent_recovered)),
    );
  }));
}
