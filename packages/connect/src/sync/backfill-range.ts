import { ValidationError } from '@trainkit/core';
import type { SyncRange } from './sync-plan.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The range a backfill covers, from `SyncInput.since` / `until`: a `YYYY-MM-DD` day means that UTC day (`since` from
 * its start, `until` through its end), an ISO-8601 instant with `Z` or an offset means that instant; `until` defaults
 * to `now`. A value that is neither, or a `since` after `until`, is a `ValidationError` (subject `sync input`).
 * Returns `null` when neither is given (an incremental sync).
 *
 * @example
 * ```ts
 * backfillRange('2026-01-01', '2026-01-31', new Date());
 * // { start: 2026-01-01T00:00:00.000Z, end: 2026-02-01T00:00:00.000Z }
 * ```
 */
export function backfillRange(since: string | undefined, until: string | undefined, now: Date): SyncRange | null {
  if (since === undefined && until === undefined) return null;
  const start = since === undefined ? null : parseBound(since, 'since', 'start');
  const end = until === undefined ? now : parseBound(until, 'until', 'end');
  if (start === null) {
    throw new ValidationError('sync input', [{ path: 'since', rule: 'required', message: 'a backfill needs `since` (until alone has no start)' }]);
  }
  if (start.getTime() > end.getTime()) {
    throw new ValidationError('sync input', [{ path: 'since', rule: 'invalid_value', message: `since (${start.toISOString()}) is after until (${end.toISOString()})` }]);
  }
  return { start, end };
}

function parseBound(value: string, path: 'since' | 'until', edge: 'start' | 'end'): Date {
  if (DAY.test(value)) {
    const day = Date.parse(`${value}T00:00:00.000Z`);
    if (Number.isFinite(day) && new Date(day).toISOString().slice(0, 10) === value) {
      return new Date(edge === 'start' ? day : day + 24 * 60 * 60 * 1000);
    }
  } else if (INSTANT.test(value)) {
    const instant = Date.parse(value);
    if (Number.isFinite(instant)) return new Date(instant);
  }
  throw new ValidationError('sync input', [{ path, rule: 'invalid_format', message: `${path} must be a YYYY-MM-DD day or an ISO-8601 instant with an offset` }]);
}
