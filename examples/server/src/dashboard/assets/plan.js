/* global document, URLSearchParams */
import { addDays, capitalize, distance, duration, el, getJson, humanize, isDay, queryParam, startPage, text, today } from './dashboard.js';

// The planned sessions of one week (Monday to Sunday; `?week=` any day of it, default today) with their latest
// recommendations and the provenance of each: goal revisions, heuristics, ingestion runs, engine, as-of.

startPage(async () => {
  const monday = mondayOf(isDay(queryParam('week')) ? queryParam('week') : today());
  const sunday = addDays(monday, 6);
  document.getElementById('previous-week').href = `/dashboard/plan?week=${addDays(monday, -7)}`;
  document.getElementById('next-week').href = `/dashboard/plan?week=${addDays(monday, 7)}`;
  text(document.querySelector('[data-testid="plan-week"]'), `${dayLabel(monday)} – ${dayLabel(sunday)}`);
  const plan = await getJson(`/me/plan?${new URLSearchParams({ from: monday, to: sunday })}`);
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  document.querySelector('[data-testid="plan-days"]').replaceChildren(...days.map((day) => {
    const sessions = plan.sessions.filter((entry) => entry.planned_session.scheduled_date === day);
    return el('li', { className: `day${day === today() ? ' today' : ''}`, dataset: { date: day } },
      el('h3', {}, dayLabel(day)),
      el('div', { className: 'day-sessions' }, sessions.length === 0 ? el('p', { className: 'muted small rest' }, 'Rest') : sessions.map(sessionCard)));
  }));
  const withAdvice = plan.sessions.filter((entry) => entry.latest_set !== null).length;
  text(document.querySelector('[data-testid="plan-summary"]'),
    `${plan.sessions.length} planned ${plan.sessions.length === 1 ? 'session' : 'sessions'}, ${withAdvice} with recommendations.`);
});

/** Monday of the ISO week of a day. */
function mondayOf(day) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

function dayLabel(day) {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function sessionCard(entry) {
  const session = entry.planned_session;
  const facts = [
    session.activity_definition_id === null ? null : capitalize(humanize(session.activity_definition_id)),
    session.planned_duration_seconds === null ? null : duration(session.planned_duration_seconds),
    session.planned_distance_m === null ? null : distance(session.planned_distance_m),
    session.planned_rpe === null ? null : `RPE ${session.planned_rpe}`,
  ].filter((fact) => fact !== null);
  return el('article', { className: 'session', 'data-testid': 'planned-session', dataset: { sessionId: session.id } },
    el('div', { className: 'session-main' },
      el('header', {},
        el('h4', { 'data-testid': 'session-title' }, session.title),
        el('span', { className: `status status-${session.status}` }, session.status.replaceAll('_', ' '))),
      el('p', { className: 'muted small' }, facts.join(' · ')),
      entry.exercises.length === 0 ? null : el('ol', { className: 'exercises' }, entry.exercises.map((exercise) => el('li', {},
        capitalize(humanize(exercise.movement_id ?? exercise.activity_definition_id ?? 'exercise')), ' ',
        el('span', { className: 'muted' }, prescription(exercise)))))),
    entry.latest_set === null
      ? el('p', { className: 'muted small', 'data-testid': 'no-recommendation' }, 'No recommendation: sessions are adapted from the day they are computed for on.')
      : recommendations(entry),
  );
}

function prescription(exercise) {
  const parts = [];
  if (exercise.sets !== null && exercise.reps !== null) parts.push(`${exercise.sets} × ${exercise.reps}`);
  else if (exercise.sets !== null) parts.push(`${exercise.sets} sets`);
  if (exercise.load_kg !== null && exercise.load_kg !== undefined) parts.push(`@ ${exercise.load_kg} kg`);
  if (exercise.duration_seconds !== null && exercise.duration_seconds !== undefined) parts.push(duration(exercise.duration_seconds));
  return parts.join(' ');
}

function recommendations(entry) {
  const set = entry.latest_set;
  return el('section', { className: 'recommendations', 'data-testid': 'recommendations', dataset: { sequence: String(set.sequence) } },
    el('ul', { className: 'plain' }, set.recommendations.map((row) => {
      const action = row.payload_json?.action ?? row.kind;
      return el('li', { className: 'recommendation', 'data-testid': 'recommendation', dataset: { action, kind: row.kind } },
        el('span', { className: `action action-${action}`, 'data-testid': 'recommendation-action' }, action.replaceAll('_', ' ')),
        el('p', { 'data-testid': 'recommendation-explanation' }, row.explanation),
        provenance(row));
    })),
    el('p', { className: 'muted small' },
      `Set ${set.sequence}${entry.earlier_sets > 0 ? `, ${entry.earlier_sets} earlier ${entry.earlier_sets === 1 ? 'set' : 'sets'} kept` : ''}; computed for ${set.as_of}.`),
  );
}

function provenance(row) {
  const item = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  const ids = (testId, values) => el('span', { className: 'ids', 'data-testid': testId },
    values.length === 0 ? 'none' : values.map((id) => el('code', { dataset: { id } }, id)));
  return el('details', { className: 'provenance', 'data-testid': 'provenance' },
    el('summary', {}, `Provenance: goal ${plural(row.goal_revision_ids_json.length, 'revision')}, ${row.heuristics_config_id}@${row.heuristics_config_version}, `
      + `${plural(row.ingestion_run_ids_json.length, 'ingestion run')}`),
    el('dl', {},
      item('Goal revisions', ids('provenance-goal-revisions', row.goal_revision_ids_json)),
      item('Heuristics', el('span', { 'data-testid': 'provenance-heuristics' }, `${row.heuristics_config_id}@${row.heuristics_config_version}`), ' ',
        el('code', { 'data-testid': 'provenance-heuristics-sha256', title: 'sha256 of the heuristics config' }, row.heuristics_config_sha256)),
      item('Ingestion runs', ids('provenance-runs', row.ingestion_run_ids_json)),
      item('Engine', el('span', { 'data-testid': 'provenance-engine' }, row.engine_version)),
      item('As of', row.as_of)));
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
