import { CATALOG_ID_PREFIXES, getDiscipline } from '@trainkit/catalog';
import { formatNumber, formatDuration, formatPercent } from '../format/format-quantity.js';
import { formatTable } from '../format/format-table.js';
import type { TrainingReport } from './build-training-report.js';

/**
 * The display name of a discipline id (`dis_running` -> `Running`); ids outside the catalog are shown as they are,
 * and activities without a discipline as `(none)`.
 *
 * @example
 * ```ts
 * disciplineLabel('dis_general_fitness'); // 'General fitness'
 * ```
 */
export function disciplineLabel(disciplineId: string | null): string {
  if (disciplineId === null) return '(none)';
  const prefix = CATALOG_ID_PREFIXES.discipline;
  const slug = disciplineId.startsWith(prefix) ? disciplineId.slice(prefix.length) : disciplineId;
  return getDiscipline(slug)?.name ?? disciplineId;
}

/**
 * The text of a {@link TrainingReport}: three aligned tables (weekly load by discipline, adherence per week, weight
 * trend per week) with a one-line summary under each.
 *
 * @example
 * ```ts
 * io.stdout.write(formatTrainingReport(report));
 * ```
 */
export function formatTrainingReport(report: TrainingReport): string {
  const parts: string[] = [];
  parts.push('Weekly load by discipline');
  if (report.weekly_load.length === 0) parts.push('  no activities in this period\n');
  else {
    parts.push(
      formatTable(
        [
          { header: 'Week' }, { header: 'Discipline' }, { header: 'Sessions', align: 'right' },
          { header: 'Duration', align: 'right' }, { header: 'Tonnage kg', align: 'right' }, { header: 'Sets', align: 'right' },
          { header: 'Reps', align: 'right' }, { header: 'Distance km', align: 'right' },
        ],
        report.weekly_load.map((row) => [
          row.week_start, disciplineLabel(row.discipline_id), String(row.activity_count), formatDuration(row.duration_seconds),
          formatNumber(row.tonnage_kg), String(row.set_count), String(row.rep_count), formatNumber(row.distance_m / 1000, 1),
        ]),
      ),
    );
    const seconds = report.weekly_load.reduce((sum, row) => sum + row.duration_seconds, 0);
    const tonnage = report.weekly_load.reduce((sum, row) => sum + row.tonnage_kg, 0);
    const distance = report.weekly_load.reduce((sum, row) => sum + row.distance_m, 0);
    parts.push(`Total: ${formatDuration(seconds)} of training, ${formatNumber(tonnage)} kg lifted, ${formatNumber(distance / 1000, 1)} km covered.\n`);
  }

  parts.push('Adherence (planned sessions done)');
  if (report.adherence.length === 0) parts.push('  nothing planned or performed in this period\n');
  else {
    parts.push(
      formatTable(
        [
          { header: 'Week' }, { header: 'Planned', align: 'right' }, { header: 'Done', align: 'right' },
          { header: 'Adherence', align: 'right' }, { header: 'Unplanned', align: 'right' },
        ],
        report.adherence.map((row) => [
          row.week_start, String(row.planned_count), String(row.completed_count), formatPercent(row.adherence), String(row.unplanned_count),
        ]),
      ),
    );
    const planned = report.adherence.reduce((sum, row) => sum + row.planned_count, 0);
    const done = report.adherence.reduce((sum, row) => sum + row.completed_count, 0);
    parts.push(`Overall: ${done} of ${planned} planned sessions done (${formatPercent(report.overall_adherence)}).\n`);
  }

  parts.push('Weight trend (7-day average)');
  const first = report.weight_trend[0];
  const last = report.weight_trend.at(-1);
  if (!first || !last) parts.push('  no weigh-ins in this period\n');
  else {
    parts.push(
      formatTable(
        [
          { header: 'Week' }, { header: 'Weigh-ins', align: 'right' }, { header: 'Last', align: 'right' },
          { header: 'Weight kg', align: 'right' }, { header: '7-day avg kg', align: 'right' },
        ],
        report.weekly_weight.map((row) => [
          row.week_start, String(row.weigh_ins), row.date, formatNumber(row.weight_kg, 1), formatNumber(row.rolling_avg_7d_kg, 2),
        ]),
      ),
    );
    const change = last.rolling_avg_7d_kg - first.rolling_avg_7d_kg;
    parts.push(
      `7-day average: ${formatNumber(first.rolling_avg_7d_kg, 2)} kg on ${first.date} -> ${formatNumber(last.rolling_avg_7d_kg, 2)} kg on ${last.date} (${change >= 0 ? '+' : ''}${formatNumber(change, 2)} kg).\n`,
    );
  }
  return parts.join('\n');
}
