import type { PayloadPath } from '../normalization-failure.js';
import { isJsonObject } from './read-payload.js';
import { readId } from './read-id.js';
import { guardRecord, recordFailure, type RecordOutcome } from './record-outcome.js';

/** How a record is identified and named in its failures. */
export interface RecordIdentity {
  /** The field holding the provider's id (`id`, `summaryId`, `cycle_id`). */
  readonly idKey: string;
  /** The record with its article, as failure messages name it (`'an activity summary'`, `'a cycle'`). */
  readonly what: string;
}

/**
 * Runs `body` on one record of a collection once it is known to be a JSON object with a usable id; otherwise the
 * record becomes a `schema_mismatch` or `missing_id` failure. Every per-record normalizer starts with these same
 * checks (and the same `guardRecord` safety net), so their failures read alike across providers.
 */
export function normalizeIdentifiedRecord(
  raw: unknown,
  path: PayloadPath,
  identity: RecordIdentity,
  body: (record: Record<string, unknown>, externalId: string) => RecordOutcome,
): RecordOutcome {
  const { idKey, what } = identity;
  return guardRecord(raw, idKey, path, () => {
    if (!isJsonObject(raw)) return recordFailure(raw, null, { code: 'schema_mismatch', message: `${what} must be a JSON object`, path });
    const externalId = readId(raw[idKey]);
    if (externalId === null) {
      const the = what.replace(/^an? /, 'the ');
      return recordFailure(raw, null, { code: 'missing_id', message: `${the} has no usable ${idKey}`, path: [...path, idKey] });
    }
    return body(raw, externalId);
  });
}
