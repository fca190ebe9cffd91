/* global document, URLSearchParams */
import { capitalize, decimal, distance, duration, el, getJson, handleError, humanize, postJson, rangeFromQuery, startPage, text, wireRangeForm } from './dashboard.js';

// The activities of `?from&to` (default the 28 days ending `?to` or today) with a badge per source and the merge
// decisions of merged records; a merged activity can be split again (POST /me/activities/{id}/unmerge).

startPage(async () => {
  const range = rangeFromQuery(28);
  wireRangeForm(document.getElementById('range-form'), range);
  await load(range);
});

async function load(range) {
  const entries = await getJson(`/me/activities?${new URLSearchParams(range)}`);
  // Newest first: what an athlete looks for.
  const rows = [...entries].reverse().map((entry) => activityRow(entry, range));
  document.querySelector('[data-testid="activities-table"] tbody').replaceChildren(
    ...(rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 7, className: 'empty' }, 'No activities in this range.'))]),
  );
  const merged = entries.filter((entry) => entry.sources.length > 1).length;
  text(document.querySelector('[data-testid="activities-summary"]'),
    `${entries.length} ${entries.length === 1 ? 'activity' : 'activities'} from ${range.from} to ${range.to}, ${merged} merged from several sources.`);
}

/** The badges of an activity: `manual` (or `planned`) for a hand-logged one, then each source record's provider. */
function badgesOf(entry) {
  const own = entry.activity.source === 'provider' ? [] : [entry.activity.source];
  return [...new Set([...own, ...entry.sources.map((source) => source.record.provider)])];
}

function activityName(activity) {
  return activity.title ?? capitalize(humanize(activity.activity_definition_id ?? activity.discipline_id ?? 'activity'));
}

function activityRow(entry, range) {
  const { activity } = entry;
  return el('tr', { 'data-testid': 'activity-row', dataset: { activityId: activity.id } },
    el('td', { className: 'nowrap' }, activity.local_date),
    el('td', {}, el('span', { className: 'activity-name' }, activityName(activity)),
      activity.title === null || activity.activity_definition_id === null ? null : el('span', { className: 'muted small' }, humanize(activity.activity_definition_id))),
    el('td', { className: 'num' }, duration(activity.duration_seconds)),
    el('td', { className: 'num' }, distance(activity.distance_m)),
    el('td', { className: 'num' }, activity.avg_hr_bpm === null ? '–' : `${Math.round(activity.avg_hr_bpm)} bpm`),
    el('td', {}, el('span', { className: 'badges' },
      badgesOf(entry).map((provider) => el('span', { className: `badge badge-${provider}`, 'data-testid': 'source-badge' }, provider)))),
    el('td', {}, entry.sources.length > 1 || entry.decisions.length > 0 ? mergeDetails(entry, range) : el('span', { className: 'muted' }, '—')),
  );
}

function mergeDetails(entry, range) {
  const merge = entry.decisions.find((decision) => decision.decision === 'merge');
  const summary = `${entry.sources.length} sources${merge?.confidence === null || merge === undefined ? '' : ` · ${decimal(merge.confidence * 100, 0)} % match`}`;
  const details = el('details', { className: 'merge', 'data-testid': 'merge-details' },
    el('summary', { 'data-testid': 'merge-summary' }, summary),
    el('ul', { className: 'plain' }, entry.sources.map((source) => el('li', { 'data-testid': 'merge-source' },
      el('span', { className: `badge badge-${source.record.provider}` }, source.record.provider), ' ',
      el('span', { className: 'muted' }, source.link_kind === 'source' ? 'primary source' : source.link_kind), ' ',
      el('code', { title: source.record.id }, source.record.external_id),
      source.match_confidence === null ? null : el('span', { className: 'muted' }, ` · ${decimal(source.match_confidence * 100, 0)} % match`)))),
    entry.decisions.map((decision) => el('p', { className: 'decision', 'data-testid': 'merge-decision' },
      el('strong', {}, capitalize(decision.decision)),
      decision.confidence === null ? ' by hand' : ` (confidence ${decimal(decision.confidence, 2)})`,
      decision.reasons_json.length === 0 ? '' : `: ${decision.reasons_json.join(', ')}`)),
  );
  if (entry.sources.length > 1) {
    const button = el('button', { type: 'button', className: 'link-button danger', 'data-testid': 'unmerge' }, 'Split into separate activities');
    button.addEventListener('click', () => {
      button.disabled = true;
      postJson(`/me/activities/${encodeURIComponent(entry.activity.id)}/unmerge`).then(() => load(range)).catch(handleError);
    });
    details.append(button);
  }
  return details;
}
