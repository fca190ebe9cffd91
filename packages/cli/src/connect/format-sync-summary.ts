import type { SyncSummary } from 'trainkit';
import { formatNumber } from '../format/format-quantity.js';
import { formatCounts } from '../ingest/format-run-summary.js';

/**
 * The summary `trainkit sync` prints after a sync: the run (id, provider, kind, status), the record counts, pages
 * and requests, and why it stopped early when it did, with when to continue.
 *
 * ```text
 * strava sync for u1: run run_01 (strava, sync) partial
 *   records   30 seen: 30 new, 0 updated, 0 unchanged, 0 failed, 0 skipped
 *   pages     1
 *   requests  3
 *   stopped   rate_limited: Strava's daily limit is spent (continue after 2026-12-04T00:00:00.000Z)
 * ```
 *
 * @example
 * ```ts
 * io.stdout.write(formatSyncSummary('u1', summary));
 * ```
 */
export function formatSyncSummary(userId: string, summary: SyncSummary): string {
  const { run } = summary;
  const lines = [
    `${run.provider} sync for ${userId}: run ${run.id} (${run.provider}, ${run.kind}) ${run.status}`,
    `  records   ${formatCounts(summary.counts)}`,
    `  pages     ${formatNumber(summary.pages)}`,
    `  requests  ${formatNumber(summary.requests)}`,
  ];
  const { stopped } = summary;
  if (stopped !== null) {
    const after = stopped.retryAt === null ? '' : ` (continue after ${stopped.retryAt})`;
    lines.push(`  stopped   ${stopped.reason}: ${stopped.message.split('\n')[0] ?? ''}${after}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A sync summary as `trainkit sync --json` prints it.
 *
 * @example
 * ```ts
 * JSON.stringify(syncSummaryJson('u1', summary));
 * ```
 */
export function syncSummaryJson(userId: string, summary: SyncSummary) {
  return {
    user: userId,
    run: summary.run,
    counts: summary.counts,
    pages: summary.pages,
    requests: summary.requests,
    cursor: summary.cursor,
    stopped: summary.stopped,
  };
}
