import type { IngestionRunFinalStatus, JsonValue } from '@trainkit/core';
import { z } from 'zod';
import type { IngestCounts } from '../ingest-pipeline.js';

/**
 * Counts with every number at zero: where a run starts.
 *
 * @example
 * ```ts
 * const counts = { ...EMPTY_INGEST_COUNTS, seen: 1, new: 1 };
 * ```
 */
export const EMPTY_INGEST_COUNTS: IngestCounts = Object.freeze({ seen: 0, new: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 });

/**
 * Schema of a run's `stats_json` ({@link IngestCounts}), for reading runs back.
 *
 * @example
 * ```ts
 * IngestCountsSchema.safeParse(run.stats_json).success;
 * ```
 */
export const IngestCountsSchema = z.object({
  seen: z.number().int().min(0),
  new: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  failed: z.number().int().min(0),
  skipped: z.number().int().min(0),
});

/**
 * Adds counts field by field.
 *
 * @example
 * ```ts
 * addIngestCounts({ ...EMPTY_INGEST_COUNTS, seen: 2 }, { ...EMPTY_INGEST_COUNTS, seen: 3 }).seen; // 5
 * ```
 */
export function addIngestCounts(a: IngestCounts, b: IngestCounts): IngestCounts {
  return {
    seen: a.seen + b.seen,
    new: a.new + b.new,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}

/**
 * The final status of a run from its counts: `succeeded` without failures; `failed` when there were failures and
 * nothing could be read at all (no record stored, unchanged or skipped); `partial` otherwise.
 *
 * @example
 * ```ts
 * runStatusOf({ ...EMPTY_INGEST_COUNTS, seen: 3, new: 2, failed: 1 }); // 'partial'
 * runStatusOf({ ...EMPTY_INGEST_COUNTS, failed: 1 }); // 'failed'
 * ```
 */
export function runStatusOf(counts: IngestCounts): Extract<IngestionRunFinalStatus, 'succeeded' | 'partial' | 'failed'> {
  if (counts.failed === 0) return 'succeeded';
  const read = counts.new + counts.updated + counts.unchanged + counts.skipped;
  return read === 0 ? 'failed' : 'partial';
}

/**
 * The counts as the run's `stats_json`.
 *
 * @example
 * ```ts
 * countsToJson(EMPTY_INGEST_COUNTS); // { seen: 0, new: 0, ... }
 * ```
 */
export function countsToJson(counts: IngestCounts): JsonValue {
  return { ...counts };
}

/**
 * The counts stored in a run's `stats_json`, or `null` when it holds none (a run still open, or written by other code).
 *
 * @example
 * ```ts
 * countsFromJson(run.stats_json)?.failed;
 * ```
 */
export function countsFromJson(value: unknown): IngestCounts | null {
  const parsed = IngestCountsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
