import type { TrainkitFatigueReport } from 'trainkit';
import { formatNumber } from '../format/format-quantity.js';
import { formatTable } from '../format/format-table.js';
import { fatiguedMuscles } from './fatigued-muscles.js';

function fixed(value: number, decimals = 1): string {
  return formatNumber(value, decimals, decimals);
}

function orReason(value: number | null, reason: string | null, decimals = 2): string {
  return value === null ? `n/a (${(reason ?? 'undefined').replaceAll('_', ' ')})` : fixed(value, decimals);
}

/** The sessions behind one muscle, largest share first: `lift_1 79%, run_1 21%` (+ `3 more` below 1 %). */
function mainSessions(report: TrainkitFatigueReport, slug: string, limit = 3): string {
  const channel = report.attribution?.muscles[slug];
  if (!channel) return '';
  const shown = channel.sessions.slice(0, limit).map((part) => `${part.session_id} ${Math.round(part.share * 100)}%`);
  const more = channel.sessions.length - shown.length + channel.other_sessions;
  return more > 0 ? `${shown.join(', ')} +${more} more` : shown.join(', ');
}

function loadLines(report: TrainkitFatigueReport): string[] {
  const { pmc, acwr, monotony, readiness, systemic } = report;
  const acwrNote = `EWMA ${acwr.acute_n}:${acwr.chronic_n} d, ${acwr.coverage.tracked_days} of ${acwr.coverage.window_days} days tracked`;
  const acwrText =
    acwr.ratio === null
      ? orReason(null, acwr.null_reason)
      : `${fixed(acwr.ratio, 2)} (${acwr.method === 'ewma' ? acwrNote : `${acwr.method} ${acwr.acute_n}:${acwr.chronic_n} d`}${acwr.warming_up ? ', warming up' : ''})`;
  const readinessText =
    readiness.score === null
      ? `n/a (${readiness.status === 'no_signals' ? 'no recovery signals' : readiness.status.replaceAll('_', ' ')})`
      : `${fixed(readiness.score, 0)} / 100 (${readiness.band ?? ''})`;
  const recovered = systemic.hours_to_90_percent_recovered > 0 ? `90 % recovered in ${fixed(systemic.hours_to_90_percent_recovered)} h` : 'recovered';
  const rows: [string, string][] = [
    ['Fitness (CTL)', `${fixed(pmc.ctl)} LU${pmc.warming_up ? ' (warming up)' : ''}`],
    ['Fatigue (ATL)', `${fixed(pmc.atl)} LU`],
    ['Form (TSB)', `${fixed(pmc.tsb)} LU`],
    ['ACWR', acwrText],
    ['Monotony', orReason(monotony.monotony, monotony.null_reason)],
    ['Strain', orReason(monotony.strain, monotony.null_reason, 1)],
    ['Readiness', readinessText],
    ['Systemic', `${fixed(systemic.percent)} % fatigued, ${recovered}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

function provenanceLines(report: TrainkitFatigueReport): string[] {
  const { provenance } = report;
  const inputs = provenance.inputs;
  const heuristics = provenance.heuristics;
  const runs = inputs.ingestion_run_ids;
  const sessions =
    `${provenance.sessions.used.length} used` +
    (runs.length > 0 ? ` (provider data from ingestion run${runs.length > 1 ? 's' : ''} ${runs.join(', ')})` : '') +
    `, ${provenance.sessions.excluded_duplicates.length} duplicate${provenance.sessions.excluded_duplicates.length === 1 ? '' : 's'} excluded` +
    `, ${provenance.sessions.ignored_after_as_of.length} ending after as-of`;
  const planned = report.forecast === null ? 'no forecast' : `${provenance.planned_sessions.used.length} planned in the forecast to ${report.forecast.to_date}`;
  const warnings = [...provenance.warnings, ...inputs.warnings];
  const rows: [string, string][] = [
    ['engine', `${provenance.engine}, catalog ${inputs.catalog_version}`],
    [
      'heuristics',
      `${heuristics.id}@${heuristics.version} (sha256 ${heuristics.sha256.slice(0, 12)})${inputs.heuristics.user_override ? ', with the user override' : ''}`,
    ],
    ['sessions', sessions],
    ['planned', planned],
    ['profile', `${inputs.profile.time_zone} (${inputs.profile.sources.time_zone ?? 'default'})`],
    ['warnings', warnings.length === 0 ? 'none' : warnings.join(', ')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}

/**
 * The text of `trainkit fatigue`: the load summary (fitness, fatigue, form, ACWR, monotony, strain, readiness,
 * systemic fatigue), a table of the fatigued muscles (fatigue %, hours to 90 % recovered, the sessions behind it;
 * most fatigued first), then the provenance (engine, heuristics with a short sha256, sessions used, duplicates,
 * planned sessions, warnings).
 *
 * @example
 * ```ts
 * io.stdout.write(formatFatigueReport(await trainkit.fatigue.report({ userId: 'u1', asOf: '2024-06-12' })));
 * ```
 */
export function formatFatigueReport(report: TrainkitFatigueReport): string {
  const lines = [`Fatigue of ${report.user_id} at ${report.as_of} (local day ${report.as_of_date}, ${report.provenance.inputs.profile.time_zone})`, ''];
  lines.push('Load', ...loadLines(report), '');
  const muscles = fatiguedMuscles(report);
  lines.push('Muscles, most fatigued first');
  if (muscles.length === 0) lines.push('  no muscle carries fatigue');
  else {
    const table = formatTable(
      [{ header: 'Muscle' }, { header: 'Fatigue', align: 'right' }, { header: '90 % recovered in', align: 'right' }, { header: 'Sessions behind it' }],
      muscles.map((muscle) => [muscle.slug, `${fixed(muscle.percent)} %`, muscle.hours > 0 ? `${fixed(muscle.hours)} h` : 'now', mainSessions(report, muscle.slug)]),
    );
    lines.push(...table.trimEnd().split('\n').map((line) => `  ${line}`));
  }
  const fresh = Object.keys(report.muscles).length - muscles.length;
  if (fresh > 0) lines.push(`  (${fresh} more muscle${fresh === 1 ? '' : 's'} below 0.1 %)`);
  lines.push('', 'Provenance', ...provenanceLines(report));
  return `${lines.join('\n')}\n`;
}
