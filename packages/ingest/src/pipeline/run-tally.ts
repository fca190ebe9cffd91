import type { IngestionFailureRow } from '@trainkit/core';
import type { IngestCounts, IngestWarning } from '../ingest-pipeline.js';
import { EMPTY_INGEST_COUNTS } from './run-stats.js';

/** How many failures and warnings a summary lists. */
export const SUMMARY_LIST_LIMIT = 100;

/**
 * What one call of the pipeline counted: counts, the first failures and warnings, merges. Mutable; internal.
 *
 * @internal
 */
export class RunTally {
  counts: { -readonly [K in keyof IngestCounts]: number } = { ...EMPTY_INGEST_COUNTS };
  readonly failures: IngestionFailureRow[] = [];
  readonly warnings: IngestWarning[] = [];
  warningCount = 0;
  merges = 0;
  /** Canonical rows written (instances, links, sets, streams, signals, ...), by record; a replay counts with it. */
  changes = 0;

  add(key: keyof IngestCounts, amount = 1): void {
    this.counts[key] += amount;
  }

  /** Failures per code, all of them (the list above keeps the first ones). */
  readonly failureCodes = new Map<string, number>();

  failure(row: IngestionFailureRow): void {
    this.counts.failed += 1;
    this.failureCodes.set(row.code, (this.failureCodes.get(row.code) ?? 0) + 1);
    if (this.failures.length < SUMMARY_LIST_LIMIT) this.failures.push(row);
  }

  /** `3 failures: invalid_json ×1, missing_id ×2`, or `null` without failures. */
  failureText(): string | null {
    if (this.counts.failed === 0) return null;
    const codes = [...this.failureCodes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, count]) => `${code} ×${count}`);
    return `${this.counts.failed} failure${this.counts.failed === 1 ? '' : 's'}: ${codes.join(', ')}`;
  }

  warn(warning: IngestWarning): void {
    this.warningCount += 1;
    if (this.warnings.length < SUMMARY_LIST_LIMIT) this.warnings.push(warning);
  }
}
