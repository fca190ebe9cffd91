import type { IngestionFailureRow } from '@trainkit/core';
import type { IngestCounts, IngestRunSummary, IngestWarning } from '@trainkit/ingest';
import { formatNumber } from '../format/format-quantity.js';

/**
 * How many failures a run summary lists (the rest are counted; `trainkit runs` lists up to 100 per run).
 *
 * @example
 * ```ts
 * summary.failures.slice(0, SUMMARY_FAILURE_LINES);
 * ```
 */
export const SUMMARY_FAILURE_LINES = 5;

/**
 * A payload path as a reader writes it: `records[0].score.kilojoule`; `(payload)` for the payload itself.
 *
 * @example
 * ```ts
 * formatPayloadPath(['records', 0, 'start']); // 'records[0].start'
 * ```
 */
export function formatPayloadPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(payload)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/**
 * One failure on one line: `invalid_date at records[0].start (id 7a1e2b3c): start is not an ISO-8601 instant`.
 *
 * @example
 * ```ts
 * formatFailure(failureRow); // 'not_json at (payload): received an HTML page, not JSON'
 * ```
 */
export function formatFailure(failure: Pick<IngestionFailureRow, 'code' | 'path_json' | 'external_id' | 'message'>): string {
  const id = failure.external_id === null ? '' : ` (id ${failure.external_id})`;
  return `${failure.code} at ${formatPayloadPath(failure.path_json)}${id}: ${failure.message.split('\n')[0] ?? ''}`;
}

/**
 * How many warnings a run summary lists (values a normalizer dropped, such as a heart rate of 900; not stored, so
 * only the summary shows them).
 *
 * @example
 * ```ts
 * summary.warnings.slice(0, SUMMARY_WARNING_LINES);
 * ```
 */
export const SUMMARY_WARNING_LINES = 3;

/**
 * One warning on one line: `out_of_bounds at [0].average_heartrate (id 11843527901): average_heartrate 900 is outside 20..250`.
 *
 * @example
 * ```ts
 * formatWarning({ external_id: null, code: 'start_time_hidden', message: 'start time hidden', path: ['start_date'] });
 * ```
 */
export function formatWarning(warning: IngestWarning): string {
  const id = warning.external_id === null ? '' : ` (id ${warning.external_id})`;
  return `${warning.code} at ${formatPayloadPath(warning.path)}${id}: ${warning.message.split('\n')[0] ?? ''}`;
}

/**
 * The counts of a run on one line: `3 seen: 2 new, 0 updated, 1 unchanged, 0 failed, 0 skipped`.
 *
 * @example
 * ```ts
 * formatCounts({ seen: 3, new: 2, updated: 0, unchanged: 1, failed: 0, skipped: 0 });
 * ```
 */
export function formatCounts(counts: IngestCounts): string {
  const n = (value: number) => formatNumber(value);
  return `${n(counts.seen)} seen: ${n(counts.new)} new, ${n(counts.updated)} updated, ${n(counts.unchanged)} unchanged, ${n(counts.failed)} failed, ${n(counts.skipped)} skipped`;
}

/**
 * The run summary `trainkit import`, `ingest` and `replay` print after each run: what was read (`label`), the run id,
 * provider, kind and status, the counts, the merges, the first {@link SUMMARY_FAILURE_LINES} failures with code,
 * payload path and reason, and the first {@link SUMMARY_WARNING_LINES} warnings (values dropped or guessed).
 *
 * ```text
 * strava activities page.json: run run_01 (strava, file_import) partial
 *   records   3 seen: 1 new, 0 updated, 1 unchanged, 1 failed, 0 skipped
 *   merges    1
 *   failures  missing_id at [2].id: the activity has no usable id
 * ```
 *
 * @example
 * ```ts
 * io.stdout.write(formatRunSummary('export.zip', summary));
 * ```
 */
export function formatRunSummary(label: string, summary: IngestRunSummary): string {
  const { run, counts } = summary;
  const lines = [
    `${label}: run ${run.id} (${run.provider}, ${run.kind}) ${run.status}`,
    `  records   ${formatCounts(counts)}`,
    `  merges    ${formatNumber(summary.merges)}`,
  ];
  const shown = summary.failures.slice(0, SUMMARY_FAILURE_LINES);
  shown.forEach((failure, index) => lines.push(`  ${index === 0 ? 'failures' : '        '}  ${formatFailure(failure)}`));
  const more = counts.failed - shown.length;
  if (more > 0) lines.push(`            (${formatNumber(more)} more: trainkit runs --user ${run.user_id})`);
  const warnings = summary.warnings.slice(0, SUMMARY_WARNING_LINES);
  warnings.forEach((warning, index) => lines.push(`  ${index === 0 ? 'warnings' : '        '}  ${formatWarning(warning)}`));
  const moreWarnings = summary.warningCount - warnings.length;
  if (moreWarnings > 0) lines.push(`            (${formatNumber(moreWarnings)} more warnings: values dropped or guessed, the raw records keep them)`);
  return `${lines.join('\n')}\n`;
}

/**
 * A run summary as `--json` prints it: the run row, counts, merges, failures (each with its payload path, without
 * the raw payload or text, which stay in the database), and the first 100 warnings with their total count.
 *
 * @example
 * ```ts
 * JSON.stringify(runSummaryJson('page.json', summary));
 * ```
 */
export function runSummaryJson(label: string, summary: IngestRunSummary) {
  return {
    input: label,
    run: summary.run,
    counts: summary.counts,
    merges: summary.merges,
    failures: summary.failures.map(({ raw_payload_json: _payload, raw_text: _text, ...failure }) => failure),
    warnings: summary.warnings,
    warning_count: summary.warningCount,
  };
}
